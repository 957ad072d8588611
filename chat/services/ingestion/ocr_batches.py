"""The jobs of OCR (services/ingestion/recognition.py): a batch of pages, and a finishing step when a batch
failed for good. Both run on the ingest queue in the owner's share of it (job_lifecycle.py).

A batch that completes the document's set of pages finishes it right there (the finishing
step of services/ingestion/pipeline.py). One that fails for good (RQ's retries used up: a job over its
time limit, a worker killed again and again) leaves its pages unread, and if that completes the
set, a finishing job is queued. Either way the document is never left `processing`.
"""

import uuid

from chat.models import Document
from chat.queue.lifecycle import JobKind, enqueue_on_commit
from chat.services.ingestion import recognition
from chat.services.ingestion.pipeline import DocumentGone, finish_document, mark_failed


def queue_batch(*, document: Document, pages: list[int]) -> None:
    """Once the caller's transaction commits, a job reads these pages."""
    enqueue_on_commit(
        kind=OCR_BATCH,
        job_id=str(uuid.uuid4()),
        row_id=str(document.id),
        description=f"OCR pages {pages[0]}-{pages[-1]} of {document.filename!r}",
        owner_id=document.owner_id,
        pages=pages,
    )


def read_batch(*, document_id: uuid.UUID | str, pages: list[int]) -> None:
    """A batch job: its pages, then the finishing step if it completed the set. An error
    propagates: RQ retries the batch (pages done are kept), or gives up on it (batch_failed)."""
    try:
        if recognition.read_batch(document_id=document_id, pages=pages):
            finish_document(document_id=document_id)
    except DocumentGone:
        return


def finish(*, document_id: uuid.UUID | str) -> None:
    """The finishing job (queued by batch_failed)."""
    try:
        finish_document(document_id=document_id)
    except DocumentGone:
        return


def batch_failed(*, document_id: uuid.UUID | str, pages: list[int], error: str) -> None:
    """An OCR batch failed for good: its pages stay unread, and the document is finished (in a
    job of its own) if that completed the set."""
    if recognition.record_failed(document_id=document_id, pages=pages, error=error):
        owner_id = Document.objects.filter(id=document_id).values_list("owner_id", flat=True).first()
        enqueue_on_commit(
            kind=FINISHING, job_id=str(uuid.uuid4()), row_id=str(document_id), description=f"finish {document_id}",
            owner_id=owner_id,
        )  # fmt: skip


def batch_retrying(*, document_id: uuid.UUID | str, pages: list[int], error: str) -> None:
    """An OCR batch failed and RQ will try it again: the document stays processing."""


def finishing_retrying(*, document_id: uuid.UUID | str, error: str) -> None:
    """The finishing job failed and RQ will try again: the document stays processing (its
    pages are kept), which is what the retry needs."""


OCR_BATCH = JobKind(
    queue_setting="INGEST_QUEUE",
    task="chat.tasks.run_ocr_batch",
    on_failure="chat.tasks.on_ocr_batch_failure",
    timeout_setting="INGEST_JOB_TIMEOUT",
    retry_setting="INGEST_RETRY_INTERVALS",
    row_kwarg="document_id",
    mark_failed=batch_failed,
    mark_retrying=batch_retrying,
    owner_slots_setting="INGEST_OWNER_SLOTS",
    cancel_with_row=True,
    failure_kwargs=("pages",),
)
FINISHING = JobKind(
    queue_setting="INGEST_QUEUE",
    task="chat.tasks.run_finishing",
    on_failure="chat.tasks.on_finishing_failure",
    timeout_setting="INGEST_JOB_TIMEOUT",
    retry_setting="INGEST_RETRY_INTERVALS",
    row_kwarg="document_id",
    mark_failed=mark_failed,
    mark_retrying=finishing_retrying,
    owner_slots_setting="INGEST_OWNER_SLOTS",
    cancel_with_row=True,
)
