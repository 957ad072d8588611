"""The services under one engine's run, started and stopped around it: a private redis-server
(each upload queues its ingestion job there) and, for PostgreSQL, the embedded server.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from bench.stack import BenchError


@contextlib.contextmanager
def services(workdir: Path, engine: str) -> Iterator[tuple[str, str]]:
    """A private redis-server and, for PostgreSQL, the embedded server: (database URL or "", Redis URL)."""
    from scripts.processes import start_redis

    redis_process, redis_url = start_redis(data_dir=workdir / "redis", log=workdir / "redis.log", error=BenchError)
    server = None
    try:
        database_url = ""
        if engine == "postgresql":
            from scripts.embedded_postgres import EmbeddedPostgres, EmbeddedPostgresError

            server = EmbeddedPostgres(workdir / "pg")
            try:
                database_url = server.start()
            except EmbeddedPostgresError as exc:
                raise BenchError(f"the embedded PostgreSQL did not start: {exc}") from exc
        yield database_url, redis_url
    finally:
        if server is not None:
            server.stop()
        redis_process.stop()
