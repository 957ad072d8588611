"""Follow-up questions in a conversation, offline: does retrieval find what they mean?

    python bench/followups.py                     # the app's embeddings (the bundled model)
    EMBEDDINGS_BACKEND=none python bench/followups.py   # BM25 only, quicker

The dev PDFs (bench/data/pdfs) are ingested into a fresh SQLite database in a temporary
directory. Each pair of bench/data/followups.jsonl is asked twice: the follow-up alone,
and in a conversation after its first question (services/conversations.py: offline, a
follow-up that leans on the conversation is searched with the previous question's terms,
retrieval/followups.py). "dependent" follow-ups need the conversation ("How do I turn it
on?"); "independent" ones change the subject, and must not drag the first question's pages
along ("dragged": a source page of the first answer that is not one of the expected pages).
"""

import json
import os
import secrets
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "bench" / "data" / "followups.jsonl"


def main() -> int:
    workdir = Path(tempfile.mkdtemp(prefix="pdfchat-followups-"))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        PDFCHAT_VAR_DIR=str(workdir),
        SECRET_KEY=secrets.token_urlsafe(50),  # a throw-away database: a throw-away key
        DATABASE_URL=f"sqlite:///{workdir / 'db.sqlite3'}",
        MEDIA_ROOT=str(workdir / "media"),
        LOG_LEVEL="WARNING",
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    from chat.services.answering import answer_question
    from chat.services.conversations import ask
    from chat.services.documents import accept_upload
    from chat.services.ingestion.pipeline import ingest_document

    call_command("migrate", verbosity=0)
    names = {}
    for path in sorted((ROOT / "bench" / "data" / "pdfs").glob("*.pdf")):
        with path.open("rb") as file:
            accepted = accept_upload(file=file, filename=path.name, enqueue=False)
        ingest_document(document_id=accepted.document.id, vectors="inline")
        names[str(accepted.document.id)] = path.name

    def rank(sources: list[dict], pdf: str, pages: list[int]) -> int:
        wanted = (n for n, s in enumerate(sources, 1) if names[s["document_id"]] == pdf and s["page"] in pages)
        return next(wanted, 0)

    results: dict[tuple[str, str], list[int]] = {}
    dragged = 0
    for line in PAIRS.read_text().splitlines():
        pair = json.loads(line)
        alone = answer_question(message=pair["follow_up"])
        first, conversation = ask(message=pair["first"], owner=None, new_conversation=True)
        followed, _ = ask(message=pair["follow_up"], owner=None, conversation_id=conversation.id)
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

    rows = [("follow-ups", "asked", "n", "hit@1", "hit@5", "MRR")]
    for (kind, how), ranks in sorted(results.items()):
        n = len(ranks)
        hit1, hit5 = sum(r == 1 for r in ranks) / n, sum(0 < r <= 5 for r in ranks) / n
        rows.append((kind, how, str(n), f"{hit1:.2f}", f"{hit5:.2f}", f"{sum(1 / r for r in ranks if r) / n:.3f}"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if n == 0:
            print("  ".join("-" * width for width in widths))
    independent = len(results.get(("independent", "alone"), []))
    print(f"independent follow-ups whose sources kept a page of the first answer: {dragged}/{independent}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
