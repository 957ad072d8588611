"""Retrieval over the chunks of ready documents, behind one small interface.

The embedded default, `HybridRetriever`, keeps everything in the Django database and
searches in memory: BM25 always, plus cosine similarity over the stored vectors when an
embeddings backend produced them, fused by reciprocal rank. The in-memory index is built
once per process and rebuilt when the set of ready documents changes (checked with one
small query per search). A PostgreSQL + pgvector retriever would implement the same
`Retriever` protocol and be selected with RETRIEVER_BACKEND; views, services and tasks
would not change.
"""

import logging
import threading
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from typing import Protocol

import numpy as np
from django.conf import settings
from django.db.models import Count, Max, Sum
from django.utils.module_loading import import_string

from chat.backends.embeddings import get_embeddings
from chat.backends.lexical import BM25Index
from chat.models import Chunk, Document

logger = logging.getLogger(__name__)

RRF_K = 60  # the usual reciprocal-rank-fusion constant


@dataclass(frozen=True)
class Hit:
    chunk_id: int
    score: float  # relevance of this chunk to the query, 0..1, higher is better


@dataclass(frozen=True)
class SearchResult:
    hits: list[Hit]
    covered: bool  # False: nothing is relevant enough to answer from


class Retriever(Protocol):
    def search(self, *, query: str, k: int, document_ids: Collection[str] | None = None) -> SearchResult: ...

    def invalidate(self) -> None: ...

    def warm(self) -> None:
        """Build caches now (workers call it before forking a job)."""
        ...


@dataclass
class _Index:
    version: tuple
    chunk_ids: np.ndarray
    document_ids: np.ndarray  # per chunk, as str
    bm25: BM25Index
    vectors: np.ndarray | None  # unit rows, one per chunk, when every chunk has one


class HybridRetriever:
    """BM25 (+ vectors when present) over all ready chunks, cached in this process."""

    def __init__(self) -> None:
        self._index: _Index | None = None
        self._lock = threading.Lock()

    def invalidate(self) -> None:
        self._index = None

    def warm(self) -> None:
        self._current_index()

    def search(self, *, query: str, k: int, document_ids: Collection[str] | None = None) -> SearchResult:
        index = self._current_index()
        if index.bm25.size == 0:
            return SearchResult(hits=[], covered=False)
        allowed = np.ones(index.bm25.size, dtype=bool)
        if document_ids is not None:
            allowed = np.isin(index.document_ids, list(document_ids))

        lexical = np.where(allowed, index.bm25.scores(query), 0.0)
        rankings = [_ranking(lexical)]
        if index.vectors is not None:
            query_vector = get_embeddings().embed_query(query)
            if query_vector is not None and query_vector.shape[-1] == index.vectors.shape[1]:
                rankings.append(_ranking(np.where(allowed, index.vectors @ query_vector.ravel(), -np.inf)))
        fused = _reciprocal_rank_fusion(rankings, size=index.bm25.size)
        fused[~allowed] = 0.0
        rows = [int(row) for row in np.argsort(-fused, kind="stable")[:k] if fused[row] > 0]
        if not rows:
            return SearchResult(hits=[], covered=False)

        relevance = [index.bm25.relevance(query, row) for row in rows]
        hits = [
            Hit(chunk_id=int(index.chunk_ids[row]), score=share)
            for row, (share, _) in zip(rows, relevance, strict=True)
        ]
        # The gate looks at the best lexical evidence, whichever ranking put it first.
        best_lexical = int(np.argmax(lexical))
        evidence = [*relevance, index.bm25.relevance(query, best_lexical)] if lexical[best_lexical] > 0 else relevance
        covered = any(
            share >= settings.RELEVANCE_THRESHOLD and terms >= settings.RELEVANCE_MIN_TERMS for share, terms in evidence
        )
        if covered and settings.RELEVANCE_UNKNOWN_WORD_ZIPF > 0:
            covered = not index.bm25.unknown_rare_words(query, max_zipf=settings.RELEVANCE_UNKNOWN_WORD_ZIPF)
        return SearchResult(hits=hits, covered=covered)

    def _current_index(self) -> _Index:
        version = _ready_version()
        index = self._index
        if index is not None and index.version == version:
            return index
        with self._lock:
            if self._index is None or self._index.version != version:
                self._index = _build_index(version)
            return self._index


def _ready_version() -> tuple:
    """Changes whenever a document becomes ready, is re-ingested or is deleted."""
    ready = Document.objects.filter(status=Document.Status.READY).aggregate(
        n=Count("id"), latest=Max("ingested_at"), chunks=Sum("chunk_count")
    )
    return ready["n"], ready["latest"], ready["chunks"]


def _build_index(version: tuple) -> _Index:
    rows = list(
        Chunk.objects.filter(document__status=Document.Status.READY)
        .order_by("id")
        .values_list("id", "document_id", "text", "embedding")
    )
    vectors = None
    if rows and all(row[3] is not None for row in rows):
        stacked = [np.frombuffer(bytes(row[3]), dtype=np.float32) for row in rows]
        if len({len(v) for v in stacked}) == 1:
            vectors = np.vstack(stacked)
    logger.info("built the search index: %d chunks%s", len(rows), " with vectors" if vectors is not None else "")
    return _Index(
        version=version,
        chunk_ids=np.array([row[0] for row in rows], dtype=np.int64),
        document_ids=np.array([str(row[1]) for row in rows], dtype=object),
        bm25=BM25Index([row[2] for row in rows]),
        vectors=vectors,
    )


def _ranking(scores: np.ndarray) -> np.ndarray:
    """Row indices with a positive (finite) score, best first."""
    order = np.argsort(-scores, kind="stable")
    return order[np.isfinite(scores[order]) & (scores[order] > 0)]


def _reciprocal_rank_fusion(rankings: list[np.ndarray], *, size: int) -> np.ndarray:
    fused = np.zeros(size, dtype=np.float64)
    for ranking in rankings:
        fused[ranking] += 1.0 / (RRF_K + 1 + np.arange(len(ranking)))
    return fused


@cache
def _build(path: str) -> Retriever:
    return import_string(path)()


def get_retriever() -> Retriever:
    """The configured retriever (RETRIEVER_BACKEND), one per process so its cache is shared."""
    return _build(settings.RETRIEVER_BACKEND)
