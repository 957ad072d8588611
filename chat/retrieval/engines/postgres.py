"""PostgreSQL: full-text search with a GIN index over the chunks' index terms, pgvector for vectors.

`chat_chunk.search_vector` is a stored generated column, `to_tsvector('simple', search_terms)`,
with a GIN index (see `postgres_schema`): written by the same INSERT as the chunk. The GIN
index finds the scope's candidates for the query's terms (partitioned per owner, terms.py),
and `setweight` + `ts_filter` cut each candidate's vector down to the query's terms, whose
positions give the term frequencies; BM25 is computed from them (bm25.py), since
`ts_rank` knows no IDF.

Vectors live in a pgvector `vector` column. A search is an exact cosine scan over the
scope's rows (the asker's chunks, found through the document index), so its results depend
on those documents alone; an HNSW index over all rows serves large scopes when the planner
prefers it (see postgres_schema).
"""

from collections.abc import Sequence

import numpy as np
from django.db import connection

from chat.retrieval.fields import vector_to_db
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
        sql = """
            SELECT id, 1 - (embedding <=> %s::vector) AS similarity FROM chat_chunk
            WHERE document_id = ANY(%s::uuid[]) AND embedding IS NOT NULL AND vector_dims(embedding) = %s
            ORDER BY embedding <=> %s::vector, id LIMIT %s
        """
        literal = vector_to_db(query)
        with connection.cursor() as cursor:
            cursor.execute(sql, [literal, list(scope.document_ids), len(query), literal, k])
            return [(row[0], float(row[1])) for row in cursor]
