"""Chat jobs: create the ChatJob row, enqueue it on commit, and record how it ends.

The row is the durable record (it outlives Redis' result TTL); RQ carries the work. The job
id is chosen here, before the row is written, so the row and the RQ job share it and a fast
worker never looks for a row that has not been committed yet.
"""

import uuid
from collections.abc import Collection
from functools import partial

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from chat.errors import QUEUE_UNAVAILABLE, QueueUnavailable
from chat.models import ChatJob
from chat.services.answering import Answer
from chat.services.queueing import enqueue


def submit_chat(
    *, message: str, owner: User | None = None, document_ids: Collection[uuid.UUID | str] | None = None
) -> ChatJob:
    """Store the question and enqueue it on the chat queue once the row is committed.

    Raises QueueUnavailable if Redis refused the job at commit time. Inside an outer
    transaction the enqueue waits for the outer commit; a failure then still marks the row
    failed, so polling shows why.
    """
    ids = None if document_ids is None else [str(i) for i in document_ids]
    chat_job = ChatJob(id=uuid.uuid4(), owner=owner, message=message, document_ids=ids)
    with transaction.atomic():
        chat_job.save(force_insert=True)
        transaction.on_commit(partial(_enqueue_chat, chat_job=chat_job))
    if chat_job.status == ChatJob.Status.FAILED:
        raise QueueUnavailable(chat_job.error)
    return chat_job


def _enqueue_chat(*, chat_job: ChatJob) -> None:
    queued = enqueue(
        queue=settings.CHAT_QUEUE,
        task="chat.tasks.run_chat",
        job_id=str(chat_job.id),
        description=f"answer {chat_job.message[:80]!r}",
        timeout=settings.CHAT_JOB_TIMEOUT,
        on_failure="chat.tasks.on_chat_failure",
        retry_intervals=settings.CHAT_RETRY_INTERVALS,
        chat_job_id=str(chat_job.id),
    )
    if not queued:  # never raise from a commit hook: record it where the caller and pollers see it
        mark_failed(chat_job_id=chat_job.id, error=QUEUE_UNAVAILABLE)
        chat_job.status, chat_job.error = ChatJob.Status.FAILED, QUEUE_UNAVAILABLE


def mark_started(*, chat_job_id: uuid.UUID | str) -> ChatJob:
    """Record that a worker picked the job up; returns the row (the task needs its message)."""
    chat_job = ChatJob.objects.select_related("owner").get(id=chat_job_id)
    chat_job.status = ChatJob.Status.STARTED
    chat_job.started_at = timezone.now()
    chat_job.save(update_fields=["status", "started_at"])
    return chat_job


def mark_finished(*, chat_job_id: uuid.UUID | str, answer: Answer) -> None:
    """Record the answer and everything that came with it."""
    ChatJob.objects.filter(id=chat_job_id).update(
        status=ChatJob.Status.FINISHED,
        answer=answer.text,
        backend=answer.backend,
        result=answer.as_result(),
        error="",
        finished_at=timezone.now(),
    )


def record_failure(*, chat_job_id: uuid.UUID | str, error: str, retrying: bool) -> None:
    """A run failed: the job is failed for good, or queued again with the reason it is retried."""
    if retrying:
        ChatJob.objects.filter(id=chat_job_id).update(status=ChatJob.Status.QUEUED, error=f"Retrying after: {error}")
    else:
        mark_failed(chat_job_id=chat_job_id, error=error)


def mark_failed(*, chat_job_id: uuid.UUID | str, error: str) -> None:
    """Record a readable reason for the failure; the answer stays empty."""
    ChatJob.objects.filter(id=chat_job_id).update(status=ChatJob.Status.FAILED, error=error, finished_at=timezone.now())
