"""Search engines: the database's own inverted index (and vector search) behind one small interface.

An engine answers two questions about a `Scope` (the documents one question searches):
which of its chunks hold these index terms and how often (`postings`), and which of its
chunks are nearest to this vector (`nearest`). Everything else (BM25, fusion, the gate) is
computed from those answers in `chat/retrieval/`, the same way for every engine.

The engine follows the database (SEARCH_ENGINE=auto): SQLite FTS5 for the embedded default,
PostgreSQL full-text search with a GIN index and pgvector at scale. Both are written by the
same transaction that writes the chunks (triggers, generated columns), so a document is
searchable the moment it is ready and gone the moment it is deleted; no process holds an
index of its own.
"""

from collections.abc import Sequence
from functools import cache
from typing import Protocol

import numpy as np
from django.conf import settings
from django.db import connection
from django.utils.module_loading import import_string

from chat.retrieval.types import Posting, Scope

ENGINES = {
    "sqlite": "chat.retrieval.engines.sqlite.SqliteEngine",
    "postgresql": "chat.retrieval.engines.postgres.PostgresEngine",
}


class SearchEngine(Protocol):
    name: str

    def postings(self, *, scope: Scope, terms: Sequence[str]) -> list[Posting]:
        """Every (chunk, term) pair of the scope's chunks that hold one of `terms`."""
        ...

    def nearest(self, *, scope: Scope, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """(chunk id, cosine similarity) of the scope's k chunks nearest to `vector`, best first."""
        ...

    def prepare_vectors(self, *, dimensions: int) -> None:
        """Called in the ingestion transaction before vectors of this dimension are stored."""
        ...


def engine_path() -> str:
    choice = settings.SEARCH_ENGINE
    if choice == "auto":
        choice = connection.vendor
    if choice in ENGINES:
        return ENGINES[choice]
    if "." not in choice:
        raise ValueError(f"SEARCH_ENGINE={choice!r}: use auto, {', '.join(ENGINES)} or a dotted class path.")
    return choice


@cache
def _build(path: str) -> SearchEngine:
    return import_string(path)()


def get_engine() -> SearchEngine:
    """The configured engine (stateless; one instance per process)."""
    return _build(engine_path())
