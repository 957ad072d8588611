"""DRF views whose replies are event streams, served from the event loop.

The streams (`/chat/stream`, `/chat/sync` asked for events, `/chat/jobs/{id}/events`,
`/v1/chat/completions`) are ordinary DRF views: DRF's authentication (token, bearer or
session with CSRF), throttles with the scopes of their JSON twins, serializers, the API's
error handling, and the schema, all as for every other route. Only their success reply
differs: a `StreamingHttpResponse` over an async iterator.

config/asgi.py sends their paths to Django's ASGI handler, which calls the async function
`served_from_event_loop` builds: it runs the DRF view in an answer thread (a sync view
there would run one at a time per process), and the event loop then relays the stream, so
an open stream holds no thread.
"""

import json
from collections.abc import AsyncIterator, Callable
from types import SimpleNamespace

from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.views.decorators.csrf import csrf_exempt
from rest_framework.authentication import SessionAuthentication
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from chat import metrics
from chat.api.answer_relay import run_answering
from chat.api.authentication import ApiTokenAuthentication


class EventStreamRenderer(BaseRenderer):
    """Lets content negotiation accept `Accept: text/event-stream`; the streams themselves are
    StreamingHttpResponses, and errors are rendered as JSON (StreamView.finalize_response)."""

    media_type = "text/event-stream"
    format = "event-stream"
    charset = None

    def render(
        self, data: object, accepted_media_type: str | None = None, renderer_context: dict | None = None
    ) -> bytes:
        return json.dumps(data).encode()


class AcceptHeaderNegotiation(DefaultContentNegotiation):
    """By the Accept header alone: DRF's `?format=` override would answer 404 to a stray query."""

    settings = SimpleNamespace(URL_FORMAT_OVERRIDE=None)


class StreamView(APIView):
    """A DRF view that answers with an event stream; its errors are JSON whatever was accepted."""

    authentication_classes = [ApiTokenAuthentication, SessionAuthentication]
    renderer_classes = [JSONRenderer, EventStreamRenderer]
    content_negotiation_class = AcceptHeaderNegotiation

    def finalize_response(self, request: Request, response: HttpResponse, *args: object, **kwargs: object) -> object:
        response = super().finalize_response(request, response, *args, **kwargs)
        if isinstance(response, Response) and isinstance(response.accepted_renderer, EventStreamRenderer):
            response.accepted_renderer, response.accepted_media_type = JSONRenderer(), "application/json"
        return response


def event_stream(events: AsyncIterator[bytes]) -> StreamingHttpResponse:
    response = StreamingHttpResponse(_counted(events), content_type="text/event-stream")
    response["Cache-Control"] = "no-cache"
    response["X-Accel-Buffering"] = "no"  # nginx: pass events on as they come
    return response


async def _counted(events: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    """The stream, counted in pdfchat_event_streams_open while it is relayed."""
    metrics.EVENT_STREAMS_OPEN.inc()
    try:
        async for event in events:
            yield event
    finally:
        metrics.EVENT_STREAMS_OPEN.dec()


def sse(event_id: str, kind: str, data: str) -> bytes:
    """One server-sent event."""
    return f"id: {event_id}\nevent: {kind}\ndata: {data}\n\n".encode()


def served_from_event_loop(view_class: type[APIView]) -> Callable:
    """The async function Django's ASGI handler calls for `view_class`: the view runs in an
    answer thread, its stream is relayed by the event loop. Carries `cls` and `initkwargs`,
    so drf-spectacular documents the DRF view."""
    view = view_class.as_view()

    @csrf_exempt  # DRF checks CSRF itself, for session sign-ins
    async def serve(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        return await run_answering(lambda: view(request, *args, **kwargs))

    serve.cls = view.cls
    serve.initkwargs = view.initkwargs
    serve.__name__ = serve.__qualname__ = view_class.__name__
    return serve
