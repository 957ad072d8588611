"""Ingesting a document: pages -> clean text (OCR for scanned pages) -> chunks -> index
terms, then its vectors.

    ingestion job   every page's text layer; the scanned pages (services/ingestion/recognition.py)?
                      none (or no OCR engine) -> finish here
                      some -> text pages to PageText, one OCR batch job per OCR_BATCH_PAGES
    OCR batch jobs  on any ingest worker; the one that completes the set finishes
    finish          clean, split, index and store the chunks (ready), queue the vectors

Ingestion is all-or-nothing: chunks are written in one transaction at the end, so a
document that fails leaves no chunks behind and ends as `failed` with a readable error.
Progress (`pages_done`, then `ocr_pages_done`) is written as pages are read, so clients can
show it. A document deleted meanwhile stops its jobs quietly at their next page or batch.
"""

import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from langchain_text_splitters import RecursiveCharacterTextSplitter

from chat.backends.pdf import PdfError, get_pdf_text
from chat.errors import describe_failure
from chat.models import Chunk, Document, PageText
from chat.queue.lifecycle import JobKind
from chat.retrieval.indexing import index_text
from chat.services import quotas
from chat.services.ingestion import recognition
from chat.services.ingestion.cleaning import clean_pages
from chat.services.vectors import embed_document_inline, queue_embedding, vectors_wanted

NO_TEXT = (
    "No text could be extracted from this PDF (it may be scanned images). "
    "OCR is turned off (OCR_ENABLED), so it cannot be searched."
)
NO_TEXT_AFTER_OCR = "No text could be found in this PDF, not even by OCR of its pages."
NO_TEXT_NOR_IMAGES = "No text could be found in this PDF: its pages have no text layer and no images to read."
NO_TEXT_OCR_FAILED = "No text could be extracted from this PDF, and OCR could not read its pages: {error}"


class DocumentGone(Exception):
    """The document was deleted, or finished by another job, meanwhile: stop quietly."""


def ingest_document(
    *,
    document_id: uuid.UUID | str,
    on_page: Callable[[int, int], None] | None = None,
    vectors: Literal["queue", "inline", "caller"] = "queue",
    on_vectors: Callable[[int, int], None] | None = None,
) -> Document | None:
    """Read every page, clean, chunk and index; the document ends `ready` (searchable) or `failed`,
    or stays `processing` while its OCR batch jobs run (they finish it). None if it was deleted.

    Its vectors follow (services/vectors.py): in a job of their own once this commits, or
    with vectors="inline" right here, before returning (`manage.py ingest`, tests); if they
    fail, the document stays ready and searchable, with `vector_status` failed. With
    vectors="caller" the caller runs `embedding.embed_document` itself (the benchmarks).
    Except with vectors="queue" (a worker's job), OCR runs here too, batch after batch.
    `on_page(done, total)` / `on_vectors(done, total)` report progress (the ingest command's bars).
    Errors are recorded on the document and re-raised, so RQ marks the job failed too.
    """
    document = Document.objects.filter(id=document_id).first()
    if document is None:
        return None  # deleted before its job ran
    queued = vectors == "queue"
    Document.objects.filter(id=document.id).update(
        status=Document.Status.PROCESSING, pages_done=0, chunk_count=0, token_count=0, error="", vectors_done=0,
        ocr_pages_total=0, ocr_pages_done=0, ocr_pages=[], ocr_pages_failed=[], ocr_error="",
    )  # fmt: skip
    try:
        texts, scans = _read_pages(document, on_page=on_page)
        problem = recognition.engine_problem() if scans else ""
        if problem:
            recognition.mark_unavailable(document_id=document.id, pages=scans, error=problem)
        elif scans:
            batches = recognition.prepare(document_id=document.id, texts=texts, pages=scans)
            if queued:
                from chat.services.ingestion.ocr_batches import queue_batch  # it imports this module

                for pages in batches:
                    queue_batch(document=document, pages=pages)
                return document
            for pages in batches:
                recognition.read_batch(document_id=document.id, pages=pages)
            texts = None  # as the batches left them
        finish_document(document_id=document.id, texts=texts, vectors_follow=queued)
    except DocumentGone:
        return None
    except Exception as exc:
        mark_failed(document_id=document.id, error=describe_failure(exc))
        raise
    if vectors == "inline" and vectors_wanted():
        embed_document_inline(document_id=document.id, on_batch=on_vectors)
    document.refresh_from_db()
    return document


def finish_document(
    *, document_id: uuid.UUID | str, texts: list[str] | None = None, vectors_follow: bool = True
) -> None:
    """Clean, split, index and store the chunks: the document is ready (or failed: no text).
    `texts` are the pages' texts; without them, the OCR batches' (PageText)."""
    try:
        outcome = {}
        if texts is None:
            outcome = recognition.ocr_outcome(document_id=document_id)
            texts = recognition.pages_read(document_id=document_id)
        chunks = list(split_pages(page.text if not page.navigation else "" for page in clean_pages(texts)))
        if not chunks:
            Document.objects.filter(id=document_id).update(**outcome)  # which pages OCR could not read
            error = Document.objects.filter(id=document_id).values_list("ocr_error", flat=True).first()
            if error:
                raise PdfError(NO_TEXT_OCR_FAILED.format(error=error))
            if not settings.OCR_ENABLED:
                raise PdfError(NO_TEXT)
            scanned = Document.objects.filter(id=document_id).values_list("ocr_pages_total", flat=True).first()
            raise PdfError(NO_TEXT_AFTER_OCR if scanned else NO_TEXT_NOR_IMAGES)
        document = Document.objects.get(id=document_id)
        _store_chunks(document, chunks, vectors_follow=vectors_follow, outcome=outcome)
    except DocumentGone:
        raise
    except Document.DoesNotExist as exc:
        raise DocumentGone from exc
    except Exception as exc:
        mark_failed(document_id=document_id, error=describe_failure(exc))
        raise


