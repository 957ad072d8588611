"""The request body limit of every route, enforced before a byte of the body is stored.

Django's ASGI handler reads a request's whole body (spooled to disk past 2.5 MB) before it
routes it or anyone signs in, and uvicorn sets no limit: an anonymous client could fill the
disk. This ASGI middleware (config/asgi.py wraps the whole application in it) answers 413
as soon as `Content-Length` says too much, or as soon as the bytes read pass the limit
(chunked bodies declare none), and never passes more on.

The limits, one place: uploads (`POST /documents`) may carry DOCUMENT_MAX_BYTES plus the
form's overhead; every other request REQUEST_MAX_BYTES.
"""

import json
from collections.abc import Awaitable, Callable

from django.conf import settings

Scope = dict
Message = dict
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

FORM_OVERHEAD = 1024 * 1024  # multipart boundaries, headers and the title field around the file


def max_body_bytes(*, path: str, method: str) -> int:
    """The most bytes a request to `path` may carry."""
    if method == "POST" and path.rstrip("/") == "/documents":
        return settings.DOCUMENT_MAX_BYTES + FORM_OVERHEAD
    return settings.REQUEST_MAX_BYTES


def too_large_message(limit: int) -> str:
    return f"The request body is larger than the limit of {limit} bytes."


class BodyLimit:
    """ASGI middleware: 413 for a body past `max_body_bytes`, declared or read."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = max_body_bytes(path=scope["path"], method=scope.get("method", "GET"))
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _refuse(send, scope, limit)
            return
        received, state = 0, {"started": False, "refused": False}

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    if not state["started"] and not state["refused"]:
                        state["refused"] = True
                        await _refuse(send, scope, limit)
                    return {"type": "http.disconnect"}  # the application stops reading
            return message

        async def guarded_send(message: Message) -> None:
            if state["refused"]:
                return  # the 413 went out: whatever the application says after it goes nowhere
            if message["type"] == "http.response.start":
                state["started"] = True
            await send(message)

        await self.app(scope, limited_receive, guarded_send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _refuse(send: Send, scope: Scope, limit: int) -> None:
    message = too_large_message(limit)
    # OpenAI clients read the protocol's error shape; everything else the API's {"detail"}.
    if scope["path"].startswith("/v1/"):
        payload = {"error": {"message": message, "type": "invalid_request_error", "code": 413}}
    else:
        payload = {"detail": message}
    body = json.dumps(payload).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
