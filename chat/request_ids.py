"""A request id from end to end (docs/operations.md, "Request ids and logs").

- `RequestIdMiddleware` takes the id from the `X-Request-ID` header when it is sane (at most
  128 of [A-Za-z0-9._:-]), else makes one (uuid4 hex), keeps it in a context variable while the
  request is handled, and returns it in the response's `X-Request-ID`. Sync and async: a
  streaming view's whole body is produced inside the same context.
- Jobs enqueued meanwhile carry it in their RQ `meta` (chat/queue/lifecycle.py), and a chat
  job in its `ChatJob.request_id`. The worker (chat/queue/worker.py) sets it from the job's meta
  while it runs the job, so the job's own enqueues carry it on.
- `RequestIdFilter` puts it in every log record (`record.request_id`, "-" outside a request or
  a job); `JsonFormatter` writes one JSON object a line (LOG_FORMAT=json).

Neutral: no model, no queue; settings' LOGGING imports it before the apps are ready.
"""

import contextvars
import logging
import re
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager

from asgiref.sync import iscoroutinefunction, markcoroutinefunction, sync_to_async
from django.http import HttpRequest, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.utils.log import log_response
from pythonjsonlogger.json import JsonFormatter as _LibraryJsonFormatter

HEADER = "X-Request-ID"
META_KEY = "request_id"  # in an RQ job's meta
MAX_LENGTH = 128
_SANE = re.compile(rf"[A-Za-z0-9._:-]{{1,{MAX_LENGTH}}}")

_current: contextvars.ContextVar[str] = contextvars.ContextVar("pdfchat_request_id", default="")


def current() -> str:
    """The id of the request or job being handled; "" outside one."""
    return _current.get()


def sane(value: str | None) -> str | None:
    """`value` if it may be used as a request id as it is, else None."""
    return value if value and _SANE.fullmatch(value) else None


def new() -> str:
    return uuid.uuid4().hex


@contextmanager
def bound(request_id: str) -> Iterator[None]:
    """Within the block, `current()` is `request_id` (in this thread or task, and in a forked child)."""
    token = _current.set(request_id)
    try:
        yield
    finally:
        _current.reset(token)


class RequestIdMiddleware:
    """Sets the request id for the rest of the chain and returns it in the response. A streaming
    response's body is produced after the chain returns: its iterator is wrapped, so that each
    step of it runs with the id too (set and reset around each step, never across a yield)."""

    sync_capable = True
    async_capable = True

    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response
        if iscoroutinefunction(get_response):
            markcoroutinefunction(self)

    def __call__(self, request: HttpRequest) -> object:
        if iscoroutinefunction(self):
            return self._acall(request)
        request_id = _take(request)
        with bound(request_id):
            response = self.get_response(request)
            if response.status_code >= 400:
                log_response(*_logged(request, response), response=response, request=request)
        return _finish(response, request_id)

    async def _acall(self, request: HttpRequest) -> HttpResponseBase:
        request_id = _take(request)
        with bound(request_id):
            response = await self.get_response(request)
            if response.status_code >= 400:
                await sync_to_async(log_response, thread_sensitive=False)(
                    *_logged(request, response), response=response, request=request
                )
        return _finish(response, request_id)


def _logged(request: HttpRequest, response: HttpResponseBase) -> tuple[str, str, str]:
    """Django's "Not Found: /path" line for a 4xx/5xx answer, logged here, with the id, rather
    than by the handler after this middleware returned (log_response marks it logged)."""
    return "%s: %s", response.reason_phrase, request.path


def _take(request: HttpRequest) -> str:
    request_id = sane(request.headers.get(HEADER)) or new()
    request.request_id = request_id
    return request_id


def _finish(response: HttpResponseBase, request_id: str) -> HttpResponseBase:
    response[HEADER] = request_id
    if isinstance(response, StreamingHttpResponse):
        content = response.streaming_content
        if response.is_async:
            response.streaming_content = _bound_async(content, request_id)
        else:
            response.streaming_content = _bound_sync(content, request_id)
    return response


def _bound_sync(iterator: Iterator[bytes], request_id: str) -> Iterator[bytes]:
    iterator = iter(iterator)
    while True:
        with bound(request_id):
            chunk = next(iterator, _END)
        if chunk is _END:
            return
        yield chunk


async def _bound_async(iterator: AsyncIterator[bytes], request_id: str) -> AsyncIterator[bytes]:
    iterator = aiter(iterator)
    try:
        while True:
            with bound(request_id):
                try:
                    chunk = await anext(iterator)
                except StopAsyncIteration:
                    return
            yield chunk
    finally:
        # A client that went away: close the view's generator now, with the id (its cleanup logs).
        if hasattr(iterator, "aclose"):
            with bound(request_id):
                await iterator.aclose()


_END = object()


class RequestIdFilter(logging.Filter):
    """Adds `record.request_id`: the current request's or job's id, "-" outside one. Never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, "request_id", None):
            record.request_id = _current.get() or "-"
        return True


class JsonFormatter(_LibraryJsonFormatter):
    """One JSON object a line: timestamp, level, logger, message, request_id, process name, and
    exc_info (the formatted traceback) when there is one; `extra=` fields are added as they are."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("fmt", "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s %(processName)s")
        kwargs.setdefault(
            "rename_fields",
            {"asctime": "timestamp", "levelname": "level", "name": "logger", "processName": "process_name"},
        )
        kwargs.setdefault("datefmt", "%Y-%m-%dT%H:%M:%S%z")
        super().__init__(*args, **kwargs)

    def add_fields(self, log_record: dict, record: logging.LogRecord, message_dict: dict) -> None:
        if not getattr(record, "request_id", None):  # a handler without the filter
            record.request_id = _current.get() or "-"
        super().add_fields(log_record, record, message_dict)
