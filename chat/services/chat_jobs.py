"""Chat jobs: store the question, queue it (queue/lifecycle.py), record how it ends.

The ChatJob row outlives Redis' result TTL; its id is the RQ job's id.
"""

import uuid
from collections.abc import Collection

from django.conf import settings
from django.contrib.auth.models import User
from django.utils import timezone

from chat import request_ids
from chat.errors import LimitReached, ReadableError
from chat.models import ChatJob, Message
from chat.queue import events as job_events
from chat.queue.lifecycle import JobKind, save_and_enqueue
from chat.selectors.access import Asker, readable_pks, token_refusal
from chat.services import conversations
from chat.services.answering import Answer, answer_question


def submit_chat(
    *,
    message: str,
    asker: Asker,
    collection_ids: Collection[uuid.UUID | str] | None = None,
    document_ids: Collection[uuid.UUID | str] | None = None,
    conversation_id: uuid.UUID | str | None = None,
    new_conversation: bool = False,
) -> ChatJob:
    """Store the question (in its conversation, if any) and enqueue it once committed.

    Raises QueueUnavailable if Redis refused the job (the row is then failed, saying why),
    ConversationNotFound for someone else's or an unknown conversation, LimitReached when the
    owner already has QUEUED_CHAT_JOBS_PER_USER questions waiting or being answered (one
    user's thousand questions must not fill the chat workers' queue for everyone), NotFound
    for a collection the asker may not read. The worker checks access again when it runs.
    """
    owner = asker.user
    _check_queued_limit(owner=owner)
    if collection_ids is not None:
        readable_pks(asker=asker, keys=collection_ids)  # one the asker may not read is a 404 now, not a failed job
    conversation = conversations.open_conversation(asker=asker, conversation_id=conversation_id, new=new_conversation)
    chat_job = ChatJob(
        id=uuid.uuid4(),
        owner=owner,
        token=asker.token,
        asked_with_token=asker.token is not None,
        message=message,
        collection_ids=None if collection_ids is None else [str(i) for i in collection_ids],
        document_ids=None if document_ids is None else [str(i) for i in document_ids],
        conversation=conversation,
        request_id=request_ids.current(),  # the asking request's X-Request-ID, also in the RQ job's meta
    )

    def save() -> None:
        chat_job.save(force_insert=True)
        if conversation is not None:
            conversations.record_question(conversation=conversation, text=message, chat_job=chat_job)
        # Before the enqueue: a fast worker's "started" must not come first. A stream opened
        # on a job still waiting for a worker gets this at once.
        job_events.append(job_id=str(chat_job.id), type="status", data={"status": ChatJob.Status.QUEUED})

    save_and_enqueue(
        row=chat_job, save=save, kind=CHAT_JOB, job_id=str(chat_job.id), description=f"answer {message[:80]!r}"
    )
    return chat_job


def _check_queued_limit(*, owner: User | None) -> None:
    limit = settings.QUEUED_CHAT_JOBS_PER_USER
    if limit <= 0:
        return
    unfinished = ChatJob.objects.filter(owner=owner, status__in=[ChatJob.Status.QUEUED, ChatJob.Status.STARTED])
    if unfinished.count() >= limit:
        raise LimitReached(
            f"You have {limit} questions queued or being answered, the most one user may "
            "(QUEUED_CHAT_JOBS_PER_USER); wait for some to finish.",
            retry_after=30,
        )


def answer_chat_job(*, chat_job: ChatJob) -> Answer:
    """The job's answer: in its conversation (history, follow-up, recorded), or on its own;
    its text goes to the job's events as it is written.

    Access is checked again now, not when the question was queued: a token revoked or a
    membership removed meanwhile fails the job (ReadableError, NotFound), saying why.
    """
    if chat_job.asked_with_token and (refusal := token_refusal(token=chat_job.token)):
        raise ReadableError(f"Not answered: {refusal}")
    asker = Asker(user=chat_job.owner, token=chat_job.token)
    deltas = job_events.DeltaWriter(str(chat_job.id))
    kwargs = {"asker": asker, "collection_ids": chat_job.collection_ids, "document_ids": chat_job.document_ids,
              "on_delta": deltas}  # fmt: skip
    question = chat_job.messages.filter(role=Message.Role.USER).first() if chat_job.conversation_id else None
    try:
        if question is None:
            return answer_question(message=chat_job.message, **kwargs)
        return conversations.answer_in_conversation(question=question, **kwargs)
    finally:
        deltas.flush()


def mark_started(*, chat_job_id: uuid.UUID | str) -> ChatJob:
    """Record that a worker picked the job up; returns the row (the task needs its message)."""
    chat_job = ChatJob.objects.select_related("owner", "token").get(id=chat_job_id)
    chat_job.status = ChatJob.Status.STARTED
    chat_job.started_at = timezone.now()
    chat_job.save(update_fields=["status", "started_at"])
    job_events.append(job_id=str(chat_job_id), type="status", data={"status": ChatJob.Status.STARTED})
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
    job_events.append(job_id=str(chat_job_id), type="sources", data={"sources": answer.sources})
    job_events.append(job_id=str(chat_job_id), type="done", data=answer.as_result())


def mark_retrying(*, chat_job_id: uuid.UUID | str, error: str) -> None:
    """A run failed and RQ will try again: queued, with the reason."""
    ChatJob.objects.filter(id=chat_job_id).update(status=ChatJob.Status.QUEUED, error=f"Retrying after: {error}")
    job_events.append(job_id=str(chat_job_id), type="status", data={"status": ChatJob.Status.QUEUED, "error": error})


def mark_failed(*, chat_job_id: uuid.UUID | str, error: str) -> None:
    """Record a readable reason for the failure; the answer stays empty."""
    ChatJob.objects.filter(id=chat_job_id).update(status=ChatJob.Status.FAILED, error=error, finished_at=timezone.now())
    job_events.append(job_id=str(chat_job_id), type="error", data={"error": error})


CHAT_JOB = JobKind(
    queue_setting="CHAT_QUEUE",
    task="chat.tasks.run_chat",
    on_failure="chat.tasks.on_chat_failure",
    timeout_setting="CHAT_JOB_TIMEOUT",
    retry_setting="CHAT_RETRY_INTERVALS",
    row_kwarg="chat_job_id",
    mark_failed=mark_failed,
    mark_retrying=mark_retrying,
    # One user's hundred questions take at most this many chat workers; another user's
    # question goes to the next free one (queue/lifecycle.py: RQ's RateLimit per owner).
    owner_slots_setting="CHAT_OWNER_SLOTS",
)
