"""PostgreSQL's search structures: pgvector, the generated tsvector column and its GIN index.

Installed by migration 0003. Any PostgreSQL >= 15 with the `vector` extension available
works; without it `migrate` stops with an error saying what to install.
"""

from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError
from django.db.backends.base.base import BaseDatabaseWrapper

MIN_VERSION = 150000

MISSING_VECTOR = (
    "PostgreSQL's 'vector' extension (pgvector) is not available on this server, or this user may not create "
    "it. Install pgvector for your PostgreSQL (e.g. the Debian/Ubuntu package postgresql-<version>-pgvector, "
    "or https://github.com/pgvector/pgvector), or have a superuser run CREATE EXTENSION vector; in this "
    "database, then run migrate again. ({error})"
)


def require_server(connection: BaseDatabaseWrapper) -> None:
    """PostgreSQL >= 15 with pgvector, or a clear ImproperlyConfigured."""
    if connection.pg_version < MIN_VERSION:
        raise ImproperlyConfigured(
            f"pdfchat needs PostgreSQL 15 or newer; this server is {connection.pg_version // 10000}."
        )
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'vector'")
        if cursor.fetchone():
            return
        savepoint = connection.savepoint() if connection.in_atomic_block else None  # migrate runs atomically
        try:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS vector")
        except DatabaseError as exc:
            if savepoint:
                connection.savepoint_rollback(savepoint)
            raise ImproperlyConfigured(MISSING_VECTOR.format(error=str(exc).strip().splitlines()[0])) from exc


def install(connection: BaseDatabaseWrapper) -> None:
    """The embedding column as pgvector, the generated tsvector and the indexes."""
    with connection.cursor() as cursor:
        # 0001 created `embedding` as bytea; no PostgreSQL installation had vectors before
        # (the driver was not even installed), so the column is replaced, not converted.
        cursor.execute("ALTER TABLE chat_chunk DROP COLUMN IF EXISTS embedding")
        cursor.execute("ALTER TABLE chat_chunk ADD COLUMN embedding vector NULL")
        cursor.execute(
            "ALTER TABLE chat_chunk ADD COLUMN search_vector tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple', search_terms)) STORED"
        )
        cursor.execute("CREATE INDEX chat_chunk_search_vector_gin ON chat_chunk USING gin (search_vector)")


def uninstall(connection: BaseDatabaseWrapper) -> None:
    with connection.cursor() as cursor:
        cursor.execute("DROP INDEX IF EXISTS chat_chunk_search_vector_gin")
        cursor.execute("ALTER TABLE chat_chunk DROP COLUMN IF EXISTS search_vector")
        cursor.execute("ALTER TABLE chat_chunk DROP COLUMN IF EXISTS embedding")
        cursor.execute("ALTER TABLE chat_chunk ADD COLUMN embedding bytea NULL")


def ensure_vector_index(connection: BaseDatabaseWrapper, *, dimensions: int) -> None:
    """An HNSW (cosine) index over the vectors of this dimension, created once, in the caller's transaction.

    pgvector indexes only fixed-dimension vectors, and the column takes any model's, so the
    index is on `embedding::vector(N)` for the rows of dimension N.
    """
    name = f"chat_chunk_embedding_hnsw_{int(dimensions)}"
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_indexes WHERE tablename = 'chat_chunk' AND indexname = %s", [name])
        if cursor.fetchone():
            return
        cursor.execute("SAVEPOINT pdfchat_hnsw")
        try:
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS {name} ON chat_chunk USING hnsw "
                f"((embedding::vector({int(dimensions)})) vector_cosine_ops) "
                f"WHERE vector_dims(embedding) = {int(dimensions)}"
            )
            cursor.execute("RELEASE SAVEPOINT pdfchat_hnsw")
        except DatabaseError:  # another ingestion created it at the same moment
            cursor.execute("ROLLBACK TO SAVEPOINT pdfchat_hnsw")
