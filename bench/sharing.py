"""Sharing's overhead: uploads and questions through a shared team collection against the same
in the uploader's personal collection, in the same run, interleaved.

    python -m bench.sharing                        # SQLite and PostgreSQL side by side
    python -m bench.sharing --database sqlite      # one engine
    python -m bench.sharing --rounds 20 --question-rounds 10
    python -m bench.sharing --tiny                 # one small PDF, a few questions, SQLite: proves it runs

One process per engine (Django is set up once per process) runs the app's code in-process on
a throw-away database (bench/inprocess.py; PostgreSQL: the embedded PostgreSQL 18 + pgvector,
scripts/embedded_postgres.py) with a private redis-server, where each upload queues its
ingestion job; no worker runs it: the benchmark ingests the upload itself right after the
request (bench/ingest.py `make_searchable`, what the worker's job does first), so an upload
is timed until its document is ready and searchable, without a worker's fork and polling
in between. Sign-in is on; `sam` sends every request with an API token through Django's
test client: the URLconf, DRF's authentication, permissions and serializers, the services
and the database, everything but the network. BM25 alone (EMBEDDINGS_BACKEND=none): the
path measured is access, upload and search, not the embedding model.

  set-up    mia creates the team collection "Manuals" and makes the group "engineering" its
            editor; sam is in that group, so his role there comes through it (the longer way
            round in `roles`). 20 more users, 12 more team collections with members and 3 more
            groups keep the membership tables from being trivial.
  warm-up   every PDF uploaded and every question asked once each way, not timed (what a
            process loads on first use would otherwise land in whichever way goes first).
  uploads   --rounds times, each dev PDF (bench/data/pdfs; --pdfs) is uploaded by sam twice:
            POST /documents without collection_id (his personal collection, the default) and
            with Manuals' collection_id, the two in turn (which goes first alternates), each
            with bytes of its own (a comment appended: never deduplicated, a file written each
            time); each is then made searchable. Timed: the request (202), and the request
            plus the ingestion (ready). Each round's documents but the last are then deleted
            (DELETE /documents/{id}, in turn too), so both collections end with one copy of
            each PDF.
  questions --question-rounds times, every dev question about those PDFs: POST /chat/sync
            with collection_ids [personal] and [Manuals] in turn. Both hold the same
            documents, so the answers must be the same but for their ids.

The table: per engine, each measure through the personal and the shared collection and
their ratio; the totals are sums over the same PDFs and questions. Target (issue 19): uploads
until ready and questions through the shared collection within 5% of the personal ones
(shared/personal <= 1.05). A paired view below it (the median of the per-pair ratios) is
less sensitive to a noisy neighbour on the machine. The exit status is non-zero if a target
is missed (not with --tiny), an upload failed, or the answers differ.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench import cli
from bench.stack import ROOT, BenchError
from bench.stats import median, percentile
from bench.tables import Num, Ratio, fmt, print_table

DATA = ROOT / "bench" / "data"
PDFS = [path.name for path in sorted((DATA / "pdfs").glob("*.pdf"))]
QUESTIONS_FILE = DATA / "dev_questions.jsonl"
ENGINES = ("sqlite", "postgresql")
PATHS = ("personal", "shared")
TARGET_RATIO = 1.05
# What would change what is measured, set explicitly (as bench/stack.py's child_env does for a stack).
SETTINGS = {
    "API_AUTH_REQUIRED": "True",
    "EMBEDDINGS_BACKEND": "none",
    "CHAT_BACKEND": "auto",
    "OPENAI_API_KEY": "",
    "ALLOWED_HOSTS": "testserver",
    "DEBUG": "False",
    "THROTTLE_CHAT": "",
    "THROTTLE_UPLOAD": "",
    "ANSWERS_PER_USER": "0",
    "STREAMS_PER_USER": "0",
    "QUEUED_CHAT_JOBS_PER_USER": "0",
    "QUOTA_BYTES_PER_USER": "0",
    "QUOTA_PAGES_PER_USER": "0",
    "INGEST_RETRY_INTERVALS": "",
}


def questions(pdfs: Sequence[str], limit: int | None) -> list[str]:
    """The dev questions about `pdfs`, the first `limit` of them if given."""
    with QUESTIONS_FILE.open() as file:
        found = [json.loads(line) for line in file if line.strip()]
    return [q["question"] for q in found if q["pdf"] in pdfs][:limit]


@dataclass
class Measured:
    """One engine's run: per path, the seconds of each request, in the order they were made
    (so that the n-th of one path and the n-th of the other are a pair)."""

    engine: str
    upload_request: dict[str, list[float]] = field(default_factory=lambda: {p: [] for p in PATHS})
    upload_ready: dict[str, list[float]] = field(default_factory=lambda: {p: [] for p in PATHS})
    delete: dict[str, list[float]] = field(default_factory=lambda: {p: [] for p in PATHS})
    question: dict[str, list[float]] = field(default_factory=lambda: {p: [] for p in PATHS})
    pages: int = 0  # per path
    chunks: int = 0  # per path, at the end
    identical: int = 0  # answers the same through both paths but for ids
    compared: int = 0
    differing: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    load_average: float | None = None
    seconds: float = 0.0


# --- One engine, in this process ----------------------------------------------------------


@contextlib.contextmanager
def services(workdir: Path, engine: str) -> Iterator[tuple[str, str]]:
    """A private redis-server and, for PostgreSQL, the embedded server: (database URL or "", Redis URL)."""
    from scripts.processes import start_redis

    redis_process, redis_url = start_redis(data_dir=workdir / "redis", log=workdir / "redis.log", error=BenchError)
    server = None
    try:
        database_url = ""
        if engine == "postgresql":
            from scripts.embedded_postgres import EmbeddedPostgres, EmbeddedPostgresError

            server = EmbeddedPostgres(workdir / "pg")
            try:
                database_url = server.start()
            except EmbeddedPostgresError as exc:
                raise BenchError(f"the embedded PostgreSQL did not start: {exc}") from exc
        yield database_url, redis_url
    finally:
        if server is not None:
            server.stop()
        redis_process.stop()


def set_up_people() -> dict[str, Any]:
    """sam (an API token), his personal collection, and Manuals, shared with him through a group."""
    from django.contrib.auth.models import Group, User

    from chat.models import Role
    from chat.selectors.access import Asker
    from chat.services.collections import create_collection, set_member
    from chat.services.default_collections import personal_collection
    from chat.services.tokens import create_token

    sam, mia = User.objects.create(username="sam"), User.objects.create(username="mia")
    colleagues = [User.objects.create(username=f"colleague{n:02d}") for n in range(20)]
    engineering = Group.objects.create(name="engineering")
    engineering.user_set.add(sam, mia, *colleagues[:5])
    manuals = create_collection(asker=Asker(user=mia), name="Manuals")
    set_member(asker=Asker(user=mia), collection_id=str(manuals.key), role=Role.EDITOR, group="engineering")
    teams = [Group.objects.create(name=f"team{n}") for n in range(3)]
    for n, team in enumerate(teams):
        team.user_set.add(*colleagues[n * 5 : n * 5 + 8])
    for n in range(12):  # collections sam cannot read
        manager = colleagues[n]
        other = create_collection(asker=Asker(user=manager), name=f"Team {n}")
        set_member(asker=Asker(user=manager), collection_id=str(other.key), role=Role.VIEWER,
                   username=colleagues[(n + 7) % 20].username)  # fmt: skip
        set_member(asker=Asker(user=manager), collection_id=str(other.key), role=Role.EDITOR,
                   group=teams[n % 3].name)  # fmt: skip
    _, key = create_token(user=sam, name="bench")
    return {"token": key, "personal": str(personal_collection(user=sam).key), "shared": str(manuals.key)}


class Api:
    """sam's requests through Django's test client, each timed; any unexpected status is a BenchError."""

    def __init__(self, token: str) -> None:
        from django.test import Client

        self.client = Client(HTTP_AUTHORIZATION=f"Token {token}")

    def upload(self, name: str, data: bytes, collection_id: str | None) -> tuple[str, float]:
        from django.core.files.uploadedfile import SimpleUploadedFile

        form: dict[str, Any] = {"file": SimpleUploadedFile(name, data, content_type="application/pdf")}
        if collection_id is not None:
            form["collection_id"] = collection_id
        began = time.perf_counter()
        response = self.client.post("/documents", data=form)
        elapsed = time.perf_counter() - began
        if response.status_code != 202:
            raise BenchError(f"POST /documents answered {response.status_code}: {response.content[:300]!r}")
        return response.json()["document_id"], elapsed

    def delete(self, document_id: str) -> float:
        began = time.perf_counter()
        response = self.client.delete(f"/documents/{document_id}")
        elapsed = time.perf_counter() - began
        if response.status_code != 204:
            raise BenchError(f"DELETE /documents/{document_id} answered {response.status_code}")
        return elapsed

    def ask(self, question: str, collection_id: str) -> tuple[dict, float]:
        body = json.dumps({"message": question, "collection_ids": [collection_id]})
        began = time.perf_counter()
        response = self.client.post("/chat/sync", data=body, content_type="application/json")
        elapsed = time.perf_counter() - began
        if response.status_code != 200:
            raise BenchError(f"POST /chat/sync answered {response.status_code}: {response.content[:300]!r}")
        return response.json(), elapsed


def distinct_bytes(path: Path) -> bytes:
    """The PDF with a comment of its own at the end: other bytes (no deduplication), the same text."""
    return path.read_bytes() + f"\n%pdfchat bench sharing {uuid.uuid4()}\n".encode()


def in_turn(number: int) -> tuple[str, str]:
    """The two paths, the personal one first every other time."""
    return PATHS if number % 2 == 0 else PATHS[::-1]


def without_ids(reply: dict) -> dict:
    """A /chat/sync reply without what differs between two copies of the same documents: their ids."""
    sources = [{k: v for k, v in s.items() if k not in ("document_id", "collection_id")} for s in reply["sources"]]
    return {**reply, "sources": sources}


def measure(args: argparse.Namespace, engine: str, workdir: Path) -> Measured:
    """Set up Django on a fresh database of `engine`, then upload, delete and ask through both paths."""
    from bench.inprocess import setup_django

    began = time.monotonic()
    (workdir / "staticfiles").mkdir()  # where the static files would be (none are served here)
    with services(workdir, engine) as (database_url, redis_url):
        setup_django(workdir, database_url=database_url, REDIS_URL=redis_url, **SETTINGS)
        from bench.ingest import make_searchable
        from chat.models import Chunk, Document

        people = set_up_people()
        api = Api(people["token"])
        target = {"personal": None, "shared": people["shared"]}  # an upload without collection_id: personal
        scope = {"personal": people["personal"], "shared": people["shared"]}
        measured = Measured(engine=engine)
        asked = questions(args.pdfs, args.questions)

        # Warm-up, not timed: every PDF uploaded and every question asked once through each path
        # (then the documents deleted), so that what a process loads on first use (imports, word
        # lists, the CJK tokenizer) lands in neither path's times; else it lands in whichever
        # path happens to go first.
        warm = []
        for name in args.pdfs:
            for path in PATHS:
                document_id, _ = api.upload(name, distinct_bytes(DATA / "pdfs" / name), target[path])
                make_searchable(document_id)
                warm.append(document_id)
        for question in asked:
            for path in PATHS:
                api.ask(question, scope[path])
        for document_id in warm:
            api.delete(document_id)

        pair = 0
        for round_ in range(args.rounds):
            made: dict[str, list[str]] = {path: [] for path in PATHS}
            for name in args.pdfs:
                for path in in_turn(pair):
                    began_upload = time.perf_counter()
                    document_id, request = api.upload(name, distinct_bytes(DATA / "pdfs" / name), target[path])
                    document = make_searchable(document_id)
                    ready = time.perf_counter() - began_upload
                    if document is None or document.status != Document.Status.READY:
                        measured.failures.append(f"{path} {name}: {getattr(document, 'error', 'deleted')}")
                        continue
                    measured.upload_request[path].append(request)
                    measured.upload_ready[path].append(ready)
                    made[path].append(document_id)
                    if path == "personal" and round_ == 0:
                        measured.pages += document.pages_total or 0
                pair += 1
            if round_ < args.rounds - 1:
                for ids in zip(made["personal"], made["shared"], strict=True):
                    for path in in_turn(pair):
                        measured.delete[path].append(api.delete(ids[PATHS.index(path)]))
                    pair += 1
            print(f"  [{engine}] upload round {round_ + 1}/{args.rounds} done", flush=True)
        measured.chunks = Chunk.objects.filter(document__collection__key=people["shared"]).count()

        for _ in range(args.question_rounds):
            for question in asked:
                replies = {}
                for path in in_turn(pair):
                    replies[path], seconds = api.ask(question, scope[path])
                    measured.question[path].append(seconds)
                pair += 1
                measured.compared += 1
                if without_ids(replies["personal"]) == without_ids(replies["shared"]):
                    measured.identical += 1
                elif question not in measured.differing:
                    measured.differing.append(question)
        measured.load_average = os.getloadavg()[0]
    measured.seconds = time.monotonic() - began
    return measured


def run_here(args: argparse.Namespace, engine: str) -> Measured:
    with tempfile.TemporaryDirectory(prefix=f"pdfchat-sharing-{engine}-") as tmp:
        return measure(args, engine, Path(tmp))


# --- The table ----------------------------------------------------------------------------


def paired(values: dict[str, list[float]]) -> float | None:
    """The median of shared/personal over the pairs (the n-th request of each path)."""
    ratios = [s / p for p, s in zip(values["personal"], values["shared"], strict=False) if p > 0]
    return median(ratios)


def report(runs: dict[str, Measured], *, tiny: bool) -> int:
    """Print the table (engines side by side, shared/personal per engine) and the checks; the exit status."""
    engines = [engine for engine in ENGINES if engine in runs]
    header = ["measure"]
    ratios = []
    for engine in engines:
        header += [f"{engine} personal", f"{engine} shared"]
        ratios.append(Ratio(f"{engine} shared", to=f"{engine} personal", title=f"{engine[:6]} shared/personal"))
    header.append("target")

    Get = Callable[[Measured, str], float | None]

    def total(kind: str) -> Get:
        return lambda run, path: sum(getattr(run, kind)[path]) if getattr(run, kind)[path] else None

    def quantile(kind: str, q: float) -> Get:
        def get(run: Measured, path: str) -> float | None:
            value = percentile(getattr(run, kind)[path], q)
            return None if value is None else value * 1000

        return get

    def count(kind: str) -> Get:
        return lambda run, path: len(getattr(run, kind)[path])

    measures: list[tuple[str, Get, str, str | None]] = [
        ("uploads", count("upload_ready"), ",.0f", None),
        ("upload request (202), total s", total("upload_request"), ".3f", None),
        ("upload request, p50 ms", quantile("upload_request", 50), ".1f", None),
        ("upload until ready, total s", total("upload_ready"), ".2f", "upload_ready"),
        ("delete (204), total s", total("delete"), ".3f", None),
        ("questions", count("question"), ",.0f", None),
        ("question, total s", total("question"), ".2f", "question"),
        ("question p50, ms", quantile("question", 50), ".1f", None),
        ("question p95, ms", quantile("question", 95), ".1f", None),
    ]
    table: list[list[object]] = []
    missed: list[str] = []
    for name, get, spec, target in measures:
        cells: list[object] = [name]
        verdicts = []
        for engine in engines:
            run = runs[engine]
            values = [get(run, path) for path in PATHS]
            cells += [Num(value, spec) for value in values]
            if target and None not in values and values[0]:
                ok = values[1] / values[0] <= TARGET_RATIO
                verdicts.append("ok" if ok else "MISSED")
                if not ok:
                    missed.append(f"{name} on {engine}: {values[1] / values[0]:.3f}x")
        cells.append(f"<= {TARGET_RATIO:.2f}x: {'/'.join(verdicts)}" if target else None)
        table.append(cells)
    answers: list[object] = ["answers the same but for ids"]
    for engine in engines:
        answers += [None, f"{runs[engine].identical}/{runs[engine].compared}"]
    table.append([*answers, None])
    conditions = "; ".join(
        f"{engine}: {runs[engine].pages} pages a round, {runs[engine].chunks:,} chunks in each collection at the end, "
        f"load avg {fmt(runs[engine].load_average, '.2f')}, {runs[engine].seconds:.0f} s"
        for engine in engines
    )
    print_table(header, table, ratios=ratios, title=f"sharing: sam's personal collection and Manuals ({conditions})")
    print()
    for engine in engines:
        run = runs[engine]
        pairs = ", ".join(
            f"{name} {fmt(paired(getattr(run, kind)), '.3f')}x"
            for name, kind in (("upload request", "upload_request"), ("upload until ready", "upload_ready"),
                               ("delete", "delete"), ("question", "question"))
        )  # fmt: skip
        print(f"{engine}: median of the paired ratios shared/personal: {pairs}")
    verdict = "ok" if not missed else "MISSED: " + "; ".join(missed)
    within = f"{(TARGET_RATIO - 1) * 100:.0f}%"
    print(f"target: uploads until ready and questions through the shared collection within {within}: {verdict}")
    failures = []
    for engine in engines:
        failures += [f"{engine}: upload failed: {failure}" for failure in runs[engine].failures]
        failures += [f"{engine}: the answers differ: {question}" for question in runs[engine].differing]
    for failure in failures:
        print(f"FAILED: {failure}")
    # A tiny run's times mean nothing: only failed uploads and differing answers fail it.
    return 1 if failures or (missed and not tiny) else 0


# --- Main -----------------------------------------------------------------------------------

# --tiny: the Octave card (3 pages) twice, 4 questions twice, SQLite.
TINY = {"database": "sqlite", "rounds": 2, "question_rounds": 2, "pdfs": ["refcard-a4.pdf"], "questions": 4}


def both_engines(argv: Sequence[str], args: argparse.Namespace) -> int:
    """One process per engine (Django is set up once per process), then the table side by side."""
    runs = {}
    with tempfile.TemporaryDirectory(prefix="pdfchat-sharing-both-") as tmp:
        for engine in ENGINES:
            print(f"=== {engine}", flush=True)
            out = Path(tmp) / f"{engine}.json"
            command = [sys.executable, "-m", "bench.sharing", *argv, "--database", engine, "--json", str(out)]
            done = subprocess.run([*command, "--child"], cwd=ROOT, check=False)
            if not out.exists():
                raise BenchError(f"the {engine} run failed (exit {done.returncode})")
            runs[engine] = Measured(**json.loads(out.read_text()))
    print(f"\n=== side by side, {args.rounds} upload rounds, {args.question_rounds} question rounds")
    status = report(runs, tiny=args.tiny)
    if args.json:
        args.json.write_text(json.dumps({engine: asdict(run) for engine, run in runs.items()}, indent=1))
    return status


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = cli.parser(__doc__)
    parser.add_argument("--database", choices=[*ENGINES, "both"], default="both")
    parser.add_argument("--rounds", type=int, default=10, help="upload rounds of every PDF (default 10)")
    parser.add_argument("--question-rounds", type=int, default=5, help="rounds of the questions (default 5)")
    parser.add_argument("--pdfs", nargs="+", default=PDFS, metavar="PDF", help="dev PDFs to upload (default all)")
    parser.add_argument("--questions", type=int, help="ask only the first N dev questions about them")
    parser.add_argument("--json", type=Path, help="also write the measurements to this file")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)  # both_engines' run of one
    args = cli.parse(parser, argv, TINY)
    if unknown := set(args.pdfs) - set(PDFS):
        parser.error(f"--pdfs: not in bench/data/pdfs: {', '.join(sorted(unknown))}")
    if not questions(args.pdfs, args.questions):
        parser.error("no dev questions about these PDFs")
    if args.rounds < 1 or args.question_rounds < 1:
        parser.error("--rounds and --question-rounds: at least 1")
    if args.database == "both":
        return both_engines(argv, args)
    run = run_here(args, args.database)
    if args.json:
        args.json.write_text(json.dumps(asdict(run)))
    if args.child:  # both_engines prints the table
        return 0
    return report({args.database: run}, tiny=args.tiny)


if __name__ == "__main__":
    cli.run(main)
