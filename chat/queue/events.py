"""A chat job's events, in a Redis Stream per job: what a streaming client reads.

    status {"status": "queued" | "started", "error"?}   the job waits for a worker (again, with
                                                         the error, when it waits for a retry), or started
    delta  {"text": "..."}                               answer text as the model writes it
    sources {"sources": [...]}                           the passages, once the answer is complete
    done   {"answer", "backend", "model", "sources"}     the job finished (the RQ result)
    error  {"error": "..."}                              the job failed for good

The worker appends (XADD); readers ask for what follows the last id they saw (XREAD), so
a client that reconnects with that id misses nothing, unlike pub/sub, which drops what was
published before a subscriber came. Each stream is capped at JOB_EVENTS_MAX entries and
expires JOB_EVENTS_TTL seconds after its last event. Appending never fails a job: if Redis
is away the event is lost (logged) and the job's row still records the outcome.
"""

import json
import logging
import time
from dataclasses import dataclass

from django.conf import settings
from redis.exceptions import RedisError

from chat.queue.connection import connection as redis_for

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class JobEvent:
    id: str  # the stream entry id, e.g. "1733050000000-0": the SSE event id
    type: str
    data: dict


def stream_key(job_id: str) -> str:
    return f"pdfchat:job-events:{job_id}"


def append(*, job_id: str, type: str, data: dict) -> None:
    """Append one event to the job's stream (capped, expiring)."""
    key = stream_key(job_id)
    try:
        pipeline = redis_for(settings.CHAT_QUEUE).pipeline(transaction=False)
        pipeline.xadd(key, {"type": type, "data": json.dumps(data)}, maxlen=settings.JOB_EVENTS_MAX, approximate=True)
        pipeline.expire(key, settings.JOB_EVENTS_TTL)
        pipeline.execute()
    except RedisError as exc:
        logger.warning("job %s: event %s not recorded: %s", job_id, type, exc)


class DeltaWriter:
    """Answer text to `delta` events, a few tokens to an event: one XADD per token cost a long
    answer a quarter of a second. Text waits at most FLUSH_SECONDS or FLUSH_CHARS."""

    FLUSH_SECONDS = 0.05
    FLUSH_CHARS = 200

    def __init__(self, job_id: str) -> None:
        self.job_id = job_id
        self._pending: list[str] = []
        self._size = 0
        self._since = time.monotonic()

    def __call__(self, text: str) -> None:
        self._pending.append(text)
        self._size += len(text)
        if self._size >= self.FLUSH_CHARS or time.monotonic() - self._since >= self.FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            append(job_id=self.job_id, type="delta", data={"text": "".join(self._pending)})
        self._pending, self._size, self._since = [], 0, time.monotonic()


def read(*, job_id: str, after: str = "0-0", block_ms: int | None = None, count: int = 500) -> list[JobEvent]:
    """The events after `after` (all of them by default), waiting up to `block_ms` for one."""
    connection = redis_for(settings.CHAT_QUEUE)
    reply = connection.xread({stream_key(job_id): after}, count=count, block=block_ms)
    return [
        JobEvent(id=_text(entry_id), type=_text(fields[b"type"]), data=json.loads(fields[b"data"]))
        for _, entries in reply or []
        for entry_id, fields in entries
    ]


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
