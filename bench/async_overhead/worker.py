"""The one `manage.py rqworker` of a measurement: the class it uses when given none, started and
stopped (its start-up time read from Redis), and what RQ recorded of its jobs: time inside each
and between them, and a queue left empty.
"""

from __future__ import annotations

import contextlib
import itertools
import sys
from collections.abc import Sequence

import redis
from redis.exceptions import RedisError
from rq import Queue, Worker
from rq.job import Job

from bench.stack import BenchError, Process, Stack
from bench.stats import mean


def configured_worker_class() -> str:
    """The dotted path of the class `manage.py rqworker` uses when given none."""
    from django_rq.workers import get_worker_class

    cls = get_worker_class()
    return f"{cls.__module__}.{cls.__qualname__}"


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
