"""The database under a run: an embedded PostgreSQL 18 + pgvector when the engine is PostgreSQL,
and what is read of it (its size, the GIN index's pending list, autovacuum at work). The
engines' own SQL, kept apart from the run's steps.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from bench.stack import BenchError, Stack


@contextlib.contextmanager
def embedded_postgres(tmp: Path) -> Iterator[str]:
    """A PostgreSQL 18 + pgvector server in `tmp/pg` with a database `pdfchat`; its URL."""
    import psycopg

    from scripts.embedded_postgres import EmbeddedPostgres, EmbeddedPostgresError

    server = EmbeddedPostgres(tmp / "pg")
    try:
        try:
            server.start()
        except EmbeddedPostgresError as exc:
            raise BenchError(f"the embedded PostgreSQL did not start: {exc}") from exc
        with psycopg.connect(server.url, autocommit=True) as conn:
            conn.execute("CREATE DATABASE pdfchat")
        yield server.url_for("pdfchat")
    finally:
        server.stop()


def database_mb(stack: Stack, engine: str) -> float:
    if engine == "sqlite":
        files = [stack.db_path, stack.db_path.with_name(stack.db_path.name + "-wal")]
        return sum(f.stat().st_size for f in files if f.exists()) / 2**20
    import psycopg

    with psycopg.connect(stack.env["DATABASE_URL"]) as conn:
        row = conn.execute("SELECT pg_database_size(current_database())").fetchone()
    return row[0] / 2**20


def gin_pending_pages(stack: Stack, engine: str) -> int | None:
    """PostgreSQL: pages in the GIN index's pending list, which every search scans whole (pgstattuple)."""
    if engine != "postgresql":
        return None
    import psycopg

    with psycopg.connect(stack.env["DATABASE_URL"], autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS pgstattuple")
        row = conn.execute("SELECT pending_pages FROM pgstatginindex('chat_chunk_search_vector_gin')").fetchone()
    return int(row[0])


def autovacuum_activity(stack: Stack, engine: str) -> list[str]:
    """PostgreSQL: what autovacuum workers are doing right now (they may slow a query down)."""
    if engine != "postgresql":
        return []
    import psycopg

    with psycopg.connect(stack.env["DATABASE_URL"]) as conn:
        rows = conn.execute(
            "SELECT query FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND query <> ''"
        ).fetchall()
    return [row[0] for row in rows]
