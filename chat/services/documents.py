"""Documents from the user's side: accept an upload (check, hash, store once, queue its
ingestion) and delete one. The ingestion itself is services/ingestion.py."""

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO

from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.base import File

from chat.models import Document
from chat.services.ingestion import INGESTION
from chat.services.job_lifecycle import save_and_enqueue

PDF_MAGIC = b"%PDF-"


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
    save = partial(document.save, force_insert=True)
    if enqueue:
        _save_and_queue(document, save=save)
    else:
        save()
    return Accepted(document=document, created=True)


def _retry(document: Document) -> None:
    """Queued again from the start: no error, and no progress left over from the failed run."""
    document.status, document.error, document.job_id = Document.Status.QUEUED, "", str(uuid.uuid4())
    document.pages_done, document.pages_total = 0, None
    fields = ["status", "error", "job_id", "pages_done", "pages_total", "updated_at"]
    _save_and_queue(document, save=partial(document.save, update_fields=fields))


def _save_and_queue(document: Document, *, save: Callable[[], None]) -> None:
    """Save the row and queue its ingestion once committed; QueueUnavailable if Redis refused it."""
    description = f"ingest {document.filename!r}"
    save_and_enqueue(row=document, save=save, kind=INGESTION, job_id=document.job_id, description=description)


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


def delete_document(*, document: Document) -> None:
    """Remove the document, its chunks (and so its vectors) and its file.

    Files are named by content, so another user's upload of the same bytes shares the file:
    it is removed with the last document that uses it.
    """
    storage, name = document.file.storage, document.file.name
    document.delete()  # its chunks go in the same transaction, and with them its index entries
    if name and storage.exists(name) and not Document.objects.filter(file=name).exists():
        storage.delete(name)
