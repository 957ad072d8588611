"""Ingesting a document, composed from its steps:

    read       reading.py      every page's text layer; which pages are scans
    recognise  recognition.py  OCR of the scans, in batches (none: skipped)
    clean      cleaning.py     running headers and footers out, navigation pages marked
    split      splitting.py    passages of about CHUNK_SIZE characters within the sections the headings make
    store      storing.py      chunks and index terms in one transaction: ready, searchable

then its vectors (services/vectors.py). Two orchestrations compose them:

- the RQ jobs (jobs.py): `begin` in the ingestion job, the OCR batches queued as jobs of their
  own on any worker, `finish` by the batch that completes the set; vectors queued with the chunks;
- `make_searchable` (every step in this process) and `ingest_here` (that, then the vectors):
  `manage.py ingest`, the tests and the benchmarks.

Ingestion is all-or-nothing: chunks are written in one transaction at the end, so a document
that fails leaves no chunks behind and ends `failed` with a readable error (state.py). Progress
is written as it goes (progress.py). A document deleted meanwhile stops its run quietly at its
next page or batch.
"""

import uuid
from dataclasses import dataclass, field

from django.conf import settings

from chat.backends.pdf import PdfError
from chat.backends.pdf.structure import Heading
from chat.errors import describe_failure
from chat.models import Document
from chat.services import vectors
from chat.services.ingestion import recognition, state
from chat.services.ingestion.cleaning import clean_pages
from chat.services.ingestion.progress import Listener, Progress
from chat.services.ingestion.reading import read_headings, read_pages
from chat.services.ingestion.splitting import Piece, split_document
from chat.services.ingestion.state import DocumentGone
from chat.services.ingestion.storing import store_chunks

NO_TEXT = (
    "No text could be extracted from this PDF (it may be scanned images). "
    "OCR is turned off (OCR_ENABLED), so it cannot be searched."
)
NO_TEXT_AFTER_OCR = "No text could be found in this PDF, not even by OCR of its pages."
NO_TEXT_NOR_IMAGES = "No text could be found in this PDF: its pages have no text layer and no images to read."
NO_TEXT_OCR_FAILED = "No text could be extracted from this PDF, and OCR could not read its pages: {error}"


@dataclass(frozen=True)
class Begun:
    document: Document
    texts: list[str]  # every page's text layer
    batches: list[list[int]]  # the scanned pages to recognise, batch by batch ([]: none)
    headings: list[Heading] = field(default_factory=list)  # the document's structure


def begin(*, document_id: uuid.UUID | str, progress: Progress) -> Begun | None:
    """Start a run: read every page and plan the OCR batches. None if the document was deleted,
    or is not queued (cancelled, or run by another job: state.start). A failure is recorded on
    the document and raised."""
    document = state.start(document_id=document_id)
    if document is None:
        return None  # deleted or cancelled before its job ran
    try:
        pages = read_pages(document=document, progress=progress)
        batches = recognition.plan(document_id=document.id, texts=pages.texts, pages=pages.scans, progress=progress)
    except DocumentGone:
        return None
    except Exception as exc:
        state.failed(document_id=document.id, error=describe_failure(exc))
        raise
    return Begun(document=document, texts=pages.texts, batches=batches, headings=pages.headings)


def finish(
    *,
    document_id: uuid.UUID | str,
    texts: list[str] | None,
    queue_vectors: bool,
    headings: list[Heading] | None = None,
) -> None:
    """Clean, split and store: the document is ready (or failed: no text at all). `texts` are the
    pages' text layers when no page needed OCR, with their `headings`; None takes the pages as
    the OCR batches left them (and reads the headings again).
    DocumentGone if it was deleted or finished meanwhile; other failures are recorded and raised."""
    try:
        outcome = {}
        if texts is None:
            outcome = recognition.ocr_outcome(document_id=document_id)
            texts = recognition.pages_read(document_id=document_id)
        if headings is None:
            headings = read_headings(document=Document.objects.get(id=document_id))
        chunks = passages(texts=texts, headings=headings)
        if not chunks:
            Document.objects.filter(id=document_id).update(**outcome)  # which pages OCR could not read
            raise PdfError(_why_no_text(document_id))
        document = Document.objects.get(id=document_id)
        store_chunks(document=document, chunks=chunks, queue_vectors=queue_vectors, outcome=outcome)
    except DocumentGone:
        raise
    except Document.DoesNotExist as exc:
        raise DocumentGone from exc
    except Exception as exc:
        state.failed(document_id=document_id, error=describe_failure(exc))
        raise


def passages(*, texts: list[str], headings: list[Heading]) -> list[Piece]:
    """The pages cleaned and split: the document's passages (none if it has no text)."""
    cleaned = [page.text if not page.navigation else "" for page in clean_pages(texts, headings=headings)]
    return split_document(pages=cleaned, headings=headings)


def _why_no_text(document_id: uuid.UUID | str) -> str:
    error, scanned = Document.objects.filter(id=document_id).values_list("ocr_error", "ocr_pages_total").first()
    if error:
        return NO_TEXT_OCR_FAILED.format(error=error)
    if not settings.OCR_ENABLED:
        return NO_TEXT
    return NO_TEXT_AFTER_OCR if scanned else NO_TEXT_NOR_IMAGES


def make_searchable(*, document_id: uuid.UUID | str, progress: Progress) -> Document | None:
    """Every step in this process, OCR batch after batch: the document ends `ready` (searchable
    by BM25, its vectors still to compute) or `failed` (raised); None if it was deleted meanwhile."""
    try:
        begun = begin(document_id=document_id, progress=progress)
        if begun is None:
            return None
        for pages in begun.batches:
            recognition.read_batch(document_id=document_id, pages=pages, progress=progress)
        if begun.batches:
            finish(document_id=document_id, texts=None, queue_vectors=False)
        else:
            finish(document_id=document_id, texts=begun.texts, headings=begun.headings, queue_vectors=False)
    except DocumentGone:
        return None
    return Document.objects.filter(id=document_id).first()


def ingest_here(*, document_id: uuid.UUID | str, listener: Listener | None = None) -> Document | None:
    """`make_searchable`, then the vectors in this process too (if embeddings are on; if they
    fail, the document stays ready and searchable, with `vector_status` failed).
    `listener(stage, done, total)` follows the progress (the ingest command's bars)."""
    progress = Progress(document_id, listener)
    document = make_searchable(document_id=document_id, progress=progress)
    if document is None or not vectors.vectors_wanted():
        return document
    vectors.embed_document_inline(document_id=document_id, progress=progress)
    return Document.objects.filter(id=document_id).first()
