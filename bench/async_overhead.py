"""How much the full async chat path costs on top of a bare RQ loop, measured in one run.

    make bench                    # or: python -m bench.async_overhead --jobs 500 --repeat 3
    python -m bench.async_overhead --tiny     # 3 jobs, one worker class: proves it runs

Everything runs on loopback ports and in a temporary directory, and is torn down at the end
(also on Ctrl-C or a failure): a private redis-server, a fresh SQLite database (migrated,
static files collected, a fixture PDF ingested with `manage.py ingest`), gunicorn with 2
sync workers and DEBUG off, and for each measurement one `manage.py rqworker` process. Every
job asks the same question, which the PDF answers: the offline extractive backend answers it
(no OPENAI_* variable reaches the children) after the same retrieval in both paths.

For each worker class (the one `manage.py rqworker` uses, i.e. settings.RQ["WORKER_CLASS"]
or RQ's forking `Worker`; then `rq.worker.SimpleWorker`, which runs jobs in-process):

  bare  enqueue `chat.services.answering.answer_question(message=...)` N times straight into
        Redis with rq, then poll each job in order until its result can be fetched. The
        queue is "default" because `manage.py rqworker` only serves queues in RQ_QUEUES, and
        the bare loop must run in the same worker process as the full path.
  full  POST /chat/async N times over HTTP (ChatJob row, then `chat.tasks.run_chat` enqueued,
        which mirrors start and finish into the row), then poll GET /chat/jobs/{id} in order.

Both clocks run from the first submission to the last job seen finished and include the
worker's start-up: the worker is spawned just before the first submission, alike in both
paths. jobs/s = N / that time. Submissions are sequential by default (--concurrency 1): one
client, like the bare loop's single enqueuing process. Each pair is measured --repeat times
(default 1, about 2 minutes on 2 CPUs; use 3 on a busy machine), alternating which path goes
first, and the medians are reported. The target is the full path
within 1.5x of bare (bare/full jobs/s <= 1.5). The exit status is 0 whether or not the target
is met; it is non-zero only if the benchmark cannot run or a job is lost, fails, or is not
answered by the expected backend.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import sys
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
import redis
from redis.exceptions import RedisError
from rq import Queue, Worker
from rq.job import Job, JobStatus

from bench import cli
from bench.stack import ROOT, BenchError, Process, Stack, manage, running_stack, start_web, warm_up
from bench.stats import mean, median
from bench.tables import Num, Ratio, print_table

TARGET_RATIO = 1.5
BARE_QUEUE = "default"
CHAT_QUEUE = "chat"
BARE_TASK = "chat.services.answering.answer_question"
# A fixture the e2e tests ask about too; the answer is on page 14.
PDF = ROOT / "tests" / "fixtures" / "shared-mime-info-spec.pdf"
QUESTION = "Is there an extended attribute that can store a file's MIME type?"
SIMPLE_WORKER = "rq.worker.SimpleWorker"
PATHS = ("bare", "full")
# The children's own settings (see stack.child_env): anonymous, as the full path is measured without a token.
SETTINGS = {"API_AUTH_REQUIRED": "False"}


def setup_django(env: dict[str, str]) -> None:
    """Configure Django here as in the children: bare results unpickle app classes (Answer)."""
    import django

    os.environ.clear()
    os.environ.update(env, LOG_LEVEL="WARNING")  # no INFO line per HTTP request from httpx
    django.setup()


# --- Measurements -----------------------------------------------------------------------


@dataclass
class Run:
    path: str
    worker_class: str
    jobs: int
    seconds: float
    submit_seconds: float
    worker_startup: float | None
    polls: int
    exec_ms: float | None
    gap_ms: float | None

    @property
    def rate(self) -> float:
        return self.jobs / self.seconds


def start_worker(stack: Stack, queue: str, worker_class: str, label: str) -> Process:
    args = [sys.executable, "manage.py", "rqworker", queue, "--worker-class", worker_class]
    return stack.start(f"worker-{label}", args)


def stop_worker(stack: Stack, worker: Process, conn: redis.Redis) -> float | None:
    """Stop the worker; returns its start-up time (spawn to its birth registered in Redis)."""
    startup = None
    with contextlib.suppress(RedisError):
        births = [w.birth_date for w in Worker.all(connection=conn) if w.birth_date is not None]
        if births:
            startup = max(births).timestamp() - worker.started
    stack.stop(worker)
    return startup


def job_timings(conn: redis.Redis, ids: Sequence[str]) -> tuple[float | None, float | None]:
    """Mean time inside a job (RQ started_at to ended_at) and mean gap between jobs, in ms."""
    jobs = [job for job in Job.fetch_many(ids, connection=conn) if job and job.started_at and job.ended_at]
    jobs.sort(key=lambda job: job.started_at)
    if not jobs:
        return None, None
    execs = [(job.ended_at - job.started_at).total_seconds() * 1000 for job in jobs]
    gaps = [(b.started_at - a.ended_at).total_seconds() * 1000 for a, b in itertools.pairwise(jobs)]
    return mean(execs), mean(gaps)


def check_drained(conn: redis.Redis, queue: str) -> None:
    q = Queue(queue, connection=conn)
    if q.count or q.failed_job_registry.count:
        raise BenchError(f"queue {queue!r}: {q.count} jobs left, {q.failed_job_registry.count} failed")


@dataclass
class Settings:
    jobs: int
    question: str
    poll: float
    timeout: float
    concurrency: int
    expect_backend: str


def check_answer(what: str, text: str | None, backend: str | None, cfg: Settings) -> None:
    if not text or backend != cfg.expect_backend:
        raise BenchError(f"{what} answered {(text or '')[:120]!r} from backend {backend!r}, not {cfg.expect_backend!r}")


def run_bare(stack: Stack, conn: redis.Redis, worker_class: str, cfg: Settings) -> Run:
    from chat.selectors.access import Asker  # after setup_django

    queue = Queue(BARE_QUEUE, connection=conn)
    texts = [cfg.question] * cfg.jobs
    polls = 0
    started = time.perf_counter()
    worker = start_worker(stack, BARE_QUEUE, worker_class, f"bare-{worker_class}")
    try:
        enqueued = [queue.enqueue(BARE_TASK, message=text, asker=Asker(user=None)) for text in texts]
        submitted = time.perf_counter()
        deadline = time.monotonic() + cfg.timeout
        for job in enqueued:
            while True:
                polls += 1
                status = job.get_status(refresh=True)
                if status == JobStatus.FINISHED:
                    answer = job.return_value(refresh=True)
                    break
                if status in (JobStatus.FAILED, JobStatus.STOPPED, JobStatus.CANCELED):
                    result = job.latest_result()
                    raise BenchError(f"bare job {job.id} {status}: {result.exc_string if result else ''}")
                if not worker.alive():
                    raise BenchError(f"the bare worker exited:\n{worker.tail()}")
                if time.monotonic() > deadline:
                    raise BenchError(f"bare job {job.id} still {status} after {cfg.timeout:.0f} s")
                time.sleep(cfg.poll)
            check_answer(f"bare job {job.id}", getattr(answer, "text", None), getattr(answer, "backend", None), cfg)
        seconds = time.perf_counter() - started
    finally:
        startup = stop_worker(stack, worker, conn)
    check_drained(conn, BARE_QUEUE)
    ids = [job.id for job in enqueued]
    return Run("bare", worker_class, cfg.jobs, seconds, submitted - started, startup, polls, *job_timings(conn, ids))


def post_all(base_url: str, texts: list[str], concurrency: int) -> list[str]:
    """POST /chat/async for each message; returns the job ids in submission order."""
    local = threading.local()
    clients: list[httpx.Client] = []

    def post(text: str) -> str:
        if not hasattr(local, "client"):
            local.client = httpx.Client(base_url=base_url, timeout=30)
            clients.append(local.client)
        response = local.client.post("/chat/async", json={"message": text})
        if response.status_code != 202:
            raise BenchError(f"POST /chat/async answered {response.status_code}: {response.text[:300]}")
        return response.json()["job_id"]

    try:
        if concurrency == 1:
            return [post(text) for text in texts]
        with ThreadPoolExecutor(concurrency) as pool:
            return list(pool.map(post, texts))
    finally:
        for client in clients:
            client.close()


def run_full(stack: Stack, conn: redis.Redis, worker_class: str, cfg: Settings) -> Run:
    texts = [cfg.question] * cfg.jobs
    polls = 0
    started = time.perf_counter()
    worker = start_worker(stack, CHAT_QUEUE, worker_class, f"full-{worker_class}")
    try:
        ids = post_all(stack.base_url, texts, cfg.concurrency)
        submitted = time.perf_counter()
        deadline = time.monotonic() + cfg.timeout
        with httpx.Client(base_url=stack.base_url, timeout=30) as client:
            for job_id in ids:
                while True:
                    polls += 1
                    response = client.get(f"/chat/jobs/{job_id}")
                    if response.status_code != 200:
                        raise BenchError(f"GET /chat/jobs/{job_id}: {response.status_code} {response.text[:300]}")
                    body = response.json()
                    if body["status"] == "finished":
                        break
                    if body["status"] == "failed":
                        raise BenchError(f"full job {job_id} failed: {body['error']}")
                    if not worker.alive():
                        raise BenchError(f"the chat worker exited:\n{worker.tail()}")
                    if time.monotonic() > deadline:
                        raise BenchError(f"full job {job_id} still {body['status']} after {cfg.timeout:.0f} s")
                    time.sleep(cfg.poll)
                check_answer(f"full job {job_id}", body.get("answer"), body.get("backend"), cfg)
        seconds = time.perf_counter() - started
    finally:
        startup = stop_worker(stack, worker, conn)
    check_drained(conn, CHAT_QUEUE)
    return Run("full", worker_class, cfg.jobs, seconds, submitted - started, startup, polls, *job_timings(conn, ids))


# --- Report -----------------------------------------------------------------------------


def short(worker_class: str) -> str:
    return worker_class.rsplit(".", 1)[-1] if worker_class.startswith("rq.") else worker_class


def configured_worker_class() -> str:
    """The dotted path of the class `manage.py rqworker` uses when given none."""
    from django_rq.workers import get_worker_class

    cls = get_worker_class()
    return f"{cls.__module__}.{cls.__qualname__}"


def report(runs: list[Run], args: argparse.Namespace) -> None:
    """Per worker class, bare and full side by side: jobs/s, full/bare time (the target), where the time goes."""
    groups: dict[tuple[str, str], list[Run]] = {}
    for run in runs:
        groups.setdefault((run.path, run.worker_class), []).append(run)

    def med(path: str, wc: str, get) -> float | None:
        return median(get(r) for r in groups.get((path, wc), []))

    rows = []
    for wc in args.worker_classes:
        bare, full = med("bare", wc, lambda r: r.seconds), med("full", wc, lambda r: r.seconds)
        verdict = "-" if not (bare and full) else ("met" if full / bare <= TARGET_RATIO else "MISSED")
        rows.append([short(wc), args.jobs, Num(bare), Num(full),
                     Num(args.jobs / bare if bare else None, ".1f"), Num(args.jobs / full if full else None, ".1f"),
                     f"<= {TARGET_RATIO:.2f}x: {verdict}"])  # fmt: skip
    print_table(
        ["worker class", "jobs", "bare s", "full s", "bare jobs/s", "full jobs/s", "target"],
        rows,
        ratios=[Ratio("full s", to="bare s", title="full/bare")],
        title=f"the full path against the bare RQ loop (seconds: median of {args.repeat} runs)",
    )

    rows = []
    for wc in args.worker_classes:
        for path in PATHS:
            rows.append([path, short(wc), *(Num(med(path, wc, get), spec) for get, spec in (
                (lambda r: r.submit_seconds, ".2f"), (lambda r: r.worker_startup, ".2f"), (lambda r: r.polls, ".0f"),
                (lambda r: r.exec_ms, ".1f"), (lambda r: r.gap_ms, ".1f")))])  # fmt: skip
    print_table(
        ["path", "worker class", "submit s", "worker start s", "polls", "in-job ms", "between jobs ms"],
        rows,
        left=2,
        title="where the time goes (medians; all inside the timed window)",
    )
    print(
        f"  submit s: first to last submission (full: POSTs from {args.concurrency} client thread(s);"
        " bare: rq enqueue)\n"
        "  worker start s: worker spawned -> worker registered in Redis (overlaps the submissions)\n"
        f"  polls: status checks, one per {args.poll * 1000:.0f} ms per unfinished job, in submission order\n"
        "  in-job ms: RQ started_at -> ended_at, mean; between jobs ms: a job's end -> the next one's start"
    )


# --- Main -------------------------------------------------------------------------------

# --tiny: a few jobs through one worker class (the configured one), BM25 alone (no model to load).
TINY = {"jobs": 3, "gunicorn_workers": 1, "timeout": 60}
TINY_SETTINGS = {"EMBEDDINGS_BACKEND": "none"}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = cli.parser(__doc__)
    add = parser.add_argument
    add("--jobs", type=int, default=200, help="jobs per measurement (default 200)")
    add("--repeat", type=int, default=1, help="measurements per path and worker class; medians shown (default 1)")
    add("--concurrency", type=int, default=1, help="client threads POSTing /chat/async (default 1: sequential)")
    add("--poll", type=float, default=0.01, help="seconds between status checks of a job (default 0.01)")
    add(
        "--worker-class",
        action="append",
        dest="worker_classes",
        metavar="DOTTED.PATH",
        help=f"RQ worker class; repeatable (default: the configured one, then {SIMPLE_WORKER}; --tiny: the first)",
    )
    add("--gunicorn-workers", type=int, default=2, help="gunicorn -w (default 2, as make run)")
    add(
        "--pdf",
        type=Path,
        nargs="+",
        default=[PDF],
        help=f"PDFs ingested before measuring (default: {PDF.relative_to(ROOT)})",
    )
    add("--question", default=QUESTION, help="what every job asks; the PDF must answer it")
    add("--expect-backend", default="extractive", help="backend every answer must come from (default extractive)")
    add("--timeout", type=float, default=120, help="seconds one measurement may take (default 120)")
    add("--keep", action="store_true", help="keep the temporary directory (logs, database) for inspection")
    args = cli.parse(parser, argv, TINY)
    if min(args.jobs, args.repeat, args.concurrency, args.gunicorn_workers) < 1 or args.poll < 0:
        parser.error("--jobs, --repeat, --concurrency and --gunicorn-workers must be >= 1, --poll >= 0")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    cfg = Settings(args.jobs, args.question, args.poll, args.timeout, args.concurrency, args.expect_backend)
    print(
        f"pdfchat async overhead: {args.jobs} jobs x {args.repeat} runs per path and worker class; "
        f"gunicorn -w {args.gunicorn_workers}, 1 rq worker, {os.cpu_count()} CPUs; "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC",
        flush=True,
    )
    runs: list[Run] = []
    began = time.monotonic()
    settings = {**SETTINGS, **(TINY_SETTINGS if args.tiny else {})}
    with running_stack(prefix="pdfchat-bench-", settings=settings, keep=args.keep) as stack:
        manage(stack, "ingest", *(str(pdf.resolve()) for pdf in args.pdf), "-v0")
        start_web(stack, args.gunicorn_workers)
        setup_django(stack.env)
        default = [configured_worker_class(), SIMPLE_WORKER][: 1 if args.tiny else 2]
        args.worker_classes = list(dict.fromkeys(args.worker_classes or default))
        width = max(len(short(wc)) for wc in args.worker_classes)
        warm_up(stack)
        with contextlib.closing(redis.Redis.from_url(stack.redis_url)) as conn:
            for round_ in range(args.repeat):
                for wc in args.worker_classes:
                    # Alternate which path goes first, so drift over the run hits both alike.
                    for path in PATHS if round_ % 2 == 0 else PATHS[::-1]:
                        run = (run_bare if path == "bare" else run_full)(stack, conn, wc, cfg)
                        runs.append(run)
                        print(
                            f"  run {round_ + 1}/{args.repeat}  {path}  {short(wc):<{width}}"
                            f"{run.seconds:6.2f} s  {run.rate:6.1f} jobs/s",
                            flush=True,
                        )
    report(runs, args)
    print(f"\n(total {time.monotonic() - began:.0f} s including set-up)")
    return 0


if __name__ == "__main__":
    cli.run(main)
