"""Ingesting a document: pages -> clean text (OCR for pages without any) -> chunks -> index
terms, then its vectors.

Ingestion is all-or-nothing: chunks are written in one transaction at the end, so a
document that fails leaves no chunks behind and ends as `failed` with a readable error.
Progress (`pages_done`) is written while pages are read, so clients can show it.
"""

import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from langchain_text_splitters import RecursiveCharacterTextSplitter

from chat.backends.page_cleanup import clean_pages
from chat.backends.pdf import PdfError, get_pdf_text
from chat.failures import describe_failure
from chat.models import Chunk, Document
from chat.retrieval.indexing import index_text
from chat.services.embedding import embed_document_inline, queue_embedding, vectors_wanted
from chat.services.job_lifecycle import JobKind
from chat.services.ocr import recognise_blank_pages

NO_TEXT = (
    "No text could be extracted from this PDF (it may be scanned images). "
    "OCR is turned off (OCR_ENABLED), so it cannot be searched."
)
NO_TEXT_AFTER_OCR = "No text could be found in this PDF, not even by OCR of its pages."


def ingest_document(
    *,
    document_id: uuid.UUID | str,
    on_page: Callable[[int, int], None] | None = None,
    vectors: Literal["queue", "inline", "caller"] = "queue",
    on_vectors: Callable[[int, int], None] | None = None,
) -> Document:
    """Read every page, clean, chunk and index; the document ends `ready` (searchable) or `failed`.

    Its vectors follow (services/embedding.py): in a job of their own once this commits, or
    with vectors="inline" right here, before returning (`manage.py ingest`, tests); if they
    fail, the document stays ready and searchable, with `vector_status` failed. With
    vectors="caller" the caller runs `embedding.embed_document` itself (the benchmarks).
    `on_page(done, total)` / `on_vectors(done, total)` report progress (the ingest command's bars).
    Errors are recorded on the document and re-raised, so RQ marks the job failed too.
    """
    document = Document.objects.get(id=document_id)
    Document.objects.filter(id=document.id).update(
        status=Document.Status.PROCESSING, pages_done=0, chunk_count=0, token_count=0, error="", vectors_done=0,
        ocr_pages_total=0, ocr_pages_done=0, ocr_pages=[],
    )  # fmt: skip
    try:
        pages = _read_pages(document, on_page=on_page)
        chunks = list(split_pages(page.text if not page.navigation else "" for page in clean_pages(pages)))
        if not chunks:
            raise PdfError(NO_TEXT_AFTER_OCR if settings.OCR_ENABLED else NO_TEXT)
        _store_chunks(document, chunks, vectors_follow=vectors == "queue")
    except Exception as exc:
        mark_failed(document_id=document.id, error=describe_failure(exc))
        raise
    if vectors == "inline" and vectors_wanted():
        embed_document_inline(document_id=document.id, on_batch=on_vectors)
    document.refresh_from_db()
    return document


def _read_pages(document: Document, *, on_page: Callable[[int, int], None] | None) -> list[str]:
    pdf = get_pdf_text().open(Path(document.file.path))
    try:
        total = pdf.page_count
        if total > settings.DOCUMENT_MAX_PAGES:
            raise PdfError(f"The PDF has {total} pages; the limit is {settings.DOCUMENT_MAX_PAGES}.")
        Document.objects.filter(id=document.id).update(pages_total=total)
        texts = []
        step = max(1, total // 100)  # about a hundred progress writes, whatever the length
        for done, text in enumerate(pdf.pages(), start=1):
            texts.append(text)
            if done % step == 0 or done == total:
                Document.objects.filter(id=document.id).update(pages_done=done)
            if on_page is not None:
                on_page(done, total)
        recognise_blank_pages(document_id=document.id, pdf=pdf, texts=texts)
        return texts
    finally:
        pdf.close()


def split_pages(pages: Iterable[str]) -> Iterable[tuple[int, str]]:
    """(page number, chunk text) pairs; chunks never span two pages."""
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=settings.CHUNK_SIZE, chunk_overlap=settings.CHUNK_OVERLAP, strip_whitespace=True
    )
    for page_number, text in enumerate(pages, start=1):
        for piece in splitter.split_text(text):
            if piece.strip():
                yield page_number, piece


def _store_chunks(document: Document, chunks: list[tuple[int, str]], *, vectors_follow: bool) -> None:
    """Chunks and their index terms in one transaction: the engine's index (FTS5 triggers,
    PostgreSQL's generated column) is written with them, so the document becomes searchable
    exactly when it becomes ready. Its vectors are queued in the same transaction."""
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
        Chunk.objects.filter(document=document).delete()
        Chunk.objects.bulk_create(rows, batch_size=500)
        Document.objects.filter(id=document.id).update(
            status=Document.Status.READY,
            chunk_count=len(rows),
            token_count=sum(row.token_count for row in rows),
            ingested_at=timezone.now(),
            error="",
            vector_status=Document.VectorStatus.QUEUED if wanted else Document.VectorStatus.OFF,
            vectors_done=0,
            vector_model="",
            vector_error="",
        )
        if wanted and vectors_follow:
            queue_embedding(document_id=document.id)


def mark_retrying(*, document_id: uuid.UUID | str, error: str) -> None:
    """A run failed and RQ will try again: queued, with the reason."""
    Document.objects.filter(id=document_id).update(status=Document.Status.QUEUED, error=f"Retrying after: {error}")


def mark_failed(*, document_id: uuid.UUID | str, error: str) -> None:
    """The document failed: no chunks stay behind, and the reason is recorded."""
    with transaction.atomic():
        Chunk.objects.filter(document_id=document_id).delete()
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
)
