r"""A document's ingestion states, changed here and nowhere else.

    queued --start--> processing --ready--> ready
      ^                  |   \--retrying--> queued (RQ tries again)
      |                  \--failed--> failed
      \------------------------------- queue_again (the admin's retry, or the same upload again)
    queued/processing --cancelled--> failed ("Cancelled by ...", the admin's cancel)
    ready --resplit--> ready (its passages cut again in place: `manage.py resplit`)

Each change writes every field the new state implies, so no state keeps a field left over
from another (progress from a failed run, chunks counted for a document that has none). A
change meant for a document that is gone (deleted meanwhile), or that another job already
moved on, raises DocumentGone: the job that asked stops quietly.
"""

import uuid

from django.db import transaction
from django.utils import timezone

from chat.models import Chunk, Document, PageText

# What a document without chunks shows.
NO_CHUNKS = {"chunk_count": 0, "token_count": 0, "vectors_done": 0}
# Where a run that has not read anything yet stands.
NO_PROGRESS = {
    "pages_done": 0,
    "ocr_pages_total": 0,
    "ocr_pages_done": 0,
    "ocr_pages": [],
    "ocr_pages_failed": [],
    "ocr_error": "",
}


class DocumentGone(Exception):
    """The document was deleted, or finished by another job, meanwhile: stop quietly."""


def queue_again(document: Document) -> list[str]:
    """A failed document queued from the start with a new job id (not saved: the caller saves
    the returned fields and queues the job in one step); no error, no progress left over."""
    document.status, document.error, document.job_id = Document.Status.QUEUED, "", str(uuid.uuid4())
    document.pages_total = None
    for field, value in NO_PROGRESS.items():
        setattr(document, field, value)
    return ["status", "error", "job_id", "pages_total", *NO_PROGRESS, "updated_at"]


def start(*, document_id: uuid.UUID | str) -> Document | None:
    """A run begins: processing, with no chunks and no progress yet. Only a queued document is
    claimed (an upload, queue_again, RQ's retry after `retrying`): None if it was deleted, or
    is no longer queued: cancelled by an operator while its job stayed in Redis, or finished
    or being run by another job. The job then stops quietly."""
    updated = Document.objects.filter(id=document_id, status=Document.Status.QUEUED).update(
        status=Document.Status.PROCESSING, error="", updated_at=timezone.now(), **NO_CHUNKS, **NO_PROGRESS
    )  # updated_at: when this run began (the admin flags a run past INGESTION_STUCK_AFTER)
    return Document.objects.filter(id=document_id).first() if updated else None


def ready(*, document: Document, chunks: list[Chunk], vector_status: str, outcome: dict) -> None:
    """The chunks are stored with it, in the caller's transaction: ready, searchable from this
    commit on. The first such write claims the document (still processing), so two finishing
    jobs never both store; the other gets DocumentGone."""
    claimed = Document.objects.filter(id=document.id, status=Document.Status.PROCESSING).update(
        status=Document.Status.READY,
        chunk_count=len(chunks),
        token_count=sum(chunk.token_count for chunk in chunks),
        ingested_at=timezone.now(),
        error="",
        vector_status=vector_status,
        vectors_done=0,
        vector_model="",
        vector_error="",
        pages_done=document.pages_total or 0,
        ocr_pages_done=document.ocr_pages_total,
        **outcome,
    )
    if not claimed:
        raise DocumentGone


def resplit(*, document: Document, chunks: list[Chunk], vector_status: str) -> None:
    """A ready document's passages are replaced with `chunks`, in the caller's transaction: it
    stays ready, and its vectors are to be computed again. DocumentGone if it is no longer ready
    (deleted, or queued again meanwhile)."""
    claimed = Document.objects.filter(id=document.id, status=Document.Status.READY).update(
        chunk_count=len(chunks),
        token_count=sum(chunk.token_count for chunk in chunks),
        vector_status=vector_status,
        vectors_done=0,
        vector_model="",
        vector_error="",
        updated_at=timezone.now(),
    )
    if not claimed:
        raise DocumentGone


def retrying(*, document_id: uuid.UUID | str, error: str) -> None:
    """A run failed and RQ will try again: queued, with the reason."""
    Document.objects.filter(id=document_id).update(status=Document.Status.QUEUED, error=f"Retrying after: {error}")


def failed(*, document_id: uuid.UUID | str, error: str) -> None:
    """The document failed: no chunks stay behind, and the reason is recorded."""
    with transaction.atomic():
        Chunk.objects.filter(document_id=document_id).delete()
        PageText.objects.filter(document_id=document_id).delete()
        Document.objects.filter(id=document_id).update(
            status=Document.Status.FAILED, error=error, vector_status=Document.VectorStatus.OFF, **NO_CHUNKS
        )


def cancelled(*, document_id: uuid.UUID | str, error: str) -> bool:
    """A queued or processing document is stopped by an operator: failed with `error`, like a
    failure (no chunks stay behind). False if it was neither (finished, failed or gone)."""
    with transaction.atomic():
        claimed = Document.objects.filter(
            id=document_id, status__in=[Document.Status.QUEUED, Document.Status.PROCESSING]
        ).update(status=Document.Status.FAILED, error=error, vector_status=Document.VectorStatus.OFF, **NO_CHUNKS)
        if claimed:
            Chunk.objects.filter(document_id=document_id).delete()
            PageText.objects.filter(document_id=document_id).delete()
    return bool(claimed)


def still_processing(*, document_id: uuid.UUID | str) -> bool:
    """Whether a run of this document is still wanted (not deleted, not finished or failed)."""
    return Document.objects.filter(id=document_id, status=Document.Status.PROCESSING).exists()
