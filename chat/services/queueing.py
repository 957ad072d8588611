"""Putting work on the RQ queues: one place for ids, timeouts, TTLs and the Redis-down case.

Tasks are named by dotted path: tasks call services, never the other way round.
"""

import logging

import django_rq
from django.conf import settings
from redis.exceptions import RedisError
from rq import Callback

logger = logging.getLogger(__name__)

QUEUE_UNAVAILABLE = "The job queue is unavailable; please try again later."


class QueueUnavailable(Exception):
    """Redis could not take the job; the row that tracks it was marked failed."""


def enqueue(
    *, queue: str, task: str, job_id: str, description: str, timeout: int, on_failure: str, **kwargs: str
) -> bool:
    """Enqueue `task(**kwargs)` as job `job_id`; False (logged) if Redis refused it."""
    try:
        django_rq.get_queue(queue).enqueue(
            task,
            job_id=job_id,
            description=description,
            job_timeout=timeout,
            result_ttl=settings.RQ_RESULT_TTL,
            failure_ttl=settings.RQ_FAILURE_TTL,
            on_failure=Callback(on_failure),
            **kwargs,
        )
    except RedisError as exc:
        logger.error("could not enqueue %s (%s): %s", task, job_id, exc)
        return False
    return True
