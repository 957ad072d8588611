"""The lifecycle of a queued job, the same for chat jobs, ingestions and vectors.

    submit: save the row and enqueue on commit ----> the task runs (tasks.py -> a service)
              (Redis refuses: the row is failed,        | fails
               and QueueUnavailable says so)            v
                                                  settle_failure: retry if worth it (row queued
                                                  again, "Retrying after: ..."), else failed

The row (ChatJob, Document) is the durable record and RQ carries the work; the job id is
chosen before the row is written, so a fast worker never looks for an uncommitted row.
Each kind of job says once, in a `JobKind`, which queue, task, timeout and retries it uses
and how its row records "retrying" and "failed".
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.db import transaction
from django.db.models import Model
from redis.exceptions import RedisError
from rq import Callback, Retry
from rq.job import Job
from rq.timeouts import JobTimeoutException

from chat.failures import QUEUE_UNAVAILABLE, QueueUnavailable, ReadableError, describe_failure
from chat.rq_queues import get_queue

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class JobKind:
    """One kind of queued job. Settings are named, not read, so they are read at enqueue time."""

    queue_setting: str  # e.g. "CHAT_QUEUE"
    task: str  # dotted path of the RQ task (chat/tasks.py)
    on_failure: str  # dotted path of its RQ failure callback (chat/tasks.py)
    timeout_setting: str
    retry_setting: str  # the seconds before each retry
    row_kwarg: str  # the task's keyword argument that carries the row id
    # Called as f(<row_kwarg>=row id, error=readable error): failed for good / queued for a retry.
    mark_failed: Callable[..., None]
    mark_retrying: Callable[..., None]


def enqueue_on_commit(*, kind: JobKind, job_id: str, row_id: str, description: str) -> None:
    """Once the caller's transaction commits, enqueue `kind.task(row_id)` as job `job_id`;
    if Redis refuses it, the row is marked failed (never raised from a commit hook)."""
    transaction.on_commit(partial(_enqueue, kind=kind, job_id=job_id, row_id=row_id, description=description))


def save_and_enqueue(*, row: Model, save: Callable[[], None], kind: JobKind, job_id: str, description: str) -> None:
    """Save the row and enqueue its job on commit; QueueUnavailable if Redis refused it.

    Inside an outer transaction the enqueue waits for the outer commit; a refusal then still
    marks the row failed, so polling shows why.
    """
    refused: list[str] = []
    with transaction.atomic():
        save()
        transaction.on_commit(
            partial(_enqueue, kind=kind, job_id=job_id, row_id=str(row.pk), description=description, refused=refused)
        )
    if refused:
        row.refresh_from_db(fields=["status", "error"])  # as kind.mark_failed left it
        raise QueueUnavailable(QUEUE_UNAVAILABLE)


def _enqueue(*, kind: JobKind, job_id: str, row_id: str, description: str, refused: list | None = None) -> None:
    intervals = getattr(settings, kind.retry_setting)
    try:
        get_queue(getattr(settings, kind.queue_setting)).enqueue(
            kind.task,
            job_id=job_id,
            description=description,
            job_timeout=getattr(settings, kind.timeout_setting),
            retry=Retry(max=len(intervals), interval=intervals) if intervals else None,
            result_ttl=settings.RQ_RESULT_TTL,
            failure_ttl=settings.RQ_FAILURE_TTL,
            on_failure=Callback(kind.on_failure),
            **{kind.row_kwarg: row_id},
        )
    except RedisError as exc:
        logger.error("could not enqueue %s (%s): %s", kind.task, job_id, exc)
        kind.mark_failed(**{kind.row_kwarg: row_id}, error=QUEUE_UNAVAILABLE)
        if refused is not None:
            refused.append(job_id)


def settle_failure(*, kind: JobKind, job: Job, exc: BaseException) -> None:
    """What every failure callback does (RQ calls it for exceptions, timeouts and a killed
    worker's job): the row is queued for RQ's retry if one is left and the failure may pass,
    or failed for good. A failure that would only repeat cancels the remaining retries."""
    row_id, error = job.kwargs[kind.row_kwarg], describe_failure(exc)
    if not is_transient(exc):
        job.retries_left = 0
    mark = kind.mark_retrying if job.retries_left and job.retries_left > 0 else kind.mark_failed
    mark(**{kind.row_kwarg: row_id}, error=error)


def is_transient(exc: BaseException) -> bool:
    """Whether a job that failed with `exc` is worth retrying."""
    if isinstance(exc, ReadableError):
        return exc.transient  # a 429 or 500 from a model server; not a rejected key or a bad PDF
    if isinstance(exc, JobTimeoutException):
        return False  # it would time out again
    return True  # a killed worker, a lost connection, a locked database: try again
