"""What a run leaves behind, read once the servers are stopped: the ChatJob rows (with sqlite3,
not Django), RQ's registries and results of the chat queue in Redis, and the notable lines of
the children's logs. The verify phase checks the jobs against them.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import redis
from rq import Queue
from rq.results import Result

from bench.load.constants import CHAT_QUEUE


def parse_db_time(value: str | None) -> float | None:
    """A Django SQLite datetime (UTC, naive text) as a POSIX timestamp."""
    if not value:
        return None
    return datetime.fromisoformat(value).replace(tzinfo=UTC).timestamp()


@dataclass
class DbRow:
    id: str
    status: str
    backend: str
    answer: str
    created: float | None
    started: float | None
    finished: float | None


def read_rows(db_path: Path) -> list[DbRow]:
    """All ChatJob rows, read directly with sqlite3 (Django stores UUIDs as 32 hex digits)."""
    with contextlib.closing(sqlite3.connect(db_path, timeout=30)) as conn:
        cursor = conn.execute(
            "SELECT id, status, backend, answer, created_at, started_at, finished_at FROM chat_chatjob"
        )
        return [
            DbRow(uuid.UUID(row[0]).hex, row[1], row[2], row[3], *(parse_db_time(v) for v in row[4:])) for row in cursor
        ]


@dataclass
class RedisFacts:
    finished_registry: set[str]
    runs: dict[str, int]  # job id -> number of RQ results (one per execution)
    queued: int
    started: int
    failed: int


def read_redis(redis_url: str, job_ids: Sequence[str]) -> RedisFacts:
    with contextlib.closing(redis.Redis.from_url(redis_url)) as conn:
        queue = Queue(CHAT_QUEUE, connection=conn)
        finished = {job_id.decode() for job_id in conn.zrange(queue.finished_job_registry.key, 0, -1)}
        pipe = conn.pipeline(transaction=False)
        for job_id in job_ids:
            pipe.xlen(Result.get_key(job_id))
        runs = dict(zip(job_ids, pipe.execute(), strict=True))
        return RedisFacts(
            finished_registry=finished,
            runs=runs,
            queued=queue.count,
            started=queue.started_job_registry.get_job_count(cleanup=False),
            failed=queue.failed_job_registry.get_job_count(cleanup=False),
        )


LOG_PATTERNS = {
    "database is locked": re.compile(r"database is locked", re.IGNORECASE),
    "Traceback": re.compile(r"^Traceback", re.MULTILINE),
    "WORKER TIMEOUT": re.compile(r"WORKER TIMEOUT"),
    "ERROR": re.compile(r"\bERROR\b"),
}


def scan_logs(tmp: Path) -> dict[str, Counter]:
    found: dict[str, Counter] = {}
    for log in sorted(tmp.glob("*.log")):
        text = log.read_text(errors="replace")
        counts = Counter({name: len(pattern.findall(text)) for name, pattern in LOG_PATTERNS.items()})
        counts = +counts  # drop zeros
        if counts:
            found[log.name] = counts
    return found
