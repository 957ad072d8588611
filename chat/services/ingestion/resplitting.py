"""Passages cut again, in place, for documents that are already ready: `manage.py resplit`.

How a document is cut into passages changes with the code and the settings (CHUNK_SIZE,
CHUNK_OVERLAP, the cleaning of running lines, the structure pass). Ingestion applies a change to
the documents uploaded after it; the others keep the passages they were cut into, until this
runs. It reads the PDF's text layer again, then cleans, splits and stores it as ingestion does
(cleaning.py, splitting.py, storing.py), in one transaction: the document stays ready and
searchable throughout, with its old passages until the commit and its new ones after. Its
vectors are computed again afterwards (the caller's choice: now, or `manage.py embed`);
meanwhile lexical search serves it.

A document part of whose text came from OCR is left as it is: recognised text is not kept once
its passages are stored (storing.py), and recognising its pages again is an ingestion of its own
(upload it again, or retry it from the admin once it has failed).
"""

import logging
import uuid
from dataclasses import dataclass, replace

from chat.errors import describe_failure
from chat.models import Document
from chat.queue.lifecycle import JobKind
from chat.services.ingestion.pipeline import passages
from chat.services.ingestion.reading import read_text_layer
from chat.services.ingestion.state import DocumentGone
from chat.services.ingestion.storing import replace_chunks
from chat.services.vectors import queue_embedding, vectors_wanted

logger = logging.getLogger(__name__)

NOT_READY = "not ready (it is {status}): only a ready document is cut again"
FROM_OCR = "part of its text came from OCR, which is not kept: upload it again to read it anew"
NO_TEXT_NOW = "no text was found in it this time: its passages are kept"
GONE = "deleted or queued again meanwhile"


@dataclass(frozen=True)
class Resplit:
    """What became of one document: its passages before and after, or why it was left alone."""

    document_id: uuid.UUID
    title: str
    before: int
    after: int = 0
    skipped: str = ""  # why its passages were kept ("" if they were cut again)


def why_not_resplit(*, document: Document) -> str:
    """Why `document` cannot be cut again ("" if it can): not ready, or read partly by OCR."""
    if document.status != Document.Status.READY:
        return NOT_READY.format(status=document.status)
    return FROM_OCR if document.ocr_pages else ""


def resplit_document(*, document: Document) -> Resplit:
    """`document`'s passages cut again from its PDF, as ingestion would cut them now."""
    left = Resplit(document_id=document.id, title=document.title, before=document.chunk_count)
    if why_not := why_not_resplit(document=document):
        return replace(left, skipped=why_not)
    try:
        read = read_text_layer(document=document)
    except Exception as exc:  # a file gone or unreadable: this document is left as it is, the next goes on
        return replace(left, skipped=describe_failure(exc))
    pieces = passages(texts=read.texts, headings=read.headings)
    if not pieces:
        return replace(left, skipped=NO_TEXT_NOW)
    try:
        rows = replace_chunks(document=document, chunks=pieces)
    except DocumentGone:
        return replace(left, skipped=GONE)
    return replace(left, after=len(rows))


def resplit_queued(*, document_id: uuid.UUID | str) -> Resplit | None:
    """The queued job (the admin's "cut again" action): `resplit_document`, then its vectors
    queued in the owner's share of the vectors queue. None if the document is gone."""
    document = Document.objects.filter(id=document_id).first()
    if document is None:
        return None
    result = resplit_document(document=document)
    if result.skipped:
        logger.info("document %s kept its %d passages: %s", document_id, result.before, result.skipped)
    elif vectors_wanted():
        queue_embedding(document_id=document.id, owner_id=document.owner_id)
    return result


def _log_failure(*, document_id: str, error: str) -> None:
    # The document is untouched by a failed run (its passages are replaced in one transaction):
    # nothing to mark on it; the job's failure is in the RQ dashboard, and here.
    logger.warning("cutting document %s into passages again failed: %s", document_id, error)


RESPLIT = JobKind(
    queue_setting="INGEST_QUEUE",
    task="chat.tasks.run_resplit",
    on_failure="chat.tasks.on_resplit_failure",
    timeout_setting="INGEST_JOB_TIMEOUT",
    retry_setting="INGEST_RETRY_INTERVALS",
    row_kwarg="document_id",
    mark_failed=_log_failure,
    mark_retrying=_log_failure,
    owner_slots_setting="INGEST_OWNER_SLOTS",
)
