"""Every benchmark in its tiny mode, end to end, so that none can rot unnoticed again.

Each test runs `python -m bench.<name> --tiny` as `make bench-*` would (its own private
stack: redis-server, workers, gunicorn, a fresh database; or the app's code in-process on a
throw-away database), then checks the exit status and that its tables came out with sane
rows: the right number of documents, questions, jobs and streams, every request answered,
answers unchanged. The numbers themselves are not checked: a tiny run measures nothing.

The runs start at once in the background, BENCH_TINY_PARALLEL (2) at a time, longest first,
as soon as the first of these tests asks for its result: most of a tiny run is waiting for
processes to start, so two at a time take about half as long on 2 cores (all thirteen: about
a minute on a quiet machine, two minutes one after the other).

On the PostgreSQL pass of `make test` (PDFCHAT_TEST_DB=postgres) only the benchmarks with a
PostgreSQL side run again, on it; the others would repeat the SQLite pass exactly (their
databases are their own, not the test database) and skip saying so.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.processes import ROOT, redis_server_binary

pytestmark = pytest.mark.e2e  # starts real processes

TIMEOUT = 300  # seconds for one tiny run, set-up and teardown included
PARALLEL = int(os.environ.get("BENCH_TINY_PARALLEL", "2"))
POSTGRES_PASS = os.environ.get("PDFCHAT_TEST_DB", "sqlite") == "postgres"
# In CI every tool and file a benchmark needs is installed: one missing fails, it is not skipped.
MISSING_IS_A_FAILURE = os.environ.get("CI") == "true"
DEV_PDFS = ROOT / "bench" / "data" / "pdfs"


@dataclass(frozen=True)
class Bench:
    """A benchmark module of bench/ and how its tiny run is started."""

    name: str
    weight: int  # seconds its tiny run takes, about: the longest start first
    tesseract: bool = False  # reads scans with the app's OCR
    postgres: tuple[str, ...] | None = None  # its PostgreSQL variant's arguments, if it has one
    without_tesseract: tuple[str, ...] | None = None  # what it can still run without Tesseract

    def __str__(self) -> str:
        return self.name


BENCHES = [
    Bench("async_overhead", 12),
    Bench("load", 8),
    Bench("retrieval", 10, postgres=("--database", "postgres")),
    Bench("followups", 5),
    Bench("embedding", 4),
    Bench("scanned_retrieval", 12, tesseract=True),
    Bench("scale", 33, postgres=("--engines", "postgresql")),
    Bench("sharing", 15, postgres=("--database", "postgresql")),
    Bench("llm_bound", 14),
    Bench("streaming", 18),
    Bench("fairness", 12),
    Bench("limits", 6),
    Bench("ocr_ingestion", 15, tesseract=True),
    Bench("ocr_corpus", 7, tesseract=True, without_tesseract=("--runs", "missing")),
]


def plan(bench: Bench) -> tuple[list[str] | None, str]:
    """The arguments of its tiny run here, or None and why it is skipped."""
    argv = ["--tiny"]
    if POSTGRES_PASS:
        if bench.postgres is None:
            return None, "its databases are its own, not the test database: its tiny run is in the SQLite pass"
        argv += bench.postgres
    missing = _missing(bench)
    if missing:
        return None, missing
    if bench.tesseract and shutil.which("tesseract") is None:
        argv += bench.without_tesseract
    return argv, ""


def _missing(bench: Bench) -> str:
    """What this machine lacks for the benchmark's tiny run ("" if nothing)."""
    if redis_server_binary() is None:
        return "redis-server is not installed (scripts/bootstrap.sh find_redis_server)"
    if bench.tesseract and shutil.which("tesseract") is None:
        if bench.without_tesseract is None:
            return "tesseract is not installed (scripts/bootstrap.sh find_tesseract)"
    if bench.name in ("retrieval", "followups", "scale", "sharing") and not (DEV_PDFS / "refcard-a4.pdf").exists():
        return f"the dev PDFs are missing from {DEV_PDFS} (copies of ../shared/pdfs)"
    return ""


