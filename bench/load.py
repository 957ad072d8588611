"""Load test of the async chat path: many concurrent POST /chat/async, then drain and verify.

    make bench-load                     # 1000 submissions from 50 clients
    python -m bench.load --rq-workers 2 --submissions 2000 --clients 100
    python -m bench.load --tiny         # 8 submissions from 2 clients: proves it runs
    python -m bench.load --compare-metrics   # the same load with metrics on, then off, side by side

Everything runs on loopback ports and in a temporary directory, and is torn down at the end
(also on Ctrl-C or a failure): a private redis-server; a fresh SQLite database (migrated,
static files collected, an API user `loadtest` and its token from `manage.py
create_api_user`, the Octave reference card ingested for that user with `manage.py
ingest`); gunicorn (DEBUG off, token authentication on, throttling off) and --rq-workers
`manage.py rqworker chat` processes. No OPENAI_* variable reaches the children, so the
offline extractive backend answers, with the bundled embedding model (each forked work horse
starts its own onnxruntime session, about 0.3 s a job on 2 cores: 1,000 jobs drain in about
7 minutes, hence --timeout 900). Retries are off (CHAT_RETRY_INTERVALS=""), so a job runs
exactly once and any failure shows as `failed` at once. Per-user caps are lifted
(bench/stack.py): 1,000 questions of one user would otherwise meet QUEUED_CHAT_JOBS_PER_USER.

Phases:

  submit  --clients threads, each with its own httpx.Client, POST /chat/async with
          `Authorization: Token <key>` until --submissions distinct questions are sent.
          Each must answer 202 with a job_id; anything else (or a transport error) is an
          error. Latency is measured per request.
  drain   --pollers threads GET /chat/jobs/{id} for the oldest unfinished jobs only (the
          queue is FIFO): a round polls about --pollers ids more than finished in the
          previous one (up to --poll-window), pausing --poll-interval while the head of the
          queue is unfinished, until every job is finished or failed, or --timeout (counted
          from the first submission) has passed. Ids never seen by then get one last GET.
  verify  with the workers and gunicorn stopped: every id answered 202 once and is a
          distinct id; every job is `finished` with a non-empty answer from the
          `extractive` backend; the ChatJob table (read with sqlite3) holds exactly the
          submitted ids, each started and finished; RQ's finished registry of the `chat`
          queue holds exactly those ids; each job has exactly one RQ result (one run); the
          queue and its started/failed registries are empty. The logs are scanned for
          "database is locked", tracebacks and gunicorn worker timeouts.

With --compare-metrics the whole run is made twice, each on a fresh stack: metrics on as `make
run` has them (PROMETHEUS_MULTIPROC_DIR set for every child: each process writes its counts to
files there), then off (METRICS_ENABLED=false: no request middleware, and no
PROMETHEUS_MULTIPROC_DIR); a last table puts the two side by side with their ratio (the
target: on within 5% of off).

The exit status is non-zero if a submission errored, or a job failed, was lost, ran or was
stored twice, did not finish in time, or got an empty or non-extractive answer.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import re
import sqlite3
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
import redis
from rq import Queue, Worker
from rq.results import Result

from bench import cli
from bench.stack import ROOT, BenchError, Stack, api_users, manage, running_stack, start_web, wait_until, warm_up
from bench.stats import percentile
from bench.tables import Ratio, fmt, print_table

PDF = ROOT / "bench" / "data" / "pdfs" / "refcard-a4.pdf"
USERNAME = "loadtest"
CHAT_QUEUE = "chat"
EXPECT_BACKEND = "extractive"
# Questions the Octave reference card answers; the index makes every message distinct.
QUESTIONS = (
    "How do I plot data with a logarithmic x axis?",
    "How do I plot data with a logarithmic x axis but a linear y axis?",
    "How do I make a plot with logarithmic scales on both axes?",
    "Which command plots with a logarithmic y axis?",
)
# The children's own settings (see stack.child_env).
SETTINGS = {
    # Token authentication as in production (the default with DEBUG off), said explicitly.
    "API_AUTH_REQUIRED": "True",
    # One run per job: a failure shows as failed at once (no scheduler needed for retries).
    "CHAT_RETRY_INTERVALS": "",
}


# --- Set-up -----------------------------------------------------------------------------


def prepare(stack: Stack, args: argparse.Namespace) -> None:
    """Create the API user and its token, ingest the PDF for it, start gunicorn and the rq workers.

    Returns once gunicorn answers to the token and every worker has registered in Redis.
    """
    stack.token = api_users(stack, USERNAME)[USERNAME]
    manage(stack, "ingest", str(PDF), "--owner", USERNAME)
    extra = ["--worker-class", args.worker_class] if args.worker_class else []
    for n in range(args.rq_workers):
        stack.start(f"rqworker-{n + 1}", [sys.executable, "manage.py", "rqworker", CHAT_QUEUE, *extra])
    start_web(stack, args.gunicorn_workers)  # the workers start up meanwhile
    with contextlib.closing(redis.Redis.from_url(stack.redis_url)) as client:

        def workers_up() -> bool:
            check_workers(stack)
            return len(Worker.all(connection=client)) >= args.rq_workers

        wait_until(workers_up, 60, f"{args.rq_workers} rq worker(s) to register")


def check_workers(stack: Stack) -> None:
    """BenchError if an rq worker has exited."""
    for worker in stack.named("rqworker"):
        if not worker.alive():
            raise BenchError(f"{worker.name} exited:\n{worker.tail()}")


# --- Submit -----------------------------------------------------------------------------


@dataclass
class Submission:
    index: int
    message: str
    started: float = 0.0  # wall clock (time.time), comparable with the database's timestamps
    latency: float = 0.0  # seconds
    status: int | None = None  # HTTP status; None: no response (transport error, or not sent)
    job_id: str | None = None
    error: str = ""


def message_for(index: int) -> str:
    return f"{QUESTIONS[index % len(QUESTIONS)]} #{index}"


def submit_all(stack: Stack, count: int, clients: int, deadline: float, stop: threading.Event) -> list[Submission]:
    """POST /chat/async `count` times from `clients` threads, each with its own httpx.Client."""
    submissions = [Submission(i, message_for(i)) for i in range(count)]
    indexes = iter(range(count))
    lock = threading.Lock()

    def client_loop() -> None:
        with httpx.Client(base_url=stack.base_url, headers=stack.headers, timeout=30) as client:
            while not stop.is_set() and time.monotonic() < deadline:
                with lock:
                    index = next(indexes, None)
                if index is None:
                    return
                sub = submissions[index]
                sub.started = time.time()
                began = time.perf_counter()
                try:
                    response = client.post("/chat/async", json={"message": sub.message})
                except httpx.HTTPError as exc:
                    sub.latency = time.perf_counter() - began
                    sub.error = f"{type(exc).__name__}: {exc}"
                    continue
                sub.latency = time.perf_counter() - began
                sub.status = response.status_code
                if response.status_code != 202:
                    sub.error = response.text[:300]
                    continue
                try:
                    sub.job_id = response.json()["job_id"]
                except (ValueError, KeyError, TypeError):
                    sub.error = f"202 without a job_id: {response.text[:300]}"

    threads = [threading.Thread(target=client_loop, name=f"client-{n}", daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
    try:
        for thread in threads:
            thread.join()
    finally:
        stop.set()  # on Ctrl-C: no new requests; daemon threads die with us
    for sub in submissions:
        if sub.status is None and not sub.error:
            sub.error = "not sent (interrupted or --timeout passed)"
    return submissions


# --- Drain ------------------------------------------------------------------------------


@dataclass
class Drain:
    last: dict[str, dict] = field(default_factory=dict)  # job id -> last GET body
    not_found: set[str] = field(default_factory=set)
    http_errors: Counter = field(default_factory=Counter)
    polls: int = 0
    seconds: float = 0.0


def drain(stack: Stack, job_ids: Sequence[str], pollers: int, window: int, interval: float, deadline: float) -> Drain:
    """Poll GET /chat/jobs/{id} for the oldest unfinished jobs until all are done or `deadline`."""
    result = Drain()
    pending = list(dict.fromkeys(job_ids))  # submission order, FIFO like the queue
    local = threading.local()
    clients: list[httpx.Client] = []
    lock = threading.Lock()
    began = time.perf_counter()

    def poll(job_id: str) -> bool:
        """True when the job is done (finished, failed) or unknown (404: lost)."""
        if not hasattr(local, "client"):
            local.client = httpx.Client(base_url=stack.base_url, headers=stack.headers, timeout=30)
            with lock:
                clients.append(local.client)
        try:
            response = local.client.get(f"/chat/jobs/{job_id}")
        except httpx.HTTPError as exc:
            with lock:
                result.polls += 1
                result.http_errors[type(exc).__name__] += 1
            return False
        with lock:
            result.polls += 1
            if response.status_code == 404:
                result.not_found.add(job_id)
                return True
            if response.status_code != 200:
                result.http_errors[str(response.status_code)] += 1
                return False
            try:
                body = response.json()
                done = body["status"] in ("finished", "failed")
            except (ValueError, KeyError, TypeError):
                result.http_errors["200 without a status"] += 1
                return False
            result.last[job_id] = body
            return done

    pool = ThreadPoolExecutor(pollers, thread_name_prefix="poller")
    size = pollers
    try:
        while pending and time.monotonic() < deadline:
            check_workers(stack)
            batch = pending[:size]
            done = set(itertools.compress(batch, pool.map(poll, batch)))
            pending = [job_id for job_id in pending if job_id not in done]
            if len(done) == len(batch):  # caught up with the workers: look further ahead at once
                size = min(size * 2, window)
            else:  # waiting for the head of the queue: a few polls per round, then a pause
                size = max(pollers, len(done) + pollers)
                time.sleep(interval)
        # At the deadline, settle what has not been seen at all (a stuck head may hide it):
        # its last status, or a 404 (lost).
        list(pool.map(poll, [job_id for job_id in pending if job_id not in result.last]))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        for client in clients:
            client.close()
    result.seconds = time.perf_counter() - began
    return result


# --- Verify -----------------------------------------------------------------------------


def parse_db_time(value: str | None) -> float | None:
    """A Django SQLite datetime (UTC, naive text) as a POSIX timestamp."""
    if not value:
        return None
    return datetime.fromisoformat(value).replace(tzinfo=UTC).timestamp()


@dataclass
class DbRow:
    id: str
    status: str
    backend: str
    answer: str
    created: float | None
    started: float | None
    finished: float | None


def read_rows(db_path: Path) -> list[DbRow]:
    """All ChatJob rows, read directly with sqlite3 (Django stores UUIDs as 32 hex digits)."""
    with contextlib.closing(sqlite3.connect(db_path, timeout=30)) as conn:
        cursor = conn.execute(
            "SELECT id, status, backend, answer, created_at, started_at, finished_at FROM chat_chatjob"
        )
        return [
            DbRow(uuid.UUID(row[0]).hex, row[1], row[2], row[3], *(parse_db_time(v) for v in row[4:])) for row in cursor
        ]


@dataclass
class RedisFacts:
    finished_registry: set[str]
    runs: dict[str, int]  # job id -> number of RQ results (one per execution)
    queued: int
    started: int
    failed: int


def read_redis(redis_url: str, job_ids: Sequence[str]) -> RedisFacts:
    with contextlib.closing(redis.Redis.from_url(redis_url)) as conn:
        queue = Queue(CHAT_QUEUE, connection=conn)
        finished = {job_id.decode() for job_id in conn.zrange(queue.finished_job_registry.key, 0, -1)}
        pipe = conn.pipeline(transaction=False)
        for job_id in job_ids:
            pipe.xlen(Result.get_key(job_id))
        runs = dict(zip(job_ids, pipe.execute(), strict=True))
        return RedisFacts(
            finished_registry=finished,
            runs=runs,
            queued=queue.count,
            started=queue.started_job_registry.get_job_count(cleanup=False),
            failed=queue.failed_job_registry.get_job_count(cleanup=False),
        )


LOG_PATTERNS = {
    "database is locked": re.compile(r"database is locked", re.IGNORECASE),
    "Traceback": re.compile(r"^Traceback", re.MULTILINE),
    "WORKER TIMEOUT": re.compile(r"WORKER TIMEOUT"),
    "ERROR": re.compile(r"\bERROR\b"),
}


def scan_logs(tmp: Path) -> dict[str, Counter]:
    found: dict[str, Counter] = {}
    for log in sorted(tmp.glob("*.log")):
        text = log.read_text(errors="replace")
        counts = Counter({name: len(pattern.findall(text)) for name, pattern in LOG_PATTERNS.items()})
        counts = +counts  # drop zeros
        if counts:
            found[log.name] = counts
    return found


# --- Report -----------------------------------------------------------------------------


def check(
    stack: Stack,
    args: argparse.Namespace,
    submissions: list[Submission],
    submit_seconds: float,
    drained: Drain,
    measures: dict[str, float | None] | None = None,
) -> int:
    """Stop the servers, verify the database and Redis, print the table; returns the exit status.
    The headline numbers are put in `measures` (for --compare-metrics)."""
    for process in [*stack.named("rqworker"), *stack.named("gunicorn")]:
        stack.stop(process)  # nothing can change while we look
    problems: list[str] = []

    # Submissions.
    errors = [sub for sub in submissions if sub.status != 202 or not sub.job_id]
    ids = [sub.job_id for sub in submissions if sub.job_id]
    id_counts = Counter(ids)
    duplicate_ids = {job_id for job_id, n in id_counts.items() if n > 1}
    unique_ids = list(id_counts)
    hex_ids = {uuid.UUID(job_id).hex: job_id for job_id in unique_ids}
    latencies = [sub.latency * 1000 for sub in submissions if sub.status is not None]
    if errors:
        problems.append(f"{len(errors)} submission(s) did not get 202 with a job_id")
        statuses = Counter(sub.status if sub.status is not None else "no response" for sub in errors)
        print(f"\nsubmission errors by status: {dict(statuses)}")
        for sub in errors[:10]:
            print(f"  #{sub.index}: {sub.status} {sub.error}")

    # Polling.
    final = drained.last
    finished_ids = {j for j in unique_ids if final.get(j, {}).get("status") == "finished"}
    failed_ids = {j for j in unique_ids if final.get(j, {}).get("status") == "failed"}
    unfinished_ids = {j for j in unique_ids if j in final and j not in finished_ids | failed_ids}
    bad_answers = [
        (j, final[j])
        for j in finished_ids
        if not (final[j].get("answer") or "").strip() or final[j].get("backend") != EXPECT_BACKEND
    ]
    no_sources = sum(1 for j in finished_ids if not final[j].get("sources"))
    for job_id in sorted(failed_ids)[:5]:
        print(f"  failed {job_id}: {final[job_id].get('error')}")
    for job_id, body in bad_answers[:5]:
        print(f"  bad answer {job_id}: backend={body.get('backend')!r} answer={(body.get('answer') or '')[:80]!r}")

    # The database, read directly.
    rows = read_rows(stack.db_path)
    row_ids = Counter(row.id for row in rows)
    rows_by_id = {row.id: row for row in rows}
    missing_rows = set(hex_ids) - set(row_ids)
    extra_rows = set(row_ids) - set(hex_ids)
    repeated_rows = {i for i, n in row_ids.items() if n > 1}  # impossible with a primary key; checked anyway
    started_rows = sum(1 for row in rows if row.started is not None)
    finished_rows = sum(1 for row in rows if row.status == "finished" and row.finished is not None)

    # Redis: RQ's finished registry and one result per run.
    facts = read_redis(stack.redis_url, unique_ids)
    not_in_registry = set(unique_ids) - facts.finished_registry
    extra_in_registry = facts.finished_registry - set(unique_ids)
    ran_twice = {j for j, n in facts.runs.items() if n > 1}
    never_ran = {j for j, n in facts.runs.items() if n == 0}

    lost = (set(drained.not_found) | {hex_ids[h] for h in missing_rows}) & set(unique_ids)
    lost |= {j for j in unique_ids if j not in final}  # never answered 200
    duplicated = duplicate_ids | ran_twice | {hex_ids[h] for h in repeated_rows if h in hex_ids}

    # Times: from the database's timestamps (the poll only sees them at its own pace).
    sent = [sub.started for sub in submissions if sub.status is not None]
    first_sent = min(sent) if sent else None
    last_sent_end = max((sub.started + sub.latency for sub in submissions if sub.status is not None), default=None)
    finishes = [rows_by_id[h].finished for h in hex_ids if h in rows_by_id and rows_by_id[h].finished is not None]
    last_finish = max(finishes) if finishes else None
    drain_from_first = last_finish - first_sent if last_finish and first_sent else None
    drain_after_submit = last_finish - last_sent_end if last_finish and last_sent_end else None
    incomplete = "" if len(finishes) == len(submissions) else f" (only {len(finishes)} finished)"
    in_job = [
        (r.finished - r.started) * 1000
        for h in hex_ids
        if (r := rows_by_id.get(h)) and r.started is not None and r.finished is not None
    ]
    waits = [(r.started - r.created) for h in hex_ids if (r := rows_by_id.get(h)) and r.started and r.created]
    starts = [r.started for h in hex_ids if (r := rows_by_id.get(h)) and r.started is not None]
    worker_rate = (
        len(finishes) / (last_finish - min(starts)) if finishes and starts and last_finish > min(starts) else None
    )

    accepted = len(submissions) - len(errors)
    rows_out = [
        ("submissions", f"{len(submissions)}"),
        ("clients", f"{args.clients}"),
        ("gunicorn workers / rq workers", f"{args.gunicorn_workers} / {args.rq_workers}"),
        ("submit phase wall time (s)", f"{submit_seconds:.2f}"),
        ("submissions/s", f"{len(submissions) / submit_seconds:.1f}" if submit_seconds else "-"),
        ("submit latency p50 (ms)", fmt(percentile(latencies, 50), ".1f")),
        ("submit latency p95 (ms)", fmt(percentile(latencies, 95), ".1f")),
        ("submit latency max (ms)", fmt(max(latencies, default=None), ".1f")),
        ("drain: first submission -> last job finished (s)", fmt(drain_from_first, ".2f") + incomplete),
        ("drain: submissions done -> last job finished (s)", fmt(drain_after_submit, ".2f") + incomplete),
        ("jobs finished per second (first start -> last finish)", fmt(worker_rate, ".1f")),
        ("jobs finished while submitting", f"{sum(1 for t in finishes if last_sent_end and t <= last_sent_end)}"),
        ("in-job time p50 / p95 (ms, started_at -> finished_at)",
         f"{fmt(percentile(in_job, 50), '.1f')} / {fmt(percentile(in_job, 95), '.1f')}"),
        ("queue wait max (s, created_at -> started_at)", fmt(max(waits, default=None), ".2f")),
        ("polls (GET /chat/jobs/{id}) / poll errors", f"{drained.polls} / {sum(drained.http_errors.values())}"),
        ("accepted (202 with job_id)", f"{accepted}"),
        ("jobs finished", f"{len(finished_ids)}"),
        ("jobs failed", f"{len(failed_ids)}"),
        ("jobs not done at --timeout", f"{len(unfinished_ids)}"),
        ("jobs lost", f"{len(lost)}"),
        ("jobs duplicated", f"{len(duplicated)}"),
        ("answers empty or not extractive", f"{len(bad_answers)}"),
        ("answers without sources (not an error)", f"{no_sources}"),
        ("errors (submissions not 202)", f"{len(errors)}"),
    ]  # fmt: skip
    print_table(["measure", "value"], rows_out, title="load test")
    if measures is not None:
        measures.update({
            "submissions/s": len(submissions) / submit_seconds if submit_seconds else None,
            "submit latency p50 (ms)": percentile(latencies, 50),
            "submit latency p95 (ms)": percentile(latencies, 95),
            "drain: first submission -> last job finished (s)": drain_from_first,
            "jobs finished per second": worker_rate,
            "in-job time p50 (ms)": percentile(in_job, 50),
        })  # fmt: skip

    print("\nchecks:")
    checks = [
        (f"job ids unique: {len(unique_ids)} distinct of {len(ids)}", not duplicate_ids),
        (f"ChatJob rows: {len(rows)} (submissions {len(submissions)}, accepted {accepted})", len(rows) == accepted),
        (f"  rows for every accepted id: {len(missing_rows)} missing, {len(extra_rows)} extra", not missing_rows),
        (f"  rows started / finished: {started_rows} / {finished_rows} of {len(rows)}",
         started_rows == finished_rows == len(rows)),
        (f"RQ finished registry ({CHAT_QUEUE}): {len(facts.finished_registry)} ids, {len(not_in_registry)} missing,"
         f" {len(extra_in_registry)} extra", not not_in_registry and not extra_in_registry),
        (f"RQ results per job (runs): {len(ran_twice)} ran more than once, {len(never_ran)} never",
         not ran_twice and not never_ran),
        (f"RQ queue left: {facts.queued} queued, {facts.started} started, {facts.failed} failed",
         not (facts.queued or facts.started or facts.failed)),
    ]  # fmt: skip
    for text, ok in checks:
        print(f"  {'ok  ' if ok else 'FAIL'}  {text}")
        if not ok:
            problems.append(text.strip())
    if drained.http_errors:
        print(f"  poll errors by kind: {dict(drained.http_errors)}")

    logs = scan_logs(stack.tmp)
    print("\nlogs: " + ("nothing notable" if not logs else ""))
    for name, counts in logs.items():
        print(f"  {name}: " + ", ".join(f"{pattern} x{n}" for pattern, n in counts.items()))

    for count, what in (
        (len(failed_ids), "job(s) failed"),
        (len(unfinished_ids), "job(s) not done at --timeout"),
        (len(lost), "job(s) lost"),
        (len(duplicated), "job(s) duplicated"),
        (len(bad_answers), "answer(s) empty or not by the extractive backend"),
    ):
        if count:
            problems.append(f"{count} {what}")
    if problems:
        print("\nFAILED:\n" + "\n".join(f"  - {p}" for p in dict.fromkeys(problems)), file=sys.stderr)
        return 1
    print("\nPASS: every submission accepted, every job finished once with an extractive answer")
    return 0


# --- Main -------------------------------------------------------------------------------


# --tiny: a handful of submissions, BM25 alone (no model to load in the worker).
TINY = {"submissions": 8, "clients": 2, "gunicorn_workers": 1, "timeout": 60, "pollers": 2}
TINY_SETTINGS = {"EMBEDDINGS_BACKEND": "none"}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = cli.parser(__doc__)
    add = parser.add_argument
    add("--submissions", type=int, default=1000, help="POST /chat/async requests (default 1000)")
    add("--clients", type=int, default=50, help="concurrent client threads (default 50)")
    add("--gunicorn-workers", type=int, default=2, help="gunicorn -w (default 2, as make run)")
    add("--rq-workers", type=int, default=1, help="`manage.py rqworker chat` processes (default 1)")
    add(
        "--worker-class",
        metavar="DOTTED.PATH",
        help="rqworker --worker-class (default: the configured one, settings.RQ['WORKER_CLASS'])",
    )
    add("--timeout", type=float, default=900, help="seconds from the first submission to drain all (default 900)")
    add("--pollers", type=int, default=4, help="threads polling GET /chat/jobs/{id} (default 4)")
    add("--poll-window", type=int, default=64, help="most unfinished jobs polled per round (default 64)")
    add("--poll-interval", type=float, default=0.2, help="pause after a round that found unfinished jobs (default 0.2)")
    add(
        "--compare-metrics",
        action="store_true",
        help="the same load with metrics on (PROMETHEUS_MULTIPROC_DIR) and off (METRICS_ENABLED=false), side by side",
    )
    add("--keep", action="store_true", help="keep the temporary directory (logs, database) for inspection")
    args = cli.parse(parser, argv, TINY)
    if min(args.submissions, args.clients, args.gunicorn_workers, args.rq_workers, args.pollers, args.poll_window) < 1:
        parser.error("counts must be >= 1")
    if args.timeout <= 0 or args.poll_interval < 0:
        parser.error("--timeout must be > 0 and --poll-interval >= 0")
    return args


# --compare-metrics: the same run with each of these, one after the other.
METRICS_MODES = {"metrics on": {"METRICS_ENABLED": "True"}, "metrics off": {"METRICS_ENABLED": "False"}}


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    print(
        f"pdfchat load test: {args.submissions} POST /chat/async from {args.clients} clients; "
        f"gunicorn -w {args.gunicorn_workers}, {args.rq_workers} rq worker(s)"
        f"{f' ({args.worker_class})' if args.worker_class else ''}, {os.cpu_count()} CPUs; "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC\n"
        "token auth on; throttling OFF (THROTTLE_CHAT='', THROTTLE_UPLOAD=''); retries off; "
        "offline extractive backend (no OPENAI_*)",
        flush=True,
    )
    began = time.monotonic()
    settings = {**SETTINGS, **(TINY_SETTINGS if args.tiny else {})}
    if not args.compare_metrics:
        status = run(args, settings)
    else:
        results: dict[str, dict[str, float | None]] = {}
        status = 0
        for mode, extra in METRICS_MODES.items():
            print(f"\n=== {mode} ===", flush=True)
            results[mode] = {}
            status |= run(args, {**settings, **extra}, measures=results[mode], multiprocess=mode == "metrics on")
        print_comparison(results)
    print(f"(total {time.monotonic() - began:.0f} s including set-up)")
    return status


def run(
    args: argparse.Namespace,
    settings: dict[str, str],
    *,
    measures: dict[str, float | None] | None = None,
    multiprocess: bool | None = None,
) -> int:
    """One load run on a fresh stack; its exit status. `multiprocess`: True sets
    PROMETHEUS_MULTIPROC_DIR (a fresh directory in the stack's) for every child, False
    removes it from their environment, None leaves the environment as it is."""
    began = time.monotonic()
    stop = threading.Event()
    try:
        with running_stack(prefix="pdfchat-load-", settings=settings, keep=args.keep) as stack:
            if multiprocess:
                (stack.tmp / "metrics").mkdir()
                stack.env["PROMETHEUS_MULTIPROC_DIR"] = str(stack.tmp / "metrics")
            elif multiprocess is False:
                stack.env.pop("PROMETHEUS_MULTIPROC_DIR", None)
            prepare(stack, args)
            print(f"set-up done in {time.monotonic() - began:.1f} s ({stack.tmp})", flush=True)
            warm_up(stack)
            deadline = time.monotonic() + args.timeout
            t0 = time.perf_counter()
            submissions = submit_all(stack, args.submissions, args.clients, deadline, stop)
            submit_seconds = time.perf_counter() - t0
            accepted = [sub.job_id for sub in submissions if sub.job_id]
            print(f"submitted {len(accepted)}/{len(submissions)} in {submit_seconds:.2f} s; draining ...", flush=True)
            drained = drain(stack, accepted, args.pollers, args.poll_window, args.poll_interval, deadline)
            print(f"drained in {drained.seconds:.2f} s after the submissions ({drained.polls} polls)", flush=True)
            return check(stack, args, submissions, submit_seconds, drained, measures)
    finally:
        stop.set()


def print_comparison(results: dict[str, dict[str, float | None]]) -> None:
    """The runs' headline numbers side by side, metrics on against off."""
    on, off = results["metrics on"], results["metrics off"]
    rows = [[measure, on.get(measure), off.get(measure)] for measure in on]
    print_table(
        ["measure", "metrics on", "metrics off"],
        rows,
        ratios=[Ratio("metrics on", to="metrics off", title="on/off", spec=".3f")],
        title="metrics on vs off (same load, fresh stacks)",
    )


if __name__ == "__main__":
    cli.run(main)
