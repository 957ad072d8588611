"""ASGI entry point, what gunicorn serves (config/gunicorn.py: uvicorn workers).

Two Django handlers in one process, chosen by path:

- the streams (`/chat/jobs/{id}/events`, `/chat/stream` and `/chat/sync` asked with
  `Accept: text/event-stream`, `/v1/chat/completions`) are async
  views: an open stream waits in the event loop and holds no thread of a WSGI pool, so one
  process keeps hundreds open, and a client that goes away cancels it (the answer stops);
- everything else is the WSGI application (config/wsgi.py: WhiteNoise, DRF's sync views)
  run by a2wsgi in a pool of WEB_THREADS threads. Under Django's own ASGI handler, sync
  views run one at a time per process (thread_sensitive), which would serialise answers.

Both sit behind the body limit (chat/api/body_limit.py): a body too large is refused
before Django reads, spools or authenticates anything.
"""

import os
import re

from a2wsgi import WSGIMiddleware
from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

streams = get_asgi_application()

from chat.api.body_limit import BodyLimit  # noqa: E402 - after Django is set up
from config.wsgi import application as wsgi_application  # noqa: E402

STREAM_PATHS = re.compile(r"^/(chat/(jobs/[^/]+/events|stream)|v1/chat/completions)/?$")
SYNC_PATH = re.compile(r"^/chat/sync/?$")
threaded = WSGIMiddleware(wsgi_application, workers=int(os.environ.get("WEB_THREADS", "16")))


async def route(scope: dict, receive: object, send: object) -> None:
    if scope["type"] == "http" and STREAM_PATHS.match(scope["path"]):
        await streams(scope, receive, send)
    elif scope["type"] == "http" and SYNC_PATH.match(scope["path"]) and _wants_events(scope):
        # `POST /chat/sync` with `Accept: text/event-stream` is `POST /chat/stream`.
        await streams({**scope, "path": "/chat/stream", "raw_path": b"/chat/stream"}, receive, send)
    else:
        await threaded(scope, receive, send)


# Every request, streams and WSGI alike, first meets the body limit (chat/api/body_limit.py).
application = BodyLimit(route)


def _wants_events(scope: dict) -> bool:
    return scope.get("method") == "POST" and any(
        name == b"accept" and b"text/event-stream" in value for name, value in scope.get("headers", ())
    )
