"""Reads: look things up, never write."""

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.auth.models import User
from django.db.models import Count, Prefetch, QuerySet
from redis.exceptions import RedisError
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus

from chat.errors import QUEUE_UNAVAILABLE, QueueUnavailable
from chat.models import ChatJob, Chunk, Conversation, Document, Message
from chat.queue.connection import connection as redis_for
from chat.retrieval.terms import partition
from chat.retrieval.types import Scope

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


def job_get(*, job_id: str, owner: User | None) -> ChatJobState | None:
    """The owner's chat job with this id, or None for unknown, malformed and others' ids.

    The row is the record. While it is not finished, RQ may know more (the row is written
    by the worker, which may not have got that far), so a live RQ status is folded in.
    Raises QueueUnavailable if that needs Redis and Redis is down (a finished job never does).
    """
    try:
        row = ChatJob.objects.get(id=uuid.UUID(job_id), owner=owner)
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
        sources=row.result.get("sources", []) if finished else [],
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


def conversation_list(*, owner: User | None) -> QuerySet[Conversation]:
    """The owner's conversations, most recently active first, with their message counts."""
    return (
        Conversation.objects.filter(owner=owner)
        .annotate(message_count=Count("messages"))
        .order_by("-last_message_at", "id")
    )


def conversation_get(*, conversation_id: str, owner: User | None) -> Conversation | None:
    """The owner's conversation with its messages (oldest first), or None for unknown ids."""
    try:
        uuid.UUID(conversation_id)
    except ValueError:
        return None
    ordered = Prefetch("messages", queryset=Message.objects.order_by("created_at", "id"), to_attr="ordered_messages")
    return conversation_list(owner=owner).prefetch_related(ordered).filter(id=conversation_id).first()


def document_list(*, owner: User | None, status: str | None = None) -> QuerySet[Document]:
    """The owner's documents, newest first, optionally only those with one status."""
    documents = Document.objects.filter(owner=owner)
    if status in Document.Status.values:
        documents = documents.filter(status=status)
    return documents.order_by("-created_at", "id")


def document_get(*, document_id: str, owner: User | None) -> Document | None:
    """The owner's document with this id, or None for unknown, malformed and others' ids."""
    try:
        return Document.objects.get(id=uuid.UUID(document_id), owner=owner)
    except (ValueError, Document.DoesNotExist):
        return None


def ready_documents(
    *, owner: User | None, document_ids: Collection[uuid.UUID | str] | None = None
) -> QuerySet[Document]:
    """The owner's documents that can be searched, optionally limited to some ids."""
    documents = Document.objects.filter(owner=owner, status=Document.Status.READY)
    if document_ids is not None:
        documents = documents.filter(id__in=list(document_ids))
    return documents


def search_scope(*, owner: User | None, document_ids: Collection[uuid.UUID | str] | None = None) -> Scope:
    """What a question of `owner` searches: their ready documents (or only `document_ids`) and its totals."""
    documents = ready_documents(owner=owner, document_ids=document_ids)
    rows = sorted(documents.values_list("id", "chunk_count", "token_count", "vector_model", "vectors_done"))
    return Scope(
        document_ids=tuple(row[0] for row in rows),
        prefix=partition(owner.pk if owner is not None else None),
        chunk_count=sum(row[1] for row in rows),
        token_count=sum(row[2] for row in rows),
        vector_models=tuple((row[0], row[3]) for row in rows if row[3] and row[4]),
    )


def owners_with_documents() -> list[str]:
    """The names of the users who have ready documents, sorted."""
    ready = Document.objects.filter(status=Document.Status.READY, owner__isnull=False)
    return sorted(set(ready.values_list("owner__username", flat=True)))


def chunks_by_id(*, chunk_ids: Collection[int]) -> dict[int, Chunk]:
    """Chunks with their document loaded, keyed by id (for turning search hits into sources)."""
    return Chunk.objects.select_related("document").defer("embedding", "search_terms").in_bulk(list(chunk_ids))
