"""The one way tests ingest a PDF in their own process. Every test that wants a real PDF
read, cleaned, split and stored calls `ingest_inline`; a test that only needs a document or
chunk rows uses the factories (factories.py) instead."""

from pathlib import Path


def ingest_inline(path: Path, title: str = "", owner=None):
    """Store and ingest a PDF in this process (no worker), as `manage.py ingest` does."""
    from chat.services.documents import store_upload
    from chat.services.ingestion.pipeline import ingest_here

    with path.open("rb") as file:
        accepted = store_upload(file=file, filename=path.name, title=title, owner=owner)
    return ingest_here(document_id=accepted.document.id)


def copy_of(source: Path, target: Path, n: int) -> Path:
    """The same PDF with different bytes (a trailing comment): a new sha256, so a new document."""
    target.write_bytes(source.read_bytes() + f"\n% copy {n}\n".encode())
    return target


def queue_upload(path: Path, owner=None):
    """Upload a PDF as the API does: stored, and its ingestion queued for a worker."""
    from chat.selectors.access import Asker
    from chat.services.documents import accept_upload

    with path.open("rb") as file:
        return accept_upload(file=file, filename=path.name, asker=Asker(user=owner)).document
