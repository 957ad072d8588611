"""Concurrency with a slow model: how fast queued and synchronous questions drain when every
answer waits seconds for the model server.

    make bench-llm                                     # 200 questions, N = 1, 4, 8 workers
    bash scripts/bench.sh llm --workers 4 8 --questions 100

A private stack (bench/stack.py: redis-server, a fresh SQLite database with the Octave
reference card ingested) talks to the tests' OpenAI-protocol stub (tests/openai_stub.py),
here in this process, which answers every chat completion after --delay seconds (2 s).

  async   for each N: `manage.py rqworker-pool chat --num-workers N` (as `make run` starts
          its chat workers); --questions POST /chat/async from --clients threads, timed
          from the first submission until the last job is finished (read from the ChatJob
          table). Ideal: questions x delay / N; "task s/job" is the mean time inside the
          task (started to finished: the model's delay plus retrieval and two writes), the
          rest of a job's time is RQ's (dequeue, fork, results). Memory: each pool worker's resident set
          (RSS) and proportional share (PSS: shared pages split between the processes
          that map them), read from /proc once the queue is drained.
  sync    --clients threads POST /chat/sync against gunicorn with config/gunicorn.py (what
          `make run` serves: WEB_CONCURRENCY x WEB_THREADS), and against the baseline of
          two sync workers (the configuration before), answers/s.

Every answer must come from the stub (backend "openai"); the exit status is non-zero if
one did not, or a job failed. Targets: async within 1.2x of ideal at N = 8; sync >= 8
answers/s.
"""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from stack import (
    BenchError,
    Stack,
    exit_on_termination,
    manage,
    print_table,
    running_stack,
    start_web,
    wait_until,
)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scripts import processes  # noqa: E402
from tests.openai_stub import OpenAIStubServer  # noqa: E402

