"""Documents as an asker sees them: the ones in collections they may read."""

import uuid
from collections.abc import Collection as Some

from django.db.models import Count, Q, QuerySet

from chat.models import Chunk, Collection, Document, OcrWords
from chat.selectors.access import Asker, document_for, readable_pks


def document_list(
    *, asker: Asker, status: str | None = None, collection_id: uuid.UUID | str | None = None
) -> QuerySet[Document]:
    """The documents of every collection the asker may read (or of one: NotFound if it is
    not readable), newest first, optionally only those with one status."""
    pks = readable_pks(asker=asker, keys=None if collection_id is None else [collection_id])
    documents = Document.objects.filter(collection_id__in=pks).select_related("collection")
    if status in Document.Status.values:
        documents = documents.filter(status=status)
    return documents.order_by("-created_at", "id")


def collections_with_documents() -> list[tuple[str, str, int]]:
    """(key, name, ready documents) of every collection that has ready documents, by name."""
    rows = (
        Collection.objects.annotate(ready=Count("documents", filter=Q(documents__status=Document.Status.READY)))
        .filter(ready__gt=0)
        .order_by("name", "id")
        .values_list("key", "name", "ready")
    )
    return [(str(key), name, ready) for key, name, ready in rows]


def chunks_by_id(*, chunk_ids: Some[int]) -> dict[int, Chunk]:
    """Chunks with their document and its collection loaded, keyed by id (search hits into sources)."""
    chunks = Chunk.objects.select_related("document__collection").defer("embedding", "search_terms")
    return chunks.in_bulk(list(chunk_ids))


def page_words(*, asker: Asker, document_id: uuid.UUID | str, number: int) -> list[list]:
    """The words OCR read on a page of a document the asker may read, with their boxes
    ([text, x0, y0, x1, y1], fractions of the page), for the viewer to highlight a passage on a
    scanned page. [] for a page with a text layer (or none such). NotFound as for the document."""
    document = document_for(asker=asker, document_id=document_id)
    words = OcrWords.objects.filter(document=document, number=number).values_list("words", flat=True).first()
    return words or []
