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
