"""The bare path: `answer_question` enqueued N times straight into Redis with rq, then each job
polled in order until its result can be fetched. Its results are app classes, hence Django set
up in this process as in the children.
"""

from __future__ import annotations

import os
import time

import redis
from rq import Queue
from rq.job import JobStatus

from bench.async_overhead.constants import BARE_QUEUE, BARE_TASK
from bench.async_overhead.measurement import Run, Settings, check_answer
from bench.async_overhead.worker import check_drained, job_timings, start_worker, stop_worker
from bench.stack import BenchError, Stack


def setup_django(env: dict[str, str]) -> None:
    """Configure Django here as in the children: bare results unpickle app classes (Answer)."""
    import django

    os.environ.clear()
    os.environ.update(env, LOG_LEVEL="WARNING")  # no INFO line per HTTP request from httpx
    django.setup()


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
