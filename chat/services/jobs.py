"""Chat jobs: create the ChatJob row, enqueue it on commit, and record how it ends.

The row is the durable record (it outlives Redis' result TTL); RQ carries the work. The job
id is chosen here, before the row is written, so the row and the RQ job share it and a fast
worker never looks for a row that has not been committed yet.
"""

import logging
import uuid
from collections.abc import Collection
from functools import partial

import django_rq
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from redis.exceptions import RedisError
from rq import Callback

from chat.models import ChatJob
from chat.services.answering import Answer

logger = logging.getLogger(__name__)

QUEUE_UNAVAILABLE = "The job queue is unavailable; please try again later."


class QueueUnavailable(Exception):
    """Redis could not take the job; the ChatJob row was marked failed."""


def submit_chat(*, message: str, document_ids: Collection[uuid.UUID | str] | None = None) -> ChatJob:
    """Store the question and enqueue it on the chat queue once the row is committed.

    Raises QueueUnavailable if Redis refused the job at commit time. Inside an outer
    transaction the enqueue waits for the outer commit; a failure then still marks the row
    failed, so polling shows why.
    """
    ids = None if document_ids is None else [str(i) for i in document_ids]
    chat_job = ChatJob(id=uuid.uuid4(), message=message, document_ids=ids)
    with transaction.atomic():
        chat_job.save(force_insert=True)
        transaction.on_commit(partial(_enqueue_chat, chat_job=chat_job))
    if chat_job.status == ChatJob.Status.FAILED:
        raise QueueUnavailable(chat_job.error)
    return chat_job


def _enqueue_chat(*, chat_job: ChatJob) -> None:
    queue = django_rq.get_queue(settings.CHAT_QUEUE)
    try:
        # Tasks are named by path: tasks call services, never the other way round.
        queue.enqueue(
            "chat.tasks.run_chat",
            chat_job_id=str(chat_job.id),
            job_id=str(chat_job.id),
            description=f"answer {chat_job.message[:80]!r}",
            job_timeout=settings.CHAT_JOB_TIMEOUT,
            result_ttl=settings.CHAT_RESULT_TTL,
            failure_ttl=settings.CHAT_FAILURE_TTL,
            on_failure=Callback("chat.tasks.on_chat_failure"),
        )
    except RedisError as exc:
        # Never raise from a commit hook: record the failure where the caller and pollers see it.
        logger.error("could not enqueue chat job %s: %s", chat_job.id, exc)
        mark_failed(chat_job_id=chat_job.id, error=QUEUE_UNAVAILABLE)
        chat_job.status, chat_job.error = ChatJob.Status.FAILED, QUEUE_UNAVAILABLE


def mark_started(*, chat_job_id: uuid.UUID | str) -> ChatJob:
    """Record that a worker picked the job up; returns the row (the task needs its message)."""
    chat_job = ChatJob.objects.get(id=chat_job_id)
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


def mark_failed(*, chat_job_id: uuid.UUID | str, error: str) -> None:
    """Record a readable reason for the failure; the answer stays empty."""
    ChatJob.objects.filter(id=chat_job_id).update(status=ChatJob.Status.FAILED, error=error, finished_at=timezone.now())