def _read_pages(document: Document, *, on_page: Callable[[int, int], None] | None) -> tuple[list[str], list[int]]:
    """Every page's text layer, and the pages OCR should read."""
    pdf = get_pdf_text().open(Path(document.file.path))
    try:
        total = pdf.page_count
        if total > settings.DOCUMENT_MAX_PAGES:
            raise PdfError(f"The PDF has {total} pages; the limit is {settings.DOCUMENT_MAX_PAGES}.")
        quotas.check_pages(document=document, pages=total)  # the owner's page quota (QuotaExceeded)
        _progress(document, pages_total=total)
        texts = []
        step = max(1, total // 100)  # about a hundred progress writes, whatever the length
        for done, text in enumerate(pdf.pages(), start=1):
            texts.append(text)
            if done % step == 0 or done == total:
                _progress(document, pages_done=done)
            if on_page is not None:
                on_page(done, total)
        return texts, recognition.scanned_pages(pdf=pdf, texts=texts)
    finally:
        pdf.close()


def _progress(document: Document, **fields: int) -> None:
    if not Document.objects.filter(id=document.id).update(**fields):
        raise DocumentGone


def split_pages(pages: Iterable[str]) -> Iterable[tuple[int, str]]:
    """(page number, chunk text) pairs; chunks never span two pages."""
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=settings.CHUNK_SIZE, chunk_overlap=settings.CHUNK_OVERLAP, strip_whitespace=True
    )
    for page_number, text in enumerate(pages, start=1):
        for piece in splitter.split_text(text):
            if piece.strip():
                yield page_number, piece


def _store_chunks(document: Document, chunks: list[tuple[int, str]], *, vectors_follow: bool, outcome: dict) -> None:
    """Chunks and their index terms in one transaction: the engine's index (FTS5 triggers,
    PostgreSQL's generated column) is written with them, so the document becomes searchable
    exactly when it becomes ready. Its vectors are queued in the same transaction. The first
    write claims the document (still processing), so two finishing jobs never both store."""
    rows = []
    for order, (page, text) in enumerate(chunks):
        indexed = index_text(text, owner_id=document.owner_id)
        rows.append(
            Chunk(
                document=document,
                page=page,
                order=order,
                text=text,
                search_terms=indexed.search_terms,
                token_count=indexed.token_count,
            )
        )
    wanted = vectors_wanted()
    with transaction.atomic():
        claimed = Document.objects.filter(id=document.id, status=Document.Status.PROCESSING).update(
            status=Document.Status.READY,
            chunk_count=len(rows),
            token_count=sum(row.token_count for row in rows),
            ingested_at=timezone.now(),
            error="",
            vector_status=Document.VectorStatus.QUEUED if wanted else Document.VectorStatus.OFF,
            vectors_done=0,
            vector_model="",
            vector_error="",
            pages_done=document.pages_total or 0,
            ocr_pages_done=document.ocr_pages_total,
            **outcome,
        )
        if not claimed:
            raise DocumentGone
        Chunk.objects.filter(document=document).delete()
        Chunk.objects.bulk_create(rows, batch_size=500)
        PageText.objects.filter(document=document).delete()  # the chunks hold the text now
        if wanted and vectors_follow:
            queue_embedding(document_id=document.id, owner_id=document.owner_id)


def mark_retrying(*, document_id: uuid.UUID | str, error: str) -> None:
    """A run failed and RQ will try again: queued, with the reason."""
    Document.objects.filter(id=document_id).update(status=Document.Status.QUEUED, error=f"Retrying after: {error}")


def mark_failed(*, document_id: uuid.UUID | str, error: str) -> None:
    """The document failed: no chunks stay behind, and the reason is recorded."""
    with transaction.atomic():
        Chunk.objects.filter(document_id=document_id).delete()
        PageText.objects.filter(document_id=document_id).delete()
        Document.objects.filter(id=document_id).update(
            status=Document.Status.FAILED,
            error=error,
            chunk_count=0,
            token_count=0,
            vector_status=Document.VectorStatus.OFF,
            vectors_done=0,
        )


INGESTION = JobKind(
    queue_setting="INGEST_QUEUE",
    task="chat.tasks.run_ingestion",
    on_failure="chat.tasks.on_ingestion_failure",
    timeout_setting="INGEST_JOB_TIMEOUT",
    retry_setting="INGEST_RETRY_INTERVALS",
    row_kwarg="document_id",
    mark_failed=mark_failed,
    mark_retrying=mark_retrying,
    owner_slots_setting="INGEST_OWNER_SLOTS",
    cancel_with_row=True,
)