@dataclass
class Ran:
    command: list[str]
    returncode: int | None  # None: timed out
    output: str
    seconds: float

    def tail(self, lines: int = 60) -> str:
        return f"$ {' '.join(self.command)}  ({self.seconds:.0f} s)\n" + "\n".join(self.output.splitlines()[-lines:])


def run_tiny(bench: Bench, argv: list[str]) -> Ran:
    """Run the benchmark as `make bench-*` does, stdout and stderr together; stopped (SIGTERM, its
    stack torn down) after TIMEOUT."""
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "REDIS_URL")}
    command = [sys.executable, "-m", f"bench.{bench.name}", *argv]
    started = time.monotonic()
    child = subprocess.Popen(
        command, cwd=ROOT, env={**env, "PYTHONUNBUFFERED": "1"}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, start_new_session=True,
    )  # fmt: skip
    try:
        output, _ = child.communicate(timeout=TIMEOUT)
        returncode: int | None = child.returncode
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGTERM)  # the benchmark stops its stack on SIGTERM
        try:
            output, _ = child.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            output, _ = child.communicate()
        output, returncode = f"{output}\n(timed out after {TIMEOUT} s)", None
    return Ran(command, returncode, output, time.monotonic() - started)


@pytest.fixture(scope="session")
def tiny_runs(request: pytest.FixtureRequest) -> Iterator[dict[str, Future[Ran]]]:
    """The selected benchmarks' tiny runs, started in the background, longest first."""
    selected = [
        item.callspec.params["bench"]
        for item in request.session.items
        if item.path == Path(__file__) and "bench" in getattr(getattr(item, "callspec", None), "params", {})
    ]
    planned = {bench.name: (bench, plan(bench)[0]) for bench in selected}
    pool = ThreadPoolExecutor(max(1, PARALLEL), thread_name_prefix="tiny")
    futures = {
        name: pool.submit(run_tiny, bench, argv)
        for name, (bench, argv) in sorted(planned.items(), key=lambda item: -item[1][0].weight)
        if argv is not None
    }
    yield futures
    pool.shutdown(wait=True, cancel_futures=True)


# --- Reading the benchmarks' tables (bench/tables.py) --------------------------------------------


def table(output: str, *columns: str, after: str = "") -> list[dict[str, str]]:
    """The rows of the first table printed (after the line containing `after`) whose header has
    all `columns`, as {column: cell}. Its columns are read off the rule of dashes under the header."""
    lines = output.splitlines()
    start = next((n for n, line in enumerate(lines) if after in line), 0) if after else 0
    for n in range(start, len(lines) - 1):
        rule = lines[n + 1]
        if not rule.startswith("-") or set(rule) - {"-", " "} or not all(c in lines[n] for c in columns):
            continue
        spans = [m.span() for m in re.finditer(r"-+", rule)]
        header = [lines[n][a:b].strip() for a, b in spans]
        rows = []
        for line in lines[n + 2 :]:
            if not line.strip() or line[0].isspace():
                break
            cells = [line[a:b].strip() for a, b in spans[:-1]] + [line[spans[-1][0] :].strip()]
            rows.append(dict(zip(header, cells, strict=True)))
        assert rows, f"the table with {columns} has no rows"
        return rows
    raise AssertionError(f"no table with columns {columns} in the output:\n{output[-3000:]}")


def number(cell: str) -> float:
    """A cell's number ("1,500", "0.75", "1.17x", "95%")."""
    return float(cell.replace(",", "").rstrip("x%"))


def fraction(cell: str) -> tuple[int, int]:
    """ "18/18" as (18, 18)."""
    done, total = cell.split("/")
    return int(done), int(total)


# --- What each benchmark's tiny run must have printed --------------------------------------------


def check_async_overhead(output: str) -> None:
    (row,) = table(output, "worker class", "bare s", "full s", "full/bare")
    assert number(row["jobs"]) == 3
    assert number(row["bare s"]) > 0 and number(row["full s"]) > 0
    assert row["full/bare"].endswith("x")
    paths = table(output, "path", "worker start s", "in-job ms")
    assert [r["path"] for r in paths] == ["bare", "full"]


