"""Follow-up questions in a conversation, offline: does retrieval find what they mean?

    python -m bench.followups                                  # the app's embeddings (the bundled model)
    EMBEDDINGS_BACKEND=none python -m bench.followups          # BM25 only, quicker
    python -m bench.followups --tiny                           # the pairs on the Octave card: proves it runs

The dev PDFs (bench/data/pdfs) are ingested into a fresh SQLite database in a temporary
directory, with their vectors. Each pair of bench/data/followups.jsonl is asked twice: the
follow-up alone, and in a conversation after its first question (services/conversations.py:
offline, a follow-up that leans on the conversation is searched with the previous
question's terms, retrieval/followups.py). "dependent" follow-ups need the conversation
("How do I turn it on?"); "independent" ones change the subject, and must not drag the
first question's pages along ("dragged": a source page of the first answer that is not one
of the expected pages).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench import cli
from bench.stack import ROOT, BenchError
from bench.tables import Num, print_table, ratio_text

PAIRS = ROOT / "bench" / "data" / "followups.jsonl"
PDFS = ROOT / "bench" / "data" / "pdfs"
TINY = {"only": ["refcard-a4.pdf"]}


def main(argv: Sequence[str] | None = None) -> int:
    parser = cli.parser(__doc__)
    parser.add_argument("--only", nargs="+", metavar="PDF", default=[], help="these dev PDFs and their pairs")
    args = cli.parse(parser, argv, TINY)
    pairs = [json.loads(line) for line in PAIRS.read_text().splitlines() if line.strip()]
    pairs = [pair for pair in pairs if not args.only or pair["pdf"] in args.only]
    paths = [path for path in sorted(PDFS.glob("*.pdf")) if not args.only or path.name in args.only]
    if not pairs or not paths:
        raise BenchError(f"no follow-up pairs or PDFs for {args.only}")
    with tempfile.TemporaryDirectory(prefix="pdfchat-followups-") as tmp:
        return measure(Path(tmp), pairs, paths)


def measure(workdir: Path, pairs: list[dict], paths: list[Path]) -> int:
    from bench.inprocess import setup_django

    setup_django(workdir, EMBEDDINGS_BACKEND=os.environ.get("EMBEDDINGS_BACKEND", "auto"))
    from bench.ingest import make_searchable
    from bench.inprocess import upload
    from chat.selectors.access import Asker
    from chat.services.answering import answer_question
    from chat.services.conversations import ask
    from chat.services.vectors import embed_document

    anonymous = Asker(user=None)  # the library, where bench/inprocess.py uploads

    names = {}
    for path in paths:
        document = upload(path).document
        make_searchable(document.id)
        embed_document(document_id=document.id)
        names[str(document.id)] = path.name

    def rank(sources: list[dict], pdf: str, pages: list[int]) -> int:
        wanted = (n for n, s in enumerate(sources, 1) if names[s["document_id"]] == pdf and s["page"] in pages)
        return next(wanted, 0)

    results: dict[tuple[str, str], list[int]] = {}
    dragged = 0
    for pair in pairs:
        alone = answer_question(message=pair["follow_up"], asker=anonymous)
        first, conversation = ask(message=pair["first"], asker=anonymous, new_conversation=True)
        followed, _ = ask(message=pair["follow_up"], asker=anonymous, conversation_id=conversation.id)
        results.setdefault((pair["kind"], "alone"), []).append(rank(alone.sources, pair["pdf"], pair["pages"]))
        results.setdefault((pair["kind"], "in conversation"), []).append(
            rank(followed.sources, pair["pdf"], pair["pages"])
        )
        if pair["kind"] == "independent":
            old = {(s["document_id"], s["page"]) for s in first.sources}
            new = {(s["document_id"], s["page"]) for s in followed.sources if s["page"] not in pair["pages"]}
            dragged += bool(old & new)
        print(f"  {pair['id']}: alone {results[(pair['kind'], 'alone')][-1] or '-'}, "
              f"in conversation {results[(pair['kind'], 'in conversation')][-1] or '-'}")  # fmt: skip

    mrr = {key: sum(1 / r for r in ranks if r) / len(ranks) for key, ranks in results.items()}
    rows = []
    for (kind, how), ranks in sorted(results.items()):
        n = len(ranks)
        rows.append([kind, how, n, Num(sum(r == 1 for r in ranks) / n), Num(sum(0 < r <= 5 for r in ranks) / n),
                     Num(mrr[(kind, how)], ".3f"), ratio_text(mrr[(kind, how)], mrr.get((kind, "alone")))])  # fmt: skip
    print_table(["follow-ups", "asked", "n", "hit@1", "hit@5", "MRR", "MRR vs alone"], rows, left=2)
    independent = len(results.get(("independent", "alone"), []))
    print(f"\nindependent follow-ups whose sources kept a page of the first answer: {dragged}/{independent}")
    return 0


if __name__ == "__main__":
    cli.run(main)
