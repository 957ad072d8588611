"""Putting work on the RQ queues: one place for ids, timeouts, TTLs and the Redis-down case.

Tasks are named by dotted path: tasks call services, never the other way round.
"""

import logging

from django.conf import settings
from redis.exceptions import RedisError
from rq import Callback, Retry
from rq.job import Job

from chat import queues
from chat.errors import is_transient

logger = logging.getLogger(__name__)


def enqueue(
    *,
    queue: str,
    task: str,
    job_id: str,
    description: str,
    timeout: int,
    on_failure: str,
    retry_intervals: list[int],
    **kwargs: str,
) -> bool:
    """Enqueue `task(**kwargs)` as job `job_id`; False (logged) if Redis refused it.

    A failed job is tried again after each of `retry_intervals` seconds (the scheduler that
    every chat.workers.Worker runs puts it back on its queue), unless `settle_failure` decides the failure is final.
    """
    retry = Retry(max=len(retry_intervals), interval=retry_intervals) if retry_intervals else None
    try:
        queues.get_queue(queue).enqueue(
            task,
            job_id=job_id,
            description=description,
            job_timeout=timeout,
            retry=retry,
            result_ttl=settings.RQ_RESULT_TTL,
            failure_ttl=settings.RQ_FAILURE_TTL,
            on_failure=Callback(on_failure),
            **kwargs,
        )
    except RedisError as exc:
        logger.error("could not enqueue %s (%s): %s", task, job_id, exc)
        return False
    return True


def settle_failure(job: Job, exc: BaseException) -> bool:
    """Called from failure callbacks: True if RQ will run the job again.

    A failure that would only repeat (a rejected API key, an unreadable PDF) cancels the
    remaining retries, so the job fails at once.
    """
    if not is_transient(exc):
        job.retries_left = 0
        return False
    return bool(job.retries_left and job.retries_left > 0)
