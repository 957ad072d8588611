"""Server-sent events: `POST /chat/stream`, a synchronous answer as it is written, and
`GET /chat/jobs/{job_id}/events`, a chat job as it happens.

DRF views (event_streams.py: authentication, throttles, errors and schema as everywhere
else), served from the event loop. Each open stream holds a lease of the user's
STREAMS_PER_USER, and an answer being written one of ANSWERS_PER_USER (concurrency.py),
given back when the stream ends.

A job's stream relays its Redis Stream (queue/events.py), one event per entry with
the entry id as the SSE `id`, so a client that reconnects with `Last-Event-ID` gets exactly
what it missed. It ends after `done` or `error`, also when resumed past them, and after
JOB_EVENTS_MAX_OPEN seconds (the client reconnects). A job whose events expired (or
predate them) is replayed from its row. While nothing happens a comment line goes out every
JOB_EVENTS_HEARTBEAT seconds, so proxies keep the connection open.
"""

import asyncio
import itertools
import json
import re
import time
import weakref
from collections.abc import AsyncIterator, Callable

import redis.asyncio
from django.conf import settings
from drf_spectacular.utils import extend_schema
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from chat.api import concurrency, openapi
from chat.api.answer_relay import Piece, Started, relay
from chat.api.concurrency import Lease
from chat.api.event_streams import StreamView, event_stream, served_from_event_loop, sse
from chat.api.permissions import asker_of
from chat.api.serializers import ChatRequestSerializer
from chat.queue.events import stream_key
from chat.selectors.access import readable_keys, readable_pks, sources_in
from chat.selectors.jobs import finished_job, job_exists
from chat.services.conversations import ask

FINAL = ("done", "error")
MAX_OPEN_STREAMS = 5000  # a process's Redis connections for job streams (Redis allows 10,000 clients)
_EVENT_ID = re.compile(r"\d{1,20}(?:-\d{1,20})?")  # as Redis reads stream ids


class ChatStreamView(StreamView):
    throttle_scope = "chat"  # as POST /chat/sync

    @extend_schema(**openapi.CHAT_STREAM)
    def post(self, request: Request) -> Response:
        serializer = ChatRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        asker, request_data = asker_of(request), serializer.validated_data
        if request_data.get("collection_ids") is not None:  # a 404 now, not an `error` event after a 200
            readable_pks(asker=asker, keys=request_data["collection_ids"])
        leases = concurrency.take_all(request=request, caps=[concurrency.STREAMS, concurrency.ANSWERS])

        def write(on_delta: Callable[[str], None]) -> dict:
            result, conversation = ask(asker=asker, on_delta=on_delta, **request_data)
            return result.as_result() | ({"conversation_id": str(conversation.id)} if conversation else {})

        return event_stream(concurrency.released_after(_answer_events(write), leases=leases))


class JobEventsView(StreamView):
    @extend_schema(**openapi.JOB_EVENTS)
    def get(self, request: Request, job_id: str) -> Response:
        after = request.headers.get("Last-Event-ID") or "0-0"
        if not _EVENT_ID.fullmatch(after):
            raise ValidationError({"detail": "Last-Event-ID must be an event id as sent, e.g. 1733500000000-0."})
        asker = asker_of(request)
        if not job_exists(job_id=job_id, owner=asker.user):
            raise NotFound("No chat job with this id.")
        readable = readable_keys(asker=asker)  # sources from other collections are left out
        leases = concurrency.take_all(request=request, caps=[concurrency.STREAMS])
        events = _relay(job_id, after=after, lease=leases[0], readable=readable)
        return event_stream(concurrency.released_after(events, leases=leases))


chat_stream = served_from_event_loop(ChatStreamView)
job_events = served_from_event_loop(JobEventsView)


async def _answer_events(write: Callable[[Callable[[str], None]], dict]) -> AsyncIterator[bytes]:
    n = itertools.count(1)
    async for item in relay(write):
        if isinstance(item, Started):
            yield sse(str(next(n)), "status", json.dumps({"status": "started"}))
        elif isinstance(item, Piece):
            yield sse(str(next(n)), "delta", json.dumps({"text": item.text}))
        elif item.error is not None:
            yield sse(str(next(n)), "error", json.dumps({"error": str(item.error)}))
        else:
            yield sse(str(next(n)), "sources", json.dumps({"sources": item.value["sources"]}))
            yield sse(str(next(n)), "done", json.dumps(item.value))


