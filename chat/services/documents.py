"""Documents from the user's side: accept an upload (check, hash, store once, queue its
ingestion) and delete one. The ingestion itself is services/ingestion/ (pipeline.py)."""

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
from django.db import transaction

from chat.backends.pdf.unlock import PdfPasswordError, unlock_pdf
from chat.models import Collection, Document, Role
from chat.queue.lifecycle import save_and_enqueue
from chat.selectors.access import Asker, collection_for
from chat.services import audit, quotas
from chat.services.default_collections import default_collection
from chat.services.ingestion import state
from chat.services.ingestion.jobs import INGESTION

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
    *,
    file: IO[bytes],
    filename: str,
    asker: Asker,
    collection_id: uuid.UUID | str | None = None,
    title: str = "",
    password: str | None = None,
    origin: audit.Origin | None = None,
) -> Accepted:
    """Check the bytes, hash them, store the file once, and queue its ingestion into the
    collection (default: the asker's personal one; the same bytes twice in one collection are
    one document, and a failed one uploaded again is queued again). A new or retried document
    is audited as an upload by the asker, from `origin`.

    Raises NotFound/NotAllowed (not an editor of the collection), UploadRejected (400 empty or
    a wrong password, 413 too large or over the uploader's storage quota, 415 not a PDF) or
    QueueUnavailable.
    With a `password`, an encrypted PDF is stored decrypted (backends/pdf/unlock.py) and the
    password is forgotten: `sha256` and `size_bytes` are always those of the stored bytes.
    """
    if collection_id is None:  # a token limited to other collections may not put it there either
        collection_id = default_collection(asker=asker).key
    collection, _ = collection_for(asker=asker, key=collection_id, needs=Role.EDITOR)
    owner = asker.user
    accepted = _checked(file=file, filename=filename, owner=owner, collection=collection, title=title,
                        password=password)  # fmt: skip
    document = accepted.document
    if not accepted.created and document.status != Document.Status.FAILED:
        return accepted  # the same bytes again: nothing new happens

    def save_and_audit(save: Callable[[], None]) -> None:  # in the transaction that queues the job
        save()
        audit_document(audit.Action.UPLOAD, document=document, actor=owner, origin=origin)

    if accepted.created:
        _save_and_queue(document, save=partial(save_and_audit, partial(document.save, force_insert=True)))
    else:
        queue_again(document, wrap=save_and_audit)  # uploading a failed document again tries it again
    return accepted


def store_upload(
    *,
    file: IO[bytes],
    filename: str,
    collection: Collection | None = None,
    owner: User | None = None,
    title: str = "",
    password: str | None = None,
    origin: audit.Origin | None = None,
) -> Accepted:
    """`accept_upload` without queueing anything or checking roles (the operator's command
    names the collection): the same checks, the file and its row, saved as queued (and
    audited; a failed one again: an ingestion runs only a queued document, ingestion/state.py).
    `manage.py ingest` ingests it right away, in its own process. Without a `collection`, the
    owner's personal one, or the library."""
    if collection is None:
        collection = default_collection(asker=Asker(user=owner))
    accepted = _checked(file=file, filename=filename, owner=owner, collection=collection, title=title,
                        password=password)  # fmt: skip
    document = accepted.document
    if accepted.created or document.status == Document.Status.FAILED:
        fields = None if accepted.created else state.queue_again(document)
        with transaction.atomic():
            document.save(force_insert=accepted.created, update_fields=fields)
            audit_document(audit.Action.UPLOAD, document=document, actor=owner, origin=origin)
    return accepted


def _checked(
    *, file: IO[bytes], filename: str, owner: User | None, collection: Collection, title: str, password: str | None
) -> Accepted:
    """The checks and the stored file; the row is not saved yet if `created`."""
    size, sha256 = _inspect(file)
    unlocked = _unlock(file, password) if password else None
    try:
        if unlocked is not None:  # what is stored from here on is the unlocked copy
            file = unlocked
            size, sha256 = _inspect(file)
        return _store(file=file, filename=filename, owner=owner, collection=collection, title=title, size=size,
                      sha256=sha256)  # fmt: skip
    finally:
        if unlocked is not None:
            unlocked.close()


