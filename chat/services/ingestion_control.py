"""What an operator does to a document's ingestion from the admin's ingestion view (chat/admin/documents.py):
retry a failed one from the start, as uploading it again does; cancel a queued or running one,
as deleting it does but keeping the document, failed, with who cancelled it; or have a ready one
cut into passages again (`manage.py resplit` as a queued job, in its owner's share of the ingest
queue: a 1,000-page manual takes minutes with its vectors). Each is written to the document's
collection's audit trail (services/audit.py), with the operator and the request's origin, in the
transaction that carries it out."""

import logging
import uuid
from collections.abc import Callable
from functools import partial

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from redis.exceptions import RedisError
from rq.command import send_stop_job_command
from rq.exceptions import InvalidJobOperation, NoSuchJobError
from rq.job import Job, JobStatus

from chat.models import Document
from chat.queue.connection import connection
from chat.queue.lifecycle import save_and_enqueue
from chat.services import audit
from chat.services.documents import audit_document, cancel_queued_jobs, queue_again
from chat.services.ingestion import state
from chat.services.ingestion.resplitting import RESPLIT, why_not_resplit

logger = logging.getLogger(__name__)


def retry_ingestion(*, document: Document, actor: User | None = None, origin: audit.Origin | None = None) -> bool:
    """Queue a failed document's ingestion again from the start, as uploading it again does;
    False (nothing done) if it has not failed. QueueUnavailable if Redis refused the job."""
    if document.status != Document.Status.FAILED:
        return False

    def save_and_audit(save: Callable[[], None]) -> None:  # in the transaction that queues the job
        save()
        audit_document(audit.Action.INGESTION_RETRY, document=document, actor=actor, origin=origin)

    queue_again(document, wrap=save_and_audit)
    return True


def queue_resplit(*, document: Document, actor: User | None = None, origin: audit.Origin | None = None) -> str:
    """Queue a job that cuts a ready document into passages again, as ingestion cuts them now
    (resplitting.py), then computes its vectors: "" once queued, else why not (not ready, or
    read partly by OCR). QueueUnavailable if Redis refused the job."""
    if why_not := why_not_resplit(document=document):
        return why_not

    def audit_it() -> None:  # in the transaction that queues the job
        audit_document(audit.Action.RESPLIT, document=document, actor=actor, origin=origin)

    save_and_enqueue(
        row=document, save=audit_it, kind=RESPLIT, job_id=str(uuid.uuid4()),
        description=f"cut document {document.id} into passages again",
    )  # fmt: skip
    return ""


def cancel_ingestion(*, document: Document, actor: User | None = None, origin: audit.Origin | None = None) -> bool:
    """Stop a queued or running document's ingestion, as deleting it does, but keep the
    document: failed, with "Cancelled by <actor>". Its jobs that have not started are canceled
    once this commits and a running ingestion job is stopped (RQ's stop-job command: the work
    horse is killed, the job is STOPPED, no failure callback). A job that is already running
    elsewhere (an OCR batch) finds the document failed and stores nothing. False if it was
    neither queued nor running."""
    who = actor.get_username() if actor is not None else "an operator"
    with transaction.atomic():
        if not state.cancelled(document_id=document.id, error=f"Cancelled by {who}"):
            return False
        audit_document(audit.Action.INGESTION_CANCEL, document=document, actor=actor, origin=origin)
        transaction.on_commit(partial(_stop_jobs, document_id=str(document.id), job_id=document.job_id))
    document.refresh_from_db()
    return True


def _stop_jobs(*, document_id: str, job_id: str) -> None:
    cancel_queued_jobs(document_id=document_id)
    if not job_id:
        return
    try:
        redis = connection(settings.INGEST_QUEUE)
        if Job.fetch(job_id, connection=redis).get_status() == JobStatus.STARTED:
            send_stop_job_command(redis, job_id)
    except (NoSuchJobError, InvalidJobOperation):
        return  # gone, or ended meanwhile
    except RedisError as exc:
        logger.warning("could not stop the job of document %s: %s", document_id, exc)