ASGI_APP = "config.asgi:application"
ASYNC_HEADER = ("workers", "questions", "drain s", "ideal s", "ratio", "task s/job", "RSS MB/worker", "PSS MB/worker")
QUESTION = "How do I plot data with a logarithmic x axis but a linear y axis?"  # the card covers it


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 4, 8], help="N chat workers (default 1 4 8)")
    parser.add_argument("--questions", type=int, default=200, help="async questions per N (default 200)")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients (default 20)")
    parser.add_argument("--delay", type=float, default=2.0, help="seconds the model takes per answer (default 2)")
    parser.add_argument("--sync-requests", type=int, default=200, help="/chat/sync requests (default 200)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args(argv)
    exit_on_termination()

    with OpenAIStubServer() as stub:
        stub.delay = args.delay
        settings = {
            "OPENAI_API_KEY": "bench",
            "OPENAI_BASE_URL": stub.base_url,
            "OPENAI_TIMEOUT": "60",
            "EMBEDDINGS_BACKEND": "none",
            "API_AUTH_REQUIRED": "False",
            "CHAT_RETRY_INTERVALS": "",
            "LOG_LEVEL": "WARNING",
        }
        with running_stack(prefix="pdfchat-llm-", settings=settings, keep=args.keep) as stack:
            manage(stack, "ingest", str(ROOT / "bench" / "data" / "pdfs" / "refcard-a4.pdf"), "-v0")
            start_web(stack, workers=2)
            rows = [ASYNC_HEADER]
            for n in args.workers:
                rows.append(drain_async(stack, n, args))
            for web in stack.named("gunicorn"):
                stack.stop(web)
            sync_rows = [("web server", "clients", "answers", "seconds", "answers/s", "ratio")]
            sync_workers = ["--worker-class", "sync", "--threads", "1"]
            baseline = measure_sync(stack, args, sync_workers, args.sync_requests // 5, app="config.wsgi")
            threaded = ["--worker-class", "gthread", "--threads", "16"]
            wsgi = measure_sync(stack, args, threaded, args.sync_requests, app="config.wsgi")
            current = measure_sync(stack, args, [], args.sync_requests)
            sync_rows.append(("2 sync workers (the first make run)", str(args.clients), *baseline, "1.00"))
            for label, row in (("WSGI, gthread 2 x 16", wsgi), ("ASGI, config/gunicorn.py (make run)", current)):
                sync_rows.append((label, str(args.clients), *row, f"{float(row[2]) / float(baseline[2]):.2f}"))
            answered = len(stub.chat_requests())
    print(f"\nmodel delay {args.delay} s per answer, {args.clients} clients; {answered} model calls\n")
    print_table(rows)
    print()
    print_table(sync_rows)
    return 0


def drain_async(stack: Stack, n: int, args: argparse.Namespace) -> tuple[str, ...]:
    pool = stack.start(f"pool-{n}", [sys.executable, "manage.py", "rqworker-pool", "chat", "--num-workers", str(n)])
    wait_until(lambda: len(pool_workers(pool.popen.pid)) == n and registered(stack) == n, 60, f"{n} workers")
    started = time.perf_counter()
    with httpx.Client(base_url=stack.base_url, timeout=30) as client, ThreadPoolExecutor(args.clients) as threads:
        codes = list(threads.map(lambda _: client.post("/chat/async", json={"message": QUESTION}).status_code,
                                 range(args.questions)))  # fmt: skip
    if codes.count(202) != args.questions:
        raise BenchError(f"submissions refused: {sorted(set(codes))}")
    deadline = args.questions * args.delay / n * 3 + 60
    wait_until(lambda: finished(stack) >= args.questions, deadline, "the queue to drain", interval=0.1)
    drained = time.perf_counter() - started
    if bad := not_from_the_model(stack):
        raise BenchError(f"{bad} jobs failed or were not answered by the model")
    in_task = _query(stack, "SELECT avg(julianday(finished_at) - julianday(started_at)) * 86400 FROM chat_chatjob")
    rss, pss = memory(pool_workers(pool.popen.pid))
    stack.stop(pool)
    clear_jobs(stack)
    ideal = args.questions * args.delay / n
    return (str(n), str(args.questions), f"{drained:.1f}", f"{ideal:.1f}", f"{drained / ideal:.2f}",
            f"{in_task:.2f}", f"{rss:.0f}", f"{pss:.0f}")  # fmt: skip


def measure_sync(
    stack: Stack,
    args: argparse.Namespace,
    gunicorn_args: list[str],
    requests: int,
    app: str = "config.asgi:application",
) -> tuple[str, ...]:
    web = start_web(stack, workers=2, extra_args=gunicorn_args, app=app)
    with httpx.Client(base_url=stack.base_url, timeout=120) as client, ThreadPoolExecutor(args.clients) as threads:
        list(threads.map(lambda _: client.post("/chat/sync", json={"message": QUESTION}), range(args.clients)))
        started = time.perf_counter()
        replies = list(threads.map(lambda _: client.post("/chat/sync", json={"message": QUESTION}), range(requests)))
        elapsed = time.perf_counter() - started
    if any(r.status_code != 200 or r.json().get("backend") != "openai" for r in replies):
        raise BenchError("a synchronous answer failed or did not come from the model")
    stack.stop(web)
    return str(requests), f"{elapsed:.1f}", f"{requests / elapsed:.2f}"


def pool_workers(pool_pid: int) -> list[int]:
    """The pool's worker processes: its children (a work horse is a grandchild)."""
    return processes.children(pool_pid)


def memory(pids: list[int]) -> tuple[float, float]:
    """Mean RSS and PSS (MB) of `pids`."""
    rss = pss = 0.0
    for pid in pids:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss += int(line.split()[1]) / 1024
            elif line.startswith("Pss:"):
                pss += int(line.split()[1]) / 1024
    return rss / len(pids), pss / len(pids)


def registered(stack: Stack) -> int:
    return httpx.get(f"{stack.base_url}/health", timeout=5).json()["workers"]["chat"]


def _query(stack: Stack, sql: str) -> float:
    with contextlib.closing(sqlite3.connect(stack.db_path, timeout=30)) as conn:
        return conn.execute(sql).fetchone()[0]


def finished(stack: Stack) -> int:
    return _query(stack, "SELECT count(*) FROM chat_chatjob WHERE status IN ('finished', 'failed')")


def not_from_the_model(stack: Stack) -> int:
    return _query(stack, "SELECT count(*) FROM chat_chatjob WHERE status != 'finished' OR backend != 'openai'")


def clear_jobs(stack: Stack) -> None:
    with contextlib.closing(sqlite3.connect(stack.db_path, timeout=30)) as conn, conn:
        conn.execute("DELETE FROM chat_chatjob")


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
