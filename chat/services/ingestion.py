"""Documents: accept an upload, ingest it (pages -> chunks -> index terms and embeddings), delete it.

Ingestion is all-or-nothing: chunks are written in one transaction at the end, so a
document that fails leaves no chunks behind and ends as `failed` with a readable error.
Progress (`pages_done`) is written while pages are read, so clients can show it.
"""

import hashlib
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, Literal

from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.base import File
from django.db import transaction
from django.utils import timezone
from langchain_text_splitters import RecursiveCharacterTextSplitter

from chat.backends.page_cleanup import clean_pages
from chat.backends.pdf import PdfError, get_pdf_text
from chat.errors import QUEUE_UNAVAILABLE, QueueUnavailable, describe_failure
from chat.models import Chunk, Document
from chat.retrieval.indexing import index_text
from chat.services.embedding import embed_document_inline, queue_embedding, vectors_wanted
from chat.services.queueing import enqueue

PDF_MAGIC = b"%PDF-"
NO_TEXT = (
    "No text could be extracted from this PDF (it may be scanned images). "
    "OCR is not available, so it cannot be searched."
)


class UploadRejected(Exception):
    """The upload is not acceptable; `status_code` is the HTTP status that says why."""

    def __init__(self, message: str, status_code: int) -> None:
        super().__init__(message)
        self.status_code = status_code


@dataclass(frozen=True)
class Accepted:
    document: Document
    created: bool  # False: the same bytes were uploaded before and that document is returned


def accept_upload(
    *, file: IO[bytes], filename: str, owner: User | None = None, title: str = "", enqueue: bool = True
) -> Accepted:
    """Check the bytes, hash them, store the file once, and queue its ingestion.

    Raises UploadRejected (400 empty, 413 too large, 415 not a PDF) or QueueUnavailable.
    With enqueue=False the caller runs `ingest_document` itself (the ingest command does).
    """
    size, sha256 = _inspect(file)
    existing = Document.objects.filter(owner=owner, sha256=sha256).first()
    if existing is not None:
        new_title = (title or "").strip()[:300]
        if new_title and new_title != existing.title:  # the same bytes under a new title: renamed
            existing.title = new_title
            existing.save(update_fields=["title", "updated_at"])
        if existing.status == Document.Status.FAILED and enqueue:
            _retry(existing)  # uploading a failed document again tries it again
        return Accepted(document=existing, created=False)

    safe_name = Path(filename or "upload.pdf").name[:200] or "upload.pdf"
    document = Document(
        id=uuid.uuid4(),
        owner=owner,
        title=(title or "").strip()[:300] or Path(safe_name).stem[:300] or "Untitled",
        filename=safe_name,
        sha256=sha256,
        size_bytes=size,
        job_id=str(uuid.uuid4()),
    )
    file.seek(0)
    # Stored under a name we choose (the hash), never the client's: no traversal, no clashes.
    name = f"documents/{sha256}.pdf"
    if document.file.storage.exists(name):  # the same bytes, uploaded by someone else: share the file
        document.file.name = name
    else:
        document.file.save(f"{sha256}.pdf", File(file), save=False)
    _save_and_queue(document, enqueue=enqueue, force_insert=True)
    return Accepted(document=document, created=True)


def _retry(document: Document) -> None:
    """Queued again from the start: no error, and no progress left over from the failed run."""
    document.status, document.error, document.job_id = Document.Status.QUEUED, "", str(uuid.uuid4())
    document.pages_done, document.pages_total = 0, None
    _save_and_queue(document, update_fields=["status", "error", "job_id", "pages_done", "pages_total", "updated_at"])


def _save_and_queue(document: Document, *, enqueue: bool = True, **save_options: object) -> None:
    """Save the row and, once it is committed, queue its ingestion; QueueUnavailable if Redis refused."""
    with transaction.atomic():
        document.save(**save_options)
        if enqueue:
            transaction.on_commit(partial(_enqueue_ingestion, document=document))
    if document.status == Document.Status.FAILED:
        raise QueueUnavailable(document.error)


def _inspect(file: IO[bytes]) -> tuple[int, str]:
    file.seek(0)
    head = file.read(1024)
    if not head:
        raise UploadRejected("The file is empty.", 400)
    if PDF_MAGIC not in head:
        raise UploadRejected("The file is not a PDF (no %PDF- header in its first kilobyte).", 415)
    digest = hashlib.sha256(head)
    size = len(head)
    for block in iter(partial(file.read, 1 << 20), b""):
        size += len(block)
        if size > settings.DOCUMENT_MAX_BYTES:
            raise UploadRejected(_too_large_message(), 413)
        digest.update(block)
    if size > settings.DOCUMENT_MAX_BYTES:
        raise UploadRejected(_too_large_message(), 413)
    return size, digest.hexdigest()


def _too_large_message() -> str:
    return f"The file is larger than the limit of {settings.DOCUMENT_MAX_BYTES // (1024 * 1024)} MB."


def _enqueue_ingestion(*, document: Document) -> None:
    queued = enqueue(
        queue=settings.INGEST_QUEUE,
        task="chat.tasks.run_ingestion",
        job_id=document.job_id,
        description=f"ingest {document.filename!r}",
        timeout=settings.INGEST_JOB_TIMEOUT,
        on_failure="chat.tasks.on_ingestion_failure",
        retry_intervals=settings.INGEST_RETRY_INTERVALS,
        document_id=str(document.id),
    )
    if not queued:
        mark_failed(document_id=document.id, error=QUEUE_UNAVAILABLE)
        document.status, document.error = Document.Status.FAILED, QUEUE_UNAVAILABLE


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
        status=Document.Status.PROCESSING, pages_done=0, chunk_count=0, token_count=0, error="", vectors_done=0
    )
    try:
        pages = _read_pages(document, on_page=on_page)
        chunks = list(split_pages(page.text if not page.navigation else "" for page in clean_pages(pages)))
        if not chunks:
            raise PdfError(NO_TEXT)
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


def record_failure(*, document_id: uuid.UUID | str, error: str, retrying: bool) -> None:
    """A run failed: the document is failed for good, or queued again with the reason it is retried."""
    if retrying:
        Document.objects.filter(id=document_id).update(status=Document.Status.QUEUED, error=f"Retrying after: {error}")
    else:
        mark_failed(document_id=document_id, error=error)


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


def delete_document(*, document: Document) -> None:
    """Remove the document, its chunks (and so its vectors) and its file.

    Files are named by content, so another user's upload of the same bytes shares the file:
    it is removed with the last document that uses it.
    """
    storage, name = document.file.storage, document.file.name
    document.delete()  # its chunks go in the same transaction, and with them its index entries
    if name and storage.exists(name) and not Document.objects.filter(file=name).exists():
        storage.delete(name)
