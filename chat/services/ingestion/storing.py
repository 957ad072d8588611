"""Step 5, store: the chunks and their index terms in one transaction, and the document ready.

The search engine's index (FTS5 triggers on SQLite, PostgreSQL's generated column) is written
with the chunks, so the document becomes searchable exactly when it becomes ready. Vectors
follow later (services/vectors.py); queued here, their job is queued in the same transaction,
so a ready document never waits for vectors nobody will compute.
"""

from collections.abc import Sequence

from django.db import transaction

from chat.models import Chunk, Document, PageText
from chat.retrieval.indexing import index_text
from chat.services.ingestion import state
from chat.services.ingestion.splitting import Piece
from chat.services.vectors import queue_embedding, vectors_wanted


def store_chunks(
    *, document: Document, chunks: Sequence[Piece], queue_vectors: bool, outcome: dict | None = None
) -> None:
    """Replace the document's chunks with `chunks` (splitting.py's passages): it is ready. With
    `queue_vectors`, the vectors job is queued with them (else the caller computes them, or
    nobody: `vector_status` says queued until then). `outcome` adds OCR's result fields.
    DocumentGone if the document was deleted, or finished by another job, meanwhile."""
    rows = _chunk_rows(document=document, chunks=chunks)
    with transaction.atomic():
        state.ready(document=document, chunks=rows, vector_status=_vector_status(), outcome=outcome or {})
        _swap(document=document, rows=rows)
        PageText.objects.filter(document=document).delete()  # the chunks hold the text now
        if vectors_wanted() and queue_vectors:
            queue_embedding(document_id=document.id, owner_id=document.owner_id)


def replace_chunks(*, document: Document, chunks: Sequence[Piece]) -> list[Chunk]:
    """A ready document's chunks replaced with `chunks` in one transaction: searchable with the
    old ones until the commit, with the new ones after; their vectors are the caller's to compute
    (`vector_status` says queued until then). DocumentGone if it is no longer ready."""
    rows = _chunk_rows(document=document, chunks=chunks)
    with transaction.atomic():
        state.resplit(document=document, chunks=rows, vector_status=_vector_status())
        _swap(document=document, rows=rows)
    return rows


def _chunk_rows(*, document: Document, chunks: Sequence[Piece]) -> list[Chunk]:
    """The rows of `chunks` (not saved), with their index terms."""
    rows = []
    for order, piece in enumerate(chunks):
        indexed = index_text(
            piece.text, collection_pk=document.collection_id, section=piece.section, language=piece.language
        )
        rows.append(
            Chunk(
                document=document,
                page=piece.page,
                order=order,
                text=piece.text,
                section=piece.section,
                language=piece.language,
                page_starts=[list(start) for start in piece.page_starts],
                search_terms=indexed.search_terms,
                token_count=indexed.token_count,
            )
        )
    return rows


def _vector_status() -> str:
    """Where new chunks' vectors stand: queued for the model, or off without one."""
    return Document.VectorStatus.QUEUED if vectors_wanted() else Document.VectorStatus.OFF


def _swap(*, document: Document, rows: list[Chunk]) -> None:
    """The document's chunks replaced with `rows`, in the caller's transaction."""
    Chunk.objects.filter(document=document).delete()
    Chunk.objects.bulk_create(rows, batch_size=500)
