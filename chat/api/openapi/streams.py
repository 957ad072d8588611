"""POST /chat/stream (and POST /chat/sync with Accept: text/event-stream), GET /chat/jobs/{job_id}/events."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse

from chat.api.openapi.common import BAD_REQUEST, MESSAGE_EXAMPLE, NOT_JSON, THROTTLED, UNAUTHORIZED, forbidden
from chat.api.serializers import ChatRequestSerializer, ErrorSerializer

# One server-sent event, as a client's SSE parser hands it over (`data` is JSON text).
SSE_EVENT = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "event": {"type": "string", "enum": ["status", "delta", "sources", "done", "error"]},
        "data": {"type": "string"},
    },
}
EVENTS = OpenApiResponse(
    SSE_EVENT,
    description="text/event-stream: `id:`, `event:` and `data:` (JSON) lines per event, a blank line after each.",
)
# Streams choose their renderer by the Accept header alone (event_streams.AcceptHeaderNegotiation).
NO_FORMAT = OpenApiParameter("format", exclude=True)
TOO_MANY = {
    429: OpenApiResponse(
        ErrorSerializer,
        description="The rate limit, or the most streams or answers one user may hold open at once "
        "(STREAMS_PER_USER, ANSWERS_PER_USER); retry after Retry-After seconds.",
    )
}

CHAT_STREAM = dict(
    summary="Answer a question now, as server-sent events while it is written",
    description="The body of POST /chat/sync. Events: `status` (started), `delta` ({text}) as the answer is "
    "written, then `sources` and `done` (the /chat/sync reply), or `error`. POST /chat/sync with "
    "`Accept: text/event-stream` is the same. Closing the connection stops the answer.",
    request=ChatRequestSerializer,
    parameters=[NO_FORMAT],
    responses={
        (200, "text/event-stream"): EVENTS,
        400: BAD_REQUEST,
        **UNAUTHORIZED,
        **forbidden("ask"),
        404: OpenApiResponse(ErrorSerializer, description="A collection in collection_ids you may not read."),
        **NOT_JSON,
        **THROTTLED,
        **TOO_MANY,
    },
    examples=[MESSAGE_EXAMPLE],
)

JOB_EVENTS = dict(
    summary="A queued question's events as they happen (server-sent events)",
    description="Events: `status` (queued, started), `delta` ({text}), `sources`, then `done` or `error`, after "
    "which the stream ends; each with its Redis Stream id as `id`. Reconnect with `Last-Event-ID` to get only "
    "what followed; past the last event of a finished job, the stream ends at once. Sources from collections you can "
    "no longer read are left out.",
    parameters=[
        NO_FORMAT,
        OpenApiParameter(
            "Last-Event-ID",
            OpenApiTypes.STR,
            OpenApiParameter.HEADER,
            description="The id of the last event received (`<milliseconds>-<sequence>`).",
            pattern=r"^\d{1,20}(-\d{1,20})?$",
        ),
    ],
    responses={
        (200, "text/event-stream"): EVENTS,
        400: OpenApiResponse(ErrorSerializer, description="A malformed Last-Event-ID."),
        **UNAUTHORIZED,
        **forbidden("ask"),
        404: OpenApiResponse(ErrorSerializer, description="No chat job with this id (or not yours)."),
        **TOO_MANY,
    },
)
