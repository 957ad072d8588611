"""SQLite: FTS5 over the chunks' index terms; vectors searched with NumPy over the scope's rows.

`chat_chunk_fts` is an external-content FTS5 table over `chat_chunk.search_terms`, kept in
step by triggers, so it is written in the ingestion transaction itself (see `sqlite_schema`).
Postings come from its `fts5vocab` instance table: for one index term it lists every
(chunk, offset) without touching other terms, and since index terms carry the collection's
partition (terms.py) a search never walks the postings of a collection it may not read.

Vectors: the scope's rows are read and compared in NumPy, exactly. sqlite-vec was measured
against it (docs/decisions/001-sqlite-vectors-numpy-not-sqlite-vec.md): its vec0 table is
faster at 10k+ rows per user, but it is a second table to keep in step by hand, inserts 3-16x
slower, and needs a loadable extension in every connection, which this Python's sqlite3
cannot load (no enable_load_extension).
"""

from collections.abc import Sequence

import numpy as np
from django.db import connection

from chat.retrieval.types import Posting, Scope

FTS_TABLE = "chat_chunk_fts"
VOCAB_TABLE = "chat_chunk_fts_instance"


class SqliteEngine:
    name = "sqlite-fts5"

    def postings(self, *, scope: Scope, terms: Sequence[str]) -> list[Posting]:
        if not terms or not scope.document_ids:
            return []
        term_marks = ",".join(["%s"] * len(terms))
        doc_marks = ",".join(["%s"] * len(scope.document_ids))
        sql = (
            "SELECT c.id, c.token_count, v.term, v.tf FROM "
            f"(SELECT term, doc, count(*) AS tf FROM {VOCAB_TABLE} WHERE term IN ({term_marks}) GROUP BY term, doc) v "
            f"JOIN chat_chunk c ON c.id = v.doc WHERE c.document_id IN ({doc_marks})"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*terms, *(doc.hex for doc in scope.document_ids)])
            return list(map(Posting._make, cursor.fetchall()))

    def nearest(self, *, scope: Scope, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        if not scope.document_ids:
            return []
        query = np.asarray(vector, dtype=np.float32).ravel()
        doc_marks = ",".join(["%s"] * len(scope.document_ids))
        with connection.cursor() as cursor:
            # No ORDER BY: it would make SQLite sort the rows, vectors and all (docs/decisions/001).
            cursor.execute(
                f"SELECT id, embedding FROM chat_chunk WHERE document_id IN ({doc_marks}) AND length(embedding) = %s",
                [*(doc.hex for doc in scope.document_ids), query.nbytes],
            )
            rows = cursor.fetchall()
        if not rows:
            return []
        ids = np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))
        matrix = np.frombuffer(b"".join(bytes(row[1]) for row in rows), dtype=np.float32).reshape(len(rows), -1)
        similarity = matrix @ query
        if len(rows) > k:  # keep the k best (and whatever ties the k-th), then order those
            kth = np.partition(similarity, len(rows) - k)[len(rows) - k]
            keep = np.flatnonzero(similarity >= kth)
            ids, similarity = ids[keep], similarity[keep]
        order = np.lexsort((ids, -similarity))[:k]
        return [(int(ids[i]), float(similarity[i])) for i in order]

    def prepare_vectors(self, *, dimensions: int) -> None:
        """Nothing to prepare: the scope's rows are scanned."""
