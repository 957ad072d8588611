"""Server-sent events: `GET /chat/jobs/{job_id}/events`, a chat job as it happens, and
`POST /chat/stream`, a synchronous answer as it is written.

An async view (config/asgi.py routes it to Django's ASGI handler): an open stream waits on
Redis in the event loop and holds no thread. It relays the job's Redis Stream
(services/job_events.py) as SSE, one event per entry with the entry id as the SSE `id`,
so a client that reconnects with `Last-Event-ID` gets exactly what it missed. It ends
after `done` or `error`. A job whose events expired (or predate them) is replayed from its
row: `done` with the stored answer, or `error`. While nothing happens a comment line goes
out every JOB_EVENTS_HEARTBEAT seconds, so proxies keep the connection open.
"""

import asyncio
import itertools
import json
import uuid
import weakref
from collections.abc import AsyncIterator, Callable

import redis.asyncio
from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.http import HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from rest_framework.authtoken.models import Token

from chat.api.answer_relay import Piece, Started, relay
from chat.api.serializers import ChatRequestSerializer
from chat.models import ChatJob
from chat.services.conversations import ask
from chat.services.job_events import stream_key

FINAL = ("done", "error")
MAX_OPEN_STREAMS = 5000  # a process's Redis connections for job streams (Redis allows 10,000 clients)


@require_GET
async def job_events(request: HttpRequest, job_id: str) -> HttpResponse:
    owner = await _owner(request)
    if owner is False:
        return _unauthorized()
    try:
        job_uuid = uuid.UUID(job_id)
    except ValueError:
        return JsonResponse({"detail": "No chat job with this id."}, status=404)
    if not await ChatJob.objects.filter(id=job_uuid, owner=owner).aexists():
        return JsonResponse({"detail": "No chat job with this id."}, status=404)
    after = request.headers.get("Last-Event-ID") or "0-0"
    response = StreamingHttpResponse(_relay(str(job_uuid), after=after), content_type="text/event-stream")
    response["Cache-Control"] = "no-cache"
    response["X-Accel-Buffering"] = "no"  # nginx: pass events on as they come
    return response


@csrf_exempt  # token clients need none; a signed-in browser is checked below, as DRF does
@require_POST
async def chat_stream(request: HttpRequest) -> HttpResponse:
    """The body of /chat/sync; the answer comes as `status` (started), `delta` events, then
    `sources` and `done` (the /chat/sync reply) or `error`. It is written in an answer thread
    (answer_relay.py), stopped if the client goes away."""
    owner = await _owner(request)
    if owner is False:
        return _unauthorized()
    if owner is not None and "Authorization" not in request.headers:  # signed in with a session cookie
        if CsrfViewMiddleware(lambda r: HttpResponse()).process_view(request, None, (), {}) is not None:
            return JsonResponse({"detail": "CSRF Failed."}, status=403)
    try:
        body = json.loads(request.body or b"null")
    except ValueError:
        return JsonResponse({"detail": "JSON parse error."}, status=400)
    serializer = ChatRequestSerializer(data=body if isinstance(body, dict) else {})
    if not serializer.is_valid():
        return JsonResponse(serializer.errors, status=400)
    request_data = serializer.validated_data

    def write(on_delta: Callable[[str], None]) -> dict:
        result, conversation = ask(owner=owner, on_delta=on_delta, **request_data)
        return result.as_result() | ({"conversation_id": str(conversation.id)} if conversation else {})

    async def events() -> AsyncIterator[bytes]:
        n = itertools.count(1)
        async for item in relay(write):
            if isinstance(item, Started):
                yield _event(str(next(n)), "status", json.dumps({"status": "started"}))
            elif isinstance(item, Piece):
                yield _event(str(next(n)), "delta", json.dumps({"text": item.text}))
            elif item.error is not None:
                yield _event(str(next(n)), "error", json.dumps({"error": str(item.error)}))
            else:
                yield _event(str(next(n)), "sources", json.dumps({"sources": item.value["sources"]}))
                yield _event(str(next(n)), "done", json.dumps(item.value))

    response = StreamingHttpResponse(events(), content_type="text/event-stream")
    response["Cache-Control"] = "no-cache"
    response["X-Accel-Buffering"] = "no"
    return response


def _unauthorized() -> JsonResponse:
    return JsonResponse({"detail": "Authentication credentials were not provided or are not valid."}, status=401)


async def _owner(request: HttpRequest) -> User | bool | None:
    """The asker: a user, None (nobody, with sign-in off), or False (sign-in required, not given)."""
    header = request.headers.get("Authorization", "")
    keyword, _, key = header.partition(" ")
    if keyword in ("Token", "Bearer") and key:
        token = await Token.objects.select_related("user").filter(key=key.strip()).afirst()
        return token.user if token and token.user.is_active else False
    user = await request.auser()
    if user is not None and not isinstance(user, AnonymousUser) and user.is_authenticated:
        return user
    return False if settings.API_AUTH_REQUIRED else None


async def _relay(job_id: str, *, after: str) -> AsyncIterator[bytes]:
    heartbeat = settings.JOB_EVENTS_HEARTBEAT
    client, key = _redis(), stream_key(job_id)
    yield b"retry: 2000\n\n"  # headers and a first byte at once; reconnect after 2 s
    if not await client.exists(key) and (replay := await _replay(job_id)):
        yield replay
        return
    while True:
        reply = await client.xread({key: after}, block=int(heartbeat * 1000), count=500)
        for _, entries in reply or []:
            for entry_id, fields in entries:
                after, kind = entry_id.decode(), fields[b"type"].decode()
                yield _event(after, kind, fields[b"data"].decode())
                if kind in FINAL:
                    return
        if not reply:
            if not await client.exists(key) and (replay := await _replay(job_id)):
                yield replay
                return
            yield b": keep-alive\n\n"


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


async def _replay(job_id: str) -> bytes | None:
    """A finished job's outcome from its row, when its events are gone."""
    row = await ChatJob.objects.filter(id=job_id).afirst()
    if row is None or not row.is_done:
        return None
    if row.status == ChatJob.Status.FINISHED:
        return _event("0-1", "done", json.dumps(row.result or {"answer": row.answer, "sources": []}))
    return _event("0-1", "error", json.dumps({"error": row.error}))


def _event(event_id: str, kind: str, data: str) -> bytes:
    return f"id: {event_id}\nevent: {kind}\ndata: {data}\n\n".encode()
