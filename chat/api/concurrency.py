"""Per-user caps on what one user holds open at once: streams, and answers being written.

Rate limits (throttling.py) count requests per minute; they do not stop one user from
holding 500 event streams open, or from starting 200 answers in one second that each keep a
model call and a thread busy for a minute. These caps do: each open stream or answer in
progress holds a *lease* in Redis, and a request past the cap gets 429 with Retry-After.

A lease is a member of a sorted set per user and kind, scored by when it expires, so a
process that dies holding leases frees them when they expire: nothing leaks for good. Taking
one is one Lua script (drop the expired, count, add), atomic across processes and hosts.
Long holders (event streams) renew theirs while they wait. If Redis cannot be reached the
request is let through (logged): the caps protect the service, they must not take it down.
"""

import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from redis.exceptions import RedisError
from rest_framework.exceptions import Throttled
from rest_framework.request import Request

from chat.queue.connection import connection

logger = logging.getLogger(__name__)

# KEYS[1]: the user's set of leases; ARGV: now, cap, lease id, expiry, key TTL.
_TAKE = """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[4], ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[5])
return 1
"""


@dataclass(frozen=True)
class Cap:
    """One kind of thing a user holds: its setting (the cap, 0 = none) and its lease's lifetime."""

    name: str
    setting: str
    lifetime: Callable[[], float]  # seconds a lease lives unless renewed (read from settings when taken)
    retry_after: int  # what a refused client is told to wait
    message: str


STREAMS = Cap(
    name="streams",
    setting="STREAMS_PER_USER",
    # Renewed every heartbeat while the stream waits: a few heartbeats, so one missed renewal keeps it.
    lifetime=lambda: settings.JOB_EVENTS_HEARTBEAT * 3,
    retry_after=10,
    message="You have {cap} event streams open, the most one user may (STREAMS_PER_USER); close one first.",
)
ANSWERS = Cap(
    name="answers",
    setting="ANSWERS_PER_USER",
    lifetime=lambda: settings.CHAT_JOB_TIMEOUT + 30,  # no answer is written for longer
    retry_after=5,
    message="You have {cap} answers being written, the most one user may at once (ANSWERS_PER_USER); "
    "wait for one to finish.",
)


class TooManyOpen(Throttled):
    """429 with Retry-After, through DRF's error handling (and /v1's error shape)."""

    default_code = "too_many_open"


@dataclass
class Lease:
    cap: Cap
    key: str
    lease_id: str
    taken: bool  # False: no cap, or Redis was away (nothing to give back)

    def renew(self) -> None:
        """Keep holding it (a stream that waits longer than a lease lives)."""
        if self.taken:
            _safely(lambda: connection(settings.CHAT_QUEUE).zadd(self.key, {self.lease_id: _expiry(self.cap)}))

    def release(self) -> None:
        if self.taken:
            self.taken = False
            _safely(lambda: connection(settings.CHAT_QUEUE).zrem(self.key, self.lease_id))


def take(*, cap: Cap, request: Request) -> Lease:
    """A lease of `cap` for the request's user (or address, when anonymous); TooManyOpen if
    the user holds the most allowed already."""
    limit = int(getattr(settings, cap.setting) or 0)
    key = f"pdfchat:open:{cap.name}:{_ident(request)}"
    lease = Lease(cap=cap, key=key, lease_id=uuid.uuid4().hex, taken=False)
    if limit <= 0:
        return lease
    taken = _safely(
        lambda: connection(settings.CHAT_QUEUE).eval(
            _TAKE, 1, key, time.time(), limit, lease.lease_id, _expiry(cap), int(cap.lifetime()) + 60
        )
    )
    if taken == 0:
        raise TooManyOpen(wait=cap.retry_after, detail=cap.message.format(cap=limit))
    lease.taken = taken == 1
    return lease


def take_all(*, request: Request, caps: Sequence[Cap]) -> list[Lease]:
    """A lease of each cap, or none at all (TooManyOpen gives back those already taken)."""
    leases: list[Lease] = []
    try:
        for cap in caps:
            leases.append(take(cap=cap, request=request))
    except TooManyOpen:
        for lease in leases:
            lease.release()
        raise
    return leases


async def released_after(events: AsyncIterator[bytes], *, leases: list[Lease]) -> AsyncIterator[bytes]:
    """A stream's events, then its leases given back: at its end, or when the client goes away."""
    try:
        async for event in events:
            yield event
    finally:
        for lease in leases:
            lease.release()


@contextmanager
def holding(*, cap: Cap, request: Request) -> Iterator[Lease]:
    """A lease for the length of a `with` block (an answer written within the request)."""
    lease = take(cap=cap, request=request)
    try:
        yield lease
    finally:
        lease.release()


def _ident(request: Request) -> str:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    return f"address:{request.META.get('REMOTE_ADDR', '')}"


def _expiry(cap: Cap) -> float:
    return time.time() + cap.lifetime()


def _safely(call: Callable[[], object]) -> object:
    try:
        return call()
    except RedisError as exc:
        logger.warning("per-user caps not counted: Redis unavailable (%s)", exc)
        return None