def check_load(output: str) -> None:
    rows = {r["measure"]: r["value"] for r in table(output, "measure", "value")}
    for measure in ("submissions", "accepted (202 with job_id)", "jobs finished"):
        assert rows[measure] == "8", (measure, rows[measure])
    for measure in ("jobs failed", "jobs lost", "jobs duplicated", "answers empty or not extractive"):
        assert rows[measure] == "0", (measure, rows[measure])
    assert "PASS: every submission accepted" in output


def check_retrieval(output: str) -> None:
    (row,) = table(output, "split", "hit@5", "off-topic ok", after="=== per half")
    assert (row["set"], row["split"], row["questions"]) == ("dev", "tune", "12")
    for metric in ("hit@1", "hit@5", "MRR", "keywords"):
        assert 0 <= number(row[metric]) <= 1
    assert fraction(row["off-topic ok"])[1] == 18  # every off-topic question asked
    (document,) = table(output, "pdf", "hit@1", after="=== per document")
    assert document["pdf"] == "refcard-a4.pdf"
    assert re.search(r"ingestion, text searchable: 3 pages", output)


def check_followups(output: str) -> None:
    rows = table(output, "follow-ups", "asked", "MRR")
    assert {(r["follow-ups"], r["asked"]) for r in rows} == {
        (kind, how) for kind in ("dependent", "independent") for how in ("alone", "in conversation")
    }
    assert all(0 <= number(r["MRR"]) <= 1 for r in rows)


def check_embedding(output: str) -> None:
    (row,) = table(output, "model", "before /s", "now /s", "now/before")
    assert (row["threads"], row["passages"]) == ("2", "4") and number(row["now /s"]) > 0, row
    assert "vectors agree: yes" in output


def check_scanned_retrieval(output: str) -> None:
    rows = {r["measure"]: r for r in table(output, "measure", "text", "scanned", "scanned/text")}
    assert {"hit@1", "hit@5", "MRR", "keywords"} <= set(rows)
    assert all(0 <= number(rows[m][copy]) <= 1 for m in ("hit@1", "MRR") for copy in ("text", "scanned"))
    assert "(12 questions)" in output


def check_scale(output: str) -> None:
    engine = "postgresql" if POSTGRES_PASS else "sqlite"
    rows = {r["metric"]: r for r in table(output, "metric", "corpus", engine)}
    assert number(rows["chunks in the database"][engine]) >= 1500
    assert number(rows["bulk load, chunks/s"][engine]) > 0  # the bulk load (bench/ingest.store_chunks) ran
    assert number(rows["questions during uploads"][engine]) > 0
    identical, compared = map(int, re.search(r"after bob's uploads (\d+)/(\d+)", output).groups())
    assert identical == compared == 4
    # The collections scenario: dana reads 5 of 30 team collections (and her empty personal one),
    # alice her personal collection; the same 300 chunks, the same answers but for their ids.
    personal, team = f"{engine} personal", f"{engine} 5 of 30"
    shared = {r["measure"]: r for r in table(output, "measure", personal, team)}
    assert (shared["collections readable"][personal], shared["collections readable"][team]) == ("1", "6")
    assert (shared["index partitions searched"][personal], shared["index partitions searched"][team]) == ("1", "5")
    assert shared["chunks searched"][personal] == shared["chunks searched"][team] == "300"
    assert all(number(shared["/chat/sync p95, ms"][column]) > 0 for column in (personal, team))
    assert shared["dana's answers = alice's (but ids)"][team] == "4/4"


def check_sharing(output: str) -> None:
    engine = "postgresql" if POSTGRES_PASS else "sqlite"
    personal, shared = f"{engine} personal", f"{engine} shared"
    rows = {r["measure"]: r for r in table(output, "measure", personal, shared)}
    assert rows["uploads"][personal] == rows["uploads"][shared] == "2"  # the card, twice each way
    assert rows["questions"][personal] == rows["questions"][shared] == "8"  # 4 questions, twice each way
    for measure in ("upload request (202), total s", "upload until ready, total s", "question, total s"):
        assert number(rows[measure][personal]) > 0 and number(rows[measure][shared]) > 0, measure
        assert rows[measure][f"{engine[:6]} shared/personal"].endswith("x")
    assert rows["answers the same but for ids"][shared] == "8/8"
    assert re.search(rf"{engine}: median of the paired ratios shared/personal: upload request [\d.]+x", output)


