"""Chat jobs as their askers see them: the row, with RQ's fresher status while it runs."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.auth.models import User
from redis.exceptions import RedisError
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus

from chat.errors import QUEUE_UNAVAILABLE, QueueUnavailable
from chat.models import ChatJob
from chat.queue.connection import connection as redis_for
from chat.selectors.access import Asker, visible_sources

_RQ_TO_ROW = {
    JobStatus.STARTED: ChatJob.Status.STARTED,
    JobStatus.FINISHED: ChatJob.Status.FINISHED,
    JobStatus.FAILED: ChatJob.Status.FAILED,
    JobStatus.STOPPED: ChatJob.Status.FAILED,
    JobStatus.CANCELED: ChatJob.Status.FAILED,
}


@dataclass(frozen=True)
class ChatJobState:
    """A chat job as its poller sees it: the row, with RQ's fresher status while it runs.

    A read model, not the row: nothing here is saved. `answer` and `sources` are only set
    once the job finished; `error` and `backend` are None when empty.
    """

    job_id: str
    status: str
    answer: str | None
    error: str | None
    backend: str | None
    sources: list[dict]
    message: str
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    conversation_id: str | None = None


def job_get(*, job_id: str, asker: Asker) -> ChatJobState | None:
    """The asker's chat job with this id, or None for unknown, malformed and others' ids.
    Its sources from collections the asker can no longer read are left out.

    The row is the record. While it is not finished, RQ may know more (the row is written
    by the worker, which may not have got that far), so a live RQ status is folded in.
    Raises QueueUnavailable if that needs Redis and Redis is down (a finished job never does).
    """
    try:
        row = ChatJob.objects.get(id=uuid.UUID(job_id), owner=asker.user)
    except (ValueError, ChatJob.DoesNotExist):
        return None
    status, error = (row.status, row.error) if row.is_done else _with_rq_status(row)
    finished = status == ChatJob.Status.FINISHED
    return ChatJobState(
        job_id=str(row.id),
        status=status,
        answer=row.answer if finished else None,
        error=error or None,
        backend=row.backend or None,
        sources=visible_sources(asker=asker, sources=row.result.get("sources", [])) if finished else [],
        message=row.message,
        created_at=row.created_at,
        started_at=row.started_at,
        finished_at=row.finished_at,
        conversation_id=str(row.conversation_id) if row.conversation_id else None,
    )


def job_exists(*, job_id: str, owner: User | None) -> bool:
    """Whether the owner has a chat job with this id (malformed ids: no)."""
    try:
        return ChatJob.objects.filter(id=uuid.UUID(job_id), owner=owner).exists()
    except ValueError:
        return False


async def finished_job(*, job_id: str) -> ChatJob | None:
    """The job's row if it is finished or failed (for the event stream, in the event loop)."""
    row = await ChatJob.objects.filter(id=job_id).afirst()
    return row if row is not None and row.is_done else None


def _with_rq_status(row: ChatJob) -> tuple[str, str]:
    """(status, error) of an unfinished row, as RQ knows them now."""
    try:
        rq_job = Job.fetch(str(row.id), connection=redis_for(settings.CHAT_QUEUE))
        rq_status = rq_job.get_status()
    except NoSuchJobError:
        return row.status, row.error
    except RedisError as exc:
        raise QueueUnavailable(QUEUE_UNAVAILABLE) from exc
    live = _RQ_TO_ROW.get(rq_status)
    if live == ChatJob.Status.STARTED and row.status == ChatJob.Status.QUEUED:
        return live, row.error
    if live == ChatJob.Status.FAILED:
        result = rq_job.latest_result()
        return live, row.error or _last_line(result.exc_string if result else "") or f"Job {rq_status}."
    return row.status, row.error


def _last_line(text: str | None) -> str:
    lines = [line for line in (text or "").strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""
