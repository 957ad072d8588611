"""The only door from bench/ (and tests/bench) into chat's ingestion.

chat's ingestion API changes as the app grows (issue 18 turned `pipeline.ingest_document(
vectors=...)` and the private `_store_chunks` into public steps). Every benchmark calls these
two functions instead, so that such a change touches this file only, and a benchmark can
never again call a signature that no longer exists without a failing tiny test
(bench.scale did, issue 18 item 4).

Two more answer questions about OCR for bench.ocr_corpus (whether the engine can run here,
and whether a page's text layer sends it to OCR), for the same reason. All need Django set up
(bench/inprocess.py, or a stack's child process).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any


def make_searchable(document_id: uuid.UUID | str) -> Any:
    """Read, OCR (inline, batch after batch), clean, split and store an accepted document: it ends
    ready and searchable by BM25, without vectors (the caller embeds it if it wants them,
    chat.services.vectors.embed_document), or failed. Returns the Document (None if deleted);
    a failure is recorded on the document and re-raised."""
    from chat.services.ingestion import pipeline
    from chat.services.ingestion.progress import Progress

    return pipeline.make_searchable(document_id=document_id, progress=Progress(document_id))


def store_chunks(document: Any, chunks: Sequence[tuple[int, str]]) -> None:
    """Bulk-load `chunks` ((page, text) pairs) as a processing document's chunks, with their real
    index terms, in one transaction: the document ends ready, and no vectors are queued."""
    from chat.services.ingestion.splitting import Piece
    from chat.services.ingestion.storing import store_chunks as store

    store(document=document, chunks=[Piece(page, text) for page, text in chunks], queue_vectors=False)


def ocr_problem() -> str:
    """Why the configured OCR engine cannot read pages here ("" if it can): scanned pages are then
    left unread, listed in `ocr_pages_failed`."""
    from chat.services.ingestion.recognition import engine_problem

    return engine_problem()


def page_needs_ocr(text: str) -> bool:
    """Whether a page with this text layer has too few letters and digits to go without OCR."""
    from chat.services.ingestion.reading import needs_ocr

    return needs_ocr(text)