async def _relay(job_id: str, *, after: str, lease: Lease, readable: set[str]) -> AsyncIterator[bytes]:
    heartbeat = settings.JOB_EVENTS_HEARTBEAT
    client, key = _redis(), stream_key(job_id)
    closes_at = time.monotonic() + settings.JOB_EVENTS_MAX_OPEN
    yield b"retry: 2000\n\n"  # headers and a first byte at once; reconnect after 2 s
    idle = True  # at the start, and after a heartbeat with nothing new: is the job over?
    while time.monotonic() < closes_at:
        if idle and (ending := await _ending(client, key, job_id, after=after, readable=readable)) is not None:
            for event in ending:
                yield event
            return
        reply = await client.xread({key: after}, block=int(heartbeat * 1000), count=500)
        for _, entries in reply or []:
            for entry_id, fields in entries:
                after, kind = entry_id.decode(), fields[b"type"].decode()
                yield sse(after, kind, _visible(kind, fields[b"data"].decode(), readable=readable))
                if kind in FINAL:
                    return
        idle = not reply
        if idle:
            lease.renew()
            yield b": keep-alive\n\n"


def _visible(kind: str, data: str, *, readable: set[str]) -> str:
    """An event's data without the sources of collections the asker cannot read (any more)."""
    if kind not in ("sources", "done"):
        return data
    payload = json.loads(data)
    if not isinstance(payload, dict) or not payload.get("sources"):
        return data
    return json.dumps(payload | {"sources": sources_in(payload["sources"], readable=readable)})


async def _ending(
    client: redis.asyncio.Redis, key: str, job_id: str, *, after: str, readable: set[str]
) -> list[bytes] | None:
    """None while more events may come; else the events the client still lacks before the end:
    the outcome from the row when the events expired, nothing when it has the final one already."""
    if not await client.exists(key):
        return await _from_row(job_id, after=after, readable=readable)
    return [] if await _seen_the_end(client, key, after=after) else None


async def _seen_the_end(client: redis.asyncio.Redis, key: str, *, after: str) -> bool:
    """Whether the stream's last entry is final and the client has it (its id is at most `after`)."""
    last = await client.xrevrange(key, count=1)
    if not last:
        return False
    entry_id, fields = last[0]
    return fields.get(b"type", b"").decode() in FINAL and _id(entry_id.decode()) <= _id(after)


def _id(event_id: str) -> tuple[int, int]:
    milliseconds, _, sequence = event_id.partition("-")
    return int(milliseconds), int(sequence or 0)


def _redis() -> redis.asyncio.Redis:
    """This event loop's Redis client: its pool keeps a connection per open stream and
    hands them on to later ones (a new connection per stream cost more than the stream's
    own work: redis-py reads its package metadata for every connection)."""
    loop = asyncio.get_running_loop()
    client = _REDIS.get(loop)
    if client is None:
        url = settings.RQ_QUEUES[settings.CHAT_QUEUE]["URL"]
        heartbeat = settings.JOB_EVENTS_HEARTBEAT
        # Each open stream holds a connection while it waits (redis-py's default cap is 100);
        # reads block for up to a heartbeat.
        client = redis.asyncio.Redis.from_url(url, socket_timeout=heartbeat + 10, max_connections=MAX_OPEN_STREAMS)
        _REDIS[loop] = client
    return client


_REDIS: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, redis.asyncio.Redis]" = weakref.WeakKeyDictionary()


async def _from_row(job_id: str, *, after: str, readable: set[str]) -> list[bytes] | None:
    """A finished job's outcome from its row, when its events are gone: None while the job is
    not finished (its events will come), else what the client still lacks (nothing, if it
    already has the replayed outcome)."""
    row = await finished_job(job_id=job_id)
    if row is None:
        return None
    if _id(after) >= _id(REPLAY_ID):
        return []
    if row.status == row.Status.FINISHED:
        done = json.dumps(row.result or {"answer": row.answer, "sources": []})
        return [sse(REPLAY_ID, "done", _visible("done", done, readable=readable))]
    return [sse(REPLAY_ID, "error", json.dumps({"error": row.error}))]


REPLAY_ID = "0-1"  # the id of an outcome replayed from the row: before any real event's
