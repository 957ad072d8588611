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

Fair kinds (ingestion, vectors, OCR batches, chat) are shared out per owner: an owner has at most
`owner_slots` jobs queued or running in a queue, through RQ 3's RateLimit (one key per queue
and owner). The rest wait in RQ's rate-limited set and are pushed to the BACK of the queue,
oldest first, each time one of that owner's jobs ends: finished, failed for good, stopped,
abandoned by a killed worker (RQ's cleanup), canceled, or waiting for a delayed retry. So a
newcomer's job is queued behind at most `owner_slots` jobs of each other owner, whatever their
backlog. (RQ's dependencies could do the same, but a canceled or stopped dependency never
releases its dependents, and a deferred job has no owner-wide view; RQ's own maintenance frees
leaked RateLimit slots.) A document's kinds keep its job ids, so deleting it cancels them.
"""

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.db import transaction
from django.db.models import Model
from redis.exceptions import RedisError
from rq import Callback, RateLimit, Retry
from rq.exceptions import InvalidJobOperation, NoSuchJobError
from rq.job import Job, JobStatus
from rq.rate_limit import RateLimitRegistry
from rq.timeouts import JobTimeoutException

from chat import metrics, request_ids
from chat.errors import QUEUE_UNAVAILABLE, QueueUnavailable, ReadableError, describe_failure
from chat.queue.connection import connection, get_queue

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
    # Fair kinds: the setting with each owner's slots in the queue (None: plain FIFO, chat jobs).
    owner_slots_setting: str | None = None
    failure_kwargs: tuple[str, ...] = ()  # task keyword arguments mark_failed/mark_retrying also get
    cancel_with_row: bool = False  # its ids are kept so that deleting the row cancels it (cancel_jobs)


def enqueue_on_commit(
    *, kind: JobKind, job_id: str, row_id: str, description: str, owner_id: int | None = None, **task_kwargs: object
) -> None:
    """Once the caller's transaction commits, enqueue `kind.task(row_id, **task_kwargs)` as job
    `job_id`, in `owner_id`'s share of the queue for fair kinds; if Redis refuses it, the row is
    marked failed (never raised from a commit hook)."""
    transaction.on_commit(
        partial(
            _enqueue, kind=kind, job_id=job_id, row_id=row_id, description=description, owner_id=owner_id,
            task_kwargs=task_kwargs, request_id=request_ids.current(),
        )
    )  # fmt: skip


def save_and_enqueue(*, row: Model, save: Callable[[], None], kind: JobKind, job_id: str, description: str) -> None:
    """Save the row and enqueue its job on commit; QueueUnavailable if Redis refused it.

    Inside an outer transaction the enqueue waits for the outer commit; a refusal then still
    marks the row failed, so polling shows why.
    """
    refused: list[str] = []
    with transaction.atomic():
        save()
        transaction.on_commit(
            partial(
                _enqueue, kind=kind, job_id=job_id, row_id=str(row.pk), description=description, refused=refused,
                owner_id=getattr(row, "owner_id", None), request_id=request_ids.current(),
            )
        )  # fmt: skip
    if refused:
        row.refresh_from_db(fields=["status", "error"])  # as kind.mark_failed left it
        raise QueueUnavailable(QUEUE_UNAVAILABLE)


def _enqueue(
    *,
    kind: JobKind,
    job_id: str,
    row_id: str,
    description: str,
    refused: list | None = None,
    owner_id: int | None = None,
    task_kwargs: dict | None = None,
    request_id: str = "",
) -> None:
    intervals = getattr(settings, kind.retry_setting)
    queue_name = getattr(settings, kind.queue_setting)
    rate_limit = None
    if kind.owner_slots_setting:
        owner = "none" if owner_id is None else owner_id
        rate_limit = RateLimit(
            key=f"pdfchat:{queue_name}:owner:{owner}", concurrency=getattr(settings, kind.owner_slots_setting)
        )
    try:
        if kind.cancel_with_row:
            _remember(row_id=row_id, job_id=job_id)
        job = get_queue(queue_name).enqueue(
            kind.task,
            job_id=job_id,
            description=description,
            job_timeout=getattr(settings, kind.timeout_setting),
            retry=Retry(max=len(intervals), interval=intervals) if intervals else None,
            result_ttl=settings.RQ_RESULT_TTL,
            failure_ttl=settings.RQ_FAILURE_TTL,
            on_failure=Callback(kind.on_failure),
            rate_limit=rate_limit,
            # The id of the request (or job) that asked, taken when it asked: the worker logs with
            # it (chat/request_ids.py), and the job's own jobs inherit it.
            meta={request_ids.META_KEY: request_id} if request_id else None,
            **{kind.row_kwarg: row_id},
            **(task_kwargs or {}),
        )
        if rate_limit is not None and job.get_status(refresh=False) == JobStatus.RATE_LIMITED:
            _keep_upload_order(job=job, key=rate_limit.key)
    except RedisError as exc:
        logger.error("could not enqueue %s (%s): %s", kind.task, job_id, exc)
        kind.mark_failed(**{kind.row_kwarg: row_id}, error=QUEUE_UNAVAILABLE, **(task_kwargs or {}))
        if refused is not None:
            refused.append(job_id)


def settle_failure(*, kind: JobKind, job: Job, exc: BaseException) -> None:
    """What every failure callback does (RQ calls it for exceptions, timeouts and a killed
    worker's job): the row is queued for RQ's retry if one is left and the failure may pass,
    or failed for good. A failure that would only repeat cancels the remaining retries."""
    row_id, error = job.kwargs[kind.row_kwarg], describe_failure(exc)
    if not is_transient(exc):
        job.retries_left = 0
    retrying = bool(job.retries_left and job.retries_left > 0)
    metrics.JOBS.labels(metrics.job_kind(kind.task), "retried" if retrying else "failed").inc()
    mark = kind.mark_retrying if retrying else kind.mark_failed
    mark(**{kind.row_kwarg: row_id}, error=error, **{name: job.kwargs[name] for name in kind.failure_kwargs})


def is_transient(exc: BaseException) -> bool:
    """Whether a job that failed with `exc` is worth retrying."""
    if isinstance(exc, ReadableError):
        return exc.transient  # a 429 or 500 from a model server; not a rejected key or a bad PDF
    if isinstance(exc, JobTimeoutException | MemoryError):
        return False  # it would time out, or run out of memory, again
    return True  # a killed worker, a lost connection, a locked database: try again


def _keep_upload_order(*, job: Job, key: str) -> None:
    """RQ orders an owner's waiting jobs by whole seconds, then by job id: within a second,
    by chance. Scored to the microsecond instead, they are released in the order they came
    (XX: unless it was released meanwhile)."""
    job.connection.zadd(RateLimitRegistry(key, job.connection).rate_limited_key, {job.id: time.time()}, xx=True)


# --- A row's jobs, so that deleting the row cancels them ------------------------------------

WAITING = (JobStatus.QUEUED, JobStatus.DEFERRED, JobStatus.SCHEDULED, JobStatus.RATE_LIMITED)


def _jobs_key(row_id: str) -> str:
    return f"pdfchat:row-jobs:{row_id}"


def _remember(*, row_id: str, job_id: str) -> None:
    redis = connection(settings.INGEST_QUEUE)
    with redis.pipeline() as pipe:
        pipe.sadd(_jobs_key(row_id), job_id)
        pipe.expire(_jobs_key(row_id), settings.RQ_FAILURE_TTL)
        pipe.execute()


def cancel_jobs(*, row_id: str) -> list[str]:
    """Cancel the row's jobs that have not started (queued, waiting for a slot or a retry); the
    ids canceled. A running one is left to notice that its row is gone and stop quietly; its
    slot is freed when it ends, and a canceled job's slot at once (RQ's RateLimit)."""
    redis = connection(settings.INGEST_QUEUE)
    canceled = []
    for raw in redis.smembers(_jobs_key(row_id)):
        job_id = raw.decode()
        try:
            job = Job.fetch(job_id, connection=redis)
            if job.get_status() in WAITING:
                job.cancel()
                canceled.append(job_id)
        except (NoSuchJobError, InvalidJobOperation):
            continue  # expired, or canceled meanwhile
    redis.delete(_jobs_key(row_id))
    return canceled
