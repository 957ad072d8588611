"""Ingestion as RQ jobs on the ingest queue, each in its owner's share of it (queue/lifecycle.py):

    ingestion job   begin: read every page, plan the OCR batches (pipeline.py)
                      no scans (or no OCR engine) -> finish right here, vectors queued
                      scans -> one OCR batch job per OCR_BATCH_PAGES scanned pages
    OCR batch jobs  on any ingest worker; the one that completes the set finishes the document
    finishing job   queued only when a batch failed for good and that completed the set

A batch that fails for good (RQ's retries used up: a job over its time limit, a worker killed
again and again) leaves its pages unread. Either way the document is never left `processing`.
"""

import uuid
from functools import partial

from chat.models import Document
from chat.queue.lifecycle import JobKind, enqueue_on_commit
from chat.services.ingestion import pipeline, recognition, state
from chat.services.ingestion.progress import Progress
from chat.services.ingestion.state import DocumentGone


def ingest(*, document_id: uuid.UUID | str) -> Document | None:
    """The ingestion job: the document ends ready or failed, or stays processing while its OCR
    batch jobs run (they finish it). None if it was deleted or cancelled (not queued). Errors
    are recorded on the document and re-raised, so RQ marks the job failed too."""
    begun = pipeline.begin(document_id=document_id, progress=Progress(document_id))
    if begun is None:
        return None
    if begun.batches:
        for pages in begun.batches:
            _queue_batch(document=begun.document, pages=pages)
        return begun.document
    try:
        pipeline.finish(document_id=document_id, texts=begun.texts, headings=begun.headings, queue_vectors=True)
    except DocumentGone:
        return None
    return Document.objects.filter(id=document_id).first()


def read_batch(*, document_id: uuid.UUID | str, pages: list[int]) -> None:
    """An OCR batch job: its pages, then the finishing step if it completed the set. An error
    propagates: RQ retries the batch (pages done are kept), or gives up on it (batch_failed)."""
    try:
        if recognition.read_batch(document_id=document_id, pages=pages):
            pipeline.finish(document_id=document_id, texts=None, queue_vectors=True)
    except DocumentGone:
        return


def finish(*, document_id: uuid.UUID | str) -> None:
    """The finishing job (queued by batch_failed)."""
    try:
        pipeline.finish(document_id=document_id, texts=None, queue_vectors=True)
    except DocumentGone:
        return


def _queue_batch(*, document: Document, pages: list[int]) -> None:
    """Once the caller's transaction commits, a job reads these pages."""
    enqueue_on_commit(
        kind=OCR_BATCH,
        job_id=str(uuid.uuid4()),
        row_id=str(document.id),
        description=f"OCR pages {pages[0]}-{pages[-1]} of {document.filename!r}",
        owner_id=document.owner_id,
        pages=pages,
    )


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


# Every ingestion job runs on the ingest queue, in its owner's share, and is canceled with its document.
_ingest_job = partial(
    JobKind,
    queue_setting="INGEST_QUEUE",
    timeout_setting="INGEST_JOB_TIMEOUT",
    retry_setting="INGEST_RETRY_INTERVALS",
    row_kwarg="document_id",
    owner_slots_setting="INGEST_OWNER_SLOTS",
    cancel_with_row=True,
)
INGESTION = _ingest_job(
    task="chat.tasks.run_ingestion",
    on_failure="chat.tasks.on_ingestion_failure",
    mark_failed=state.failed,
    mark_retrying=state.retrying,
)
OCR_BATCH = _ingest_job(
    task="chat.tasks.run_ocr_batch",
    on_failure="chat.tasks.on_ocr_batch_failure",
    mark_failed=batch_failed,
    mark_retrying=batch_retrying,
    failure_kwargs=("pages",),
)
FINISHING = _ingest_job(
    task="chat.tasks.run_finishing",
    on_failure="chat.tasks.on_finishing_failure",
    mark_failed=state.failed,
    mark_retrying=finishing_retrying,
)