def check_llm_bound(output: str) -> None:
    (row,) = table(output, "workers", "drain s", "ideal s")
    assert (row["workers"], row["questions"]) == ("2", "4")
    (sync,) = table(output, "web server", "answers/s")
    assert sync["answers"] == "5" and number(sync["answers/s"]) > 0
    assert re.search(r"\d+ model calls", output)


def check_streaming(output: str) -> None:
    ways = {r["way"]: r for r in table(output, "way", "first event p50/p95", "failed")}
    assert set(ways) == {"model", "stream", "job"}
    assert all(r["failed"] == "0" for r in ways.values())
    opened = table(output, "way", "streams", "opened", "done")
    assert {r["way"] for r in opened} == {"stream", "job"}
    assert all(r["done"] == "4/4" for r in opened)


def check_fairness(output: str) -> None:
    rows = {r["B's paper"]: r for r in table(output, "B's paper", "idle (median)", "behind A")}
    assert set(rows) == {"searchable (ready)", "fully indexed (vectors)"}
    for row in rows.values():
        assert 0 < number(row["idle (median)"]) and 0 < number(row["behind A"])
    assert "1/1 searchable" in output


def check_limits(output: str) -> None:
    rows = table(output, "measure", "baseline", "measured", "met")
    assert len(rows) == 6
    message, body, *rates, streams = rows
    assert ": 413," in message["measure"] and ": 413," in body["measure"]
    for row in rates:  # each request answered 200 or 429, and no more than all of them passed
        passed, refused = map(int, re.match(r"(\d+) / (\d+)", row["detail"]).groups())
        assert passed + refused == 10 and 6 <= passed <= 10, row
    assert (streams["measured"], streams["met"]) == ("3", "yes"), streams  # the cap, not a rate


def check_ocr_ingestion(output: str) -> None:
    (row,) = table(output, "ingest workers", "pages", "pages/s")
    assert (row["ingest workers"], row["pages"]) == ("1", "2")
    found = re.search(r"kill mid-OCR: 4 pages, 2 batches; (\d+) batches run, 4 pages read", output)
    assert found and int(found[1]) >= 2, output[-2000:]
    assert "killed work horse" in output


def check_ocr_corpus(output: str) -> None:
    rows = {r["measure"]: r for r in table(output, "measure", "OCR missing")}
    assert rows["PDFs ingested"]["OCR missing"] == "4 of 4"
    assert rows["failed for lack of OCR, PDF with a text layer"]["OCR missing"] == "0"
    assert "target (no PDF with a text layer fails for lack of OCR): met" in output


CHECKS: dict[str, Callable[[str], None]] = {
    name.removeprefix("check_"): check for name, check in globals().items() if name.startswith("check_")
}


def test_every_benchmark_has_a_tiny_test() -> None:
    """A benchmark added to bench/ without a tiny test here would rot unseen: fail instead."""
    harness = {"__init__", "cli", "ingest", "inprocess", "stack", "stats", "tables"}
    modules = {path.stem for path in (ROOT / "bench").glob("*.py")} - harness
    modules |= {path.parent.name for path in (ROOT / "bench").glob("*/__main__.py")}  # bench/scale/
    assert modules == {bench.name for bench in BENCHES} == set(CHECKS)


@pytest.mark.parametrize("bench", BENCHES, ids=str)
def test_tiny(bench: Bench, tiny_runs: dict[str, Future[Ran]]) -> None:
    argv, reason = plan(bench)
    if argv is None and MISSING_IS_A_FAILURE and _missing(bench):
        pytest.fail(f"{reason} (CI=true installs everything)")
    if argv is None:
        pytest.skip(reason)
    ran = tiny_runs[bench.name].result()
    print(f"bench.{bench.name} --tiny: {ran.seconds:.1f} s")
    assert ran.returncode == 0, ran.tail()
    try:
        CHECKS[bench.name](ran.output)
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n{ran.tail()}") from exc
