"""Concurrency with a slow model: how fast queued and synchronous questions drain when every
answer waits seconds for the model server.

    make bench-llm                                     # 200 questions, N = 1, 4, 8 workers
    python -m bench.llm_bound --workers 4 8 --questions 100
    python -m bench.llm_bound --tiny                   # 4 questions, 2 workers, 0.2 s answers: proves it runs

A private stack (bench/stack/: redis-server, a fresh SQLite database with the Octave
reference card ingested) talks to the tests' OpenAI-protocol stub
(tests/support/openai_stub.py), here in this process, which answers every chat completion
after --delay seconds (2 s).

  async   for each N: `manage.py rqworker-pool chat --num-workers N` (as `make run` starts
          its chat workers); --questions POST /chat/async from --clients threads, timed
          from the first submission until the last job is finished (read from the ChatJob
          table). Ideal: questions x delay / N; "task s/job" is the mean time inside the
          task (started to finished: the model's delay plus retrieval and two writes), the
          rest of a job's time is RQ's (dequeue, fork, results); "drain/ideal" is the ratio.
          Memory: each pool worker's resident set (RSS) and proportional share (PSS: shared
          pages split between the processes that map them), read from /proc once the queue
          is drained.
  sync    --clients threads POST /chat/sync against gunicorn with config/gunicorn.py (what
          `make run` serves: WEB_CONCURRENCY x WEB_THREADS), and against the baseline of
          two sync workers (the configuration before, the baseline row), answers/s.

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
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from bench import cli
from bench.stack import ROOT, BenchError, Stack, manage, running_stack, start_web, wait_until, workers_on
from bench.tables import Num, Ratio, print_table
from scripts import processes
from tests.support.openai_stub import OpenAIStubServer

ASYNC_HEADER = ["workers", "questions", "drain s", "ideal s", "task s/job", "RSS MB/worker", "PSS MB/worker"]
SYNC_HEADER = ["web server", "clients", "answers", "seconds", "answers/s"]
# The web servers /chat/sync is measured on: (label, gunicorn arguments, app, share of --sync-requests).
# "asgi" is config/gunicorn.py as `make run` serves it, the server the async part ran against.
SYNC_SERVERS = {
    "sync": ("2 sync workers (the first make run)", ["--worker-class", "sync", "--threads", "1"], "config.wsgi", 0.2),
    "gthread": ("WSGI, gthread 2 x 16", ["--worker-class", "gthread", "--threads", "16"], "config.wsgi", 1.0),
    "asgi": ("ASGI, config/gunicorn.py (make run)", [], "config.asgi:application", 1.0),
}
QUESTION = "How do I plot data with a logarithmic x axis but a linear y axis?"  # the card covers it


# --tiny: a few questions and quick answers, 2 workers; every server configuration still started.
TINY = {"workers": [2], "questions": 4, "clients": 2, "delay": 0.2, "sync_requests": 5, "sync_servers": ["asgi"]}


def main(argv: Sequence[str] | None = None) -> int:
    parser = cli.parser(__doc__)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 4, 8], help="N chat workers (default 1 4 8)")
    parser.add_argument("--questions", type=int, default=200, help="async questions per N (default 200)")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients (default 20)")
    parser.add_argument("--delay", type=float, default=2.0, help="seconds the model takes per answer (default 2)")
    parser.add_argument("--sync-requests", type=int, default=200, help="/chat/sync requests (default 200)")
    parser.add_argument(
        "--sync-servers", nargs="+", choices=list(SYNC_SERVERS), default=list(SYNC_SERVERS),
        help="web servers /chat/sync is measured on (default all; the first one given is the baseline)",
    )  # fmt: skip
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = cli.parse(parser, argv, TINY)

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
            web = start_web(stack, workers=2)
            rows = [drain_async(stack, n, args) for n in args.workers]
            measured = {}
            if "asgi" in args.sync_servers:  # the server already running: no restart
                measured["asgi"] = measure_sync(stack, args, round(args.sync_requests * SYNC_SERVERS["asgi"][3]))
            stack.stop(web)
            for name in args.sync_servers:
                if name not in measured:
                    _, extra, app, share = SYNC_SERVERS[name]
                    web = start_web(stack, workers=2, extra_args=extra, app=app)
                    measured[name] = measure_sync(stack, args, max(1, round(args.sync_requests * share)))
                    stack.stop(web)
            sync_rows = [[SYNC_SERVERS[name][0], *measured[name]] for name in args.sync_servers]
            answered = len(stub.chat_requests())
    print(f"\nmodel delay {args.delay} s per answer, {args.clients} clients; {answered} model calls")
    print_table(ASYNC_HEADER, rows, ratios=[Ratio("drain s", to="ideal s", title="drain/ideal")],
                title="queued questions (POST /chat/async), drained by N chat workers")  # fmt: skip
    print_table(SYNC_HEADER, sync_rows, ratios=[Ratio("answers/s", row=0, title=f"vs {args.sync_servers[0]}")],
                title="POST /chat/sync, answers/s")  # fmt: skip
    return 0


def drain_async(stack: Stack, n: int, args: argparse.Namespace) -> list[object]:
    pool = stack.start(f"pool-{n}", [sys.executable, "manage.py", "rqworker-pool", "chat", "--num-workers", str(n)])
    wait_until(lambda: len(pool_workers(pool.popen.pid)) == n and workers_on(stack, "chat") == n, 60, f"{n} workers")
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
    return [n, args.questions, Num(drained, ".1f"), Num(ideal, ".1f"), Num(in_task), Num(rss, ".0f"), Num(pss, ".0f")]


def measure_sync(stack: Stack, args: argparse.Namespace, requests: int) -> list[object]:
    """`requests` POST /chat/sync to the running web server from --clients threads, after a
    warm-up round: [clients, answers, seconds, answers/s]."""
    with httpx.Client(base_url=stack.base_url, timeout=120) as client, ThreadPoolExecutor(args.clients) as threads:
        list(threads.map(lambda _: client.post("/chat/sync", json={"message": QUESTION}), range(args.clients)))
        started = time.perf_counter()
        replies = list(threads.map(lambda _: client.post("/chat/sync", json={"message": QUESTION}), range(requests)))
        elapsed = time.perf_counter() - started
    if any(r.status_code != 200 or r.json().get("backend") != "openai" for r in replies):
        raise BenchError("a synchronous answer failed or did not come from the model")
    return [args.clients, requests, Num(elapsed, ".1f"), Num(requests / elapsed)]


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
    cli.run(main)
