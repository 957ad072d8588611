"""PostgreSQL: full-text search with a GIN index over the chunks' index terms, pgvector for vectors.

`chat_chunk.search_vector` is a stored generated column, `to_tsvector('simple', search_terms)`,
with a GIN index (see `postgres_schema`): written by the same INSERT as the chunk. The GIN
index finds the scope's candidates for the query's terms (partitioned per collection,
terms.py; each partition's terms are looked up in its own documents), and `setweight` +
`ts_filter` cut each candidate's vector down to the query's terms, whose
positions give the term frequencies; BM25 is computed from them (bm25.py), since
`ts_rank` knows no IDF.

Vectors live in a pgvector `vector` column of any dimension. A scope of up to
VECTOR_EXACT_MAX_CHUNKS chunks is searched exactly (its rows, found through the document
index), so its results depend on those documents alone; larger scopes use an HNSW index
(cosine) per dimension, created when the first vectors of that dimension are stored.
"""

from collections.abc import Sequence

import numpy as np
from django.conf import settings
from django.db import connection, transaction

from chat.fields import vector_to_db
from chat.retrieval.engines.postgres_schema import ensure_vector_index
from chat.retrieval.types import Posting, Scope

POSTINGS = """
    SELECT c.id, c.token_count, p.lexeme, cardinality(p.positions)
    FROM chat_chunk c
    CROSS JOIN LATERAL unnest(ts_filter(setweight(c.search_vector, 'A', %s::text[]), '{a}')) AS p
    WHERE c.document_id = ANY(%s::uuid[]) AND c.search_vector @@ %s::tsquery
"""


class PostgresEngine:
    name = "postgresql-gin"

    def postings(self, *, scope: Scope, terms: Sequence[str]) -> list[Posting]:
        """One query per partition, each with its own terms and documents, in one round trip: a
        chunk holds only its collection's terms, so testing it against every partition's would
        be wasted work that grows with the collections searched."""
        if not terms or not scope.document_ids:
            return []
        parts, params = [], []
        for prefix, document_ids in scope.partitions or ((None, scope.document_ids),):
            own = [
                t
                for t in terms
                if prefix is None or (t.startswith(prefix) and t[len(prefix) : len(prefix) + 1] in "wh")
            ]
            if not own:
                continue
            parts.append(POSTINGS)
            query = " | ".join(f"'{term}'" for term in own)  # index terms are [a-z0-9] only
            params += [own, list(document_ids), query]
        if not parts:
            return []
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts), params)
            return list(map(Posting._make, cursor.fetchall()))

    def nearest(self, *, scope: Scope, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        if not scope.document_ids:
            return []
        query = np.asarray(vector, dtype=np.float32).ravel()
        dims = len(query)
        if scope.chunk_count <= settings.VECTOR_EXACT_MAX_CHUNKS:
            # Exact: the scope's rows through the document index; results depend on them alone.
            distance = "embedding <=> %s::vector"
            options = ""
        else:
            # Approximate: the HNSW index of this dimension (postgres_schema.ensure_vector_index),
            # scanning on until k rows of the scope are found.
            distance = f"(embedding::vector({dims})) <=> %s::vector({dims})"
            options = "SET LOCAL hnsw.iterative_scan = relaxed_order"
        sql = f"""
            SELECT id, 1 - ({distance}) AS similarity FROM chat_chunk
            WHERE document_id = ANY(%s::uuid[]) AND embedding IS NOT NULL AND vector_dims(embedding) = %s
            ORDER BY {distance}, id LIMIT %s
        """
        literal = vector_to_db(query)
        with transaction.atomic(), connection.cursor() as cursor:
            if options:
                cursor.execute(options)
            cursor.execute(sql, [literal, list(scope.document_ids), dims, literal, k])
            rows = [(row[0], float(row[1])) for row in cursor]
        rows.sort(key=lambda row: (-row[1], row[0]))  # relaxed_order may return them slightly out of order
        return rows

    def prepare_vectors(self, *, dimensions: int) -> None:
        ensure_vector_index(connection, dimensions=dimensions)
