"""The set-up on a fresh stack: the API user and its token, the Octave reference card ingested
for it, gunicorn and the rq workers started and registered; and the check that no rq worker has
exited, which the drain repeats every round.
"""

from __future__ import annotations

import argparse
import contextlib
import sys

import redis
from rq import Worker

from bench.load.constants import CHAT_QUEUE, PDF, USERNAME
from bench.stack import BenchError, Stack, api_users, manage, start_web, wait_until


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
