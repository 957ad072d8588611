"""PostgreSQL: full-text search with a GIN index over the chunks' index terms, pgvector for vectors.

`chat_chunk.search_vector` is a stored generated column, `to_tsvector('simple', search_terms)`,
with a GIN index (see `postgres_schema`): written by the same INSERT as the chunk. The GIN
index finds the scope's candidates for the query's terms (partitioned per owner, terms.py),
and `setweight` + `ts_filter` cut each candidate's vector down to the query's terms, whose
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


class PostgresEngine:
    name = "postgresql-gin"

    def postings(self, *, scope: Scope, terms: Sequence[str]) -> list[Posting]:
        if not terms or not scope.document_ids:
            return []
        sql = """
            SELECT c.id, c.token_count, p.lexeme, cardinality(p.positions)
            FROM chat_chunk c
            CROSS JOIN LATERAL unnest(ts_filter(setweight(c.search_vector, 'A', %s::text[]), '{a}')) AS p
            WHERE c.document_id = ANY(%s::uuid[]) AND c.search_vector @@ %s::tsquery
        """
        query = " | ".join(f"'{term}'" for term in terms)  # index terms are [a-z0-9] only
        with connection.cursor() as cursor:
            cursor.execute(sql, [list(terms), list(scope.document_ids), query])
            return [Posting(chunk_id=row[0], length=row[1], term=row[2], frequency=row[3]) for row in cursor]

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