def _unlock(file: IO[bytes], password: str) -> IO[bytes] | None:
    try:
        return unlock_pdf(file=file, password=password)
    except PdfPasswordError as exc:
        raise UploadRejected(str(exc), 400) from exc


def _store(
    *, file: IO[bytes], filename: str, owner: User | None, collection: Collection, title: str, size: int, sha256: str
) -> Accepted:
    existing = Document.objects.filter(collection=collection, sha256=sha256).first()
    if existing is not None:  # before the quota: the same bytes again are no new usage
        new_title = (title or "").strip()[:300]
        if new_title and new_title != existing.title:  # the same bytes under a new title: renamed
            existing.title = new_title
            existing.save(update_fields=["title", "updated_at"])
        return Accepted(document=existing, created=False)
    try:
        quotas.check_storage(owner=owner, adding_bytes=size)
    except quotas.QuotaExceeded as exc:
        raise UploadRejected(str(exc), 413) from exc

    safe_name = Path(filename or "upload.pdf").name[:200] or "upload.pdf"
    document = Document(
        id=uuid.uuid4(),
        owner=owner,
        collection=collection,
        title=(title or "").strip()[:300] or Path(safe_name).stem[:300] or "Untitled",
        filename=safe_name,
        sha256=sha256,
        size_bytes=size,
        job_id=str(uuid.uuid4()),
    )
    file.seek(0)
    # Stored under a name we choose (the hash), never the client's: no traversal, no clashes.
    name = f"documents/{sha256}.pdf"
    if document.file.storage.exists(name):  # the same bytes in another collection: share the file
        document.file.name = name
    else:
        document.file.save(f"{sha256}.pdf", File(file), save=False)
    return Accepted(document=document, created=True)


def queue_again(document: Document, *, wrap: Callable[[Callable[[], None]], None]) -> None:
    """Queued again from the start: no error, and no progress left over from the failed run;
    `wrap(save)` saves it (and writes what goes with the save)."""
    fields = state.queue_again(document)
    _save_and_queue(document, save=partial(wrap, partial(document.save, update_fields=fields)))


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


def open_file(*, document: Document, actor: User | None, origin: audit.Origin | None = None) -> IO[bytes]:
    """The document's PDF, opened for reading (FileNotFoundError if storage lost it); the
    download is audited."""
    opened = document.file.open("rb")
    audit_document(audit.Action.DOWNLOAD, document=document, actor=actor, origin=origin)
    return opened


def audit_document(action: str, *, document: Document, actor: User | None, origin: audit.Origin | None) -> None:
    """Record `action` on `document` in its collection's trail (services/audit.py)."""
    audit.record(action=action, actor=actor, origin=origin, target_id=document.id, target_label=document.title,
                 detail={"filename": document.filename, "sha256": document.sha256},
                 collection_key=document.collection.key)  # fmt: skip


def delete_document(*, document: Document, actor: User | None = None, origin: audit.Origin | None = None) -> None:
    """Remove the document, its chunks (and so its vectors) and its file, and cancel its work.

    Files are named by content, so an upload of the same bytes to another collection shares the file:
    it is removed with the last document that uses it. Its jobs that have not started are
    canceled once the deletion commits (which frees its owner's queue slots); a running one
    notices that the document is gone and stops quietly.
    """
    storage, name, document_id = document.file.storage, document.file.name, str(document.id)
    with transaction.atomic():
        audit_document(audit.Action.DELETE, document=document, actor=actor, origin=origin)
        document.delete()  # its chunks go in the same transaction, and with them its index entries
        transaction.on_commit(partial(cancel_queued_jobs, document_id=document_id))
    if name and storage.exists(name) and not Document.objects.filter(file=name).exists():
        storage.delete(name)


def cancel_queued_jobs(*, document_id: str) -> None:
    """The deleted document's queued jobs (queue/lifecycle.py); if Redis is away they
    run later, find no document and end quietly."""
    import logging

    from redis.exceptions import RedisError

    from chat.queue.lifecycle import cancel_jobs

    try:
        cancel_jobs(row_id=document_id)
    except RedisError as exc:
        logging.getLogger(__name__).warning("could not cancel the jobs of document %s: %s", document_id, exc)
