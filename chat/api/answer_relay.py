"""An answer written in a thread, relayed to an async response as it is written: the core
shared by `POST /chat/stream` and `/v1/chat/completions` (streaming or not).

Writing an answer blocks (retrieval, then a model call of seconds), so it runs in a pool of
STREAM_THREADS threads a process (`run_answering`); an open stream only waits in the event
loop. Text pieces cross from the thread to the loop through an asyncio queue.

When the client goes away, Django cancels the response's iterator. The relay then raises a
flag, and the answer's next piece raises AnswerStopped in its thread: the streamed model
call ends there (its HTTP response is closed, the server stops writing tokens nobody
reads), and an answer still waiting for a thread never starts.
"""

import asyncio
import logging
import threading
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Generic, TypeVar

from asgiref.sync import sync_to_async
from django.conf import settings
from django.db import close_old_connections

from chat.errors import ReadableError

logger = logging.getLogger(__name__)
T = TypeVar("T")

# Threads that wait on a model cost little (services/answering.py gives the database connection back meanwhile).
ANSWER_THREADS = ThreadPoolExecutor(max_workers=settings.STREAM_THREADS, thread_name_prefix="answer")


class AnswerStopped(Exception):
    """The client went away: the answer's writer stops at its next piece."""


@dataclass(frozen=True)
class Started:
    """A thread took the answer up."""


@dataclass(frozen=True)
class Piece:
    """A piece of text as it was written."""

    text: str


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """The end of an answer: its value, or the readable error that ended it."""

    value: T | None = None
    error: ReadableError | None = None


async def run_answering(call: Callable[[], T]) -> T:
    """`call()` in the answer threads, with Django's database connection hygiene around it."""
    return await sync_to_async(_with_fresh_connections(call), thread_sensitive=False, executor=ANSWER_THREADS)()


async def relay(write: Callable[[Callable[[str], None]], T]) -> AsyncIterator[Started | Piece | Outcome[T]]:
    """Run `write(on_delta)` in the answer threads; yield Started once a thread takes it up,
    each piece it hands to `on_delta`, then its Outcome. Closing this iterator early (the
    client is gone) stops the writer."""
    loop, queue, stop = asyncio.get_running_loop(), asyncio.Queue(), threading.Event()

    def put(item: Started | Piece | Outcome) -> None:
        try:
            loop.call_soon_threadsafe(queue.put_nowait, item)
        except RuntimeError:  # the loop is closed: the process is shutting down
            stop.set()

    def on_delta(text: str) -> None:
        if stop.is_set():
            raise AnswerStopped
        put(Piece(text))

    def answer() -> None:
        if stop.is_set():  # the client left while this waited for a thread
            return
        put(Started())
        try:
            outcome = Outcome(value=write(on_delta))
        except AnswerStopped:
            logger.info("the client went away: answer stopped")
            return
        except ReadableError as exc:  # the model server failed, an unknown conversation, ...
            outcome = Outcome(error=exc)
        except Exception:  # a bug: the stream still ends, and says so
            logger.exception("writing a streamed answer failed")
            outcome = Outcome(error=ReadableError("The answer failed; the server log says why."))
        put(outcome)

    future = loop.run_in_executor(ANSWER_THREADS, _with_fresh_connections(answer))

    def ended(done: asyncio.Future) -> None:  # a failure around the answer (connections) must end it too
        if not done.cancelled() and done.exception() is not None:
            logger.error("a streamed answer's thread failed", exc_info=done.exception())
            put(Outcome(error=ReadableError("The answer failed; the server log says why.")))

    future.add_done_callback(ended)
    try:
        while True:
            item = await queue.get()
            yield item
            if isinstance(item, Outcome):
                return
    finally:
        stop.set()


def _with_fresh_connections(call: Callable[[], T]) -> Callable[[], T]:
    """What Django does around a request, for a call in a pool thread: drop connections that
    are too old or broken before and after (CONN_MAX_AGE, CONN_HEALTH_CHECKS)."""

    def wrapped() -> T:
        close_old_connections()
        try:
            return call()
        finally:
            close_old_connections()

    return wrapped
