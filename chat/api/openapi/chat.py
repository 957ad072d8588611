"""POST /chat/sync, POST /chat/async, GET /chat/jobs/{job_id}."""

from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse

from chat.api.openapi.common import (
    BAD_REQUEST,
    CHAT_ERROR_EXAMPLES,
    MESSAGE_EXAMPLE,
    NO_COLLECTION_EXAMPLE,
    NOT_JSON,
    QUEUE_DOWN_EXAMPLE,
    SCOPE_EXAMPLE,
    SOURCE_EXAMPLE,
    THROTTLED,
    UNAUTHORIZED,
    UNAUTHORIZED_EXAMPLE,
    forbidden,
)
from chat.api.serializers import (
    ChatAnswerSerializer,
    ChatJobSerializer,
    ChatJobSubmittedSerializer,
    ChatRequestSerializer,
    ErrorSerializer,
)

NO_CONVERSATION = {
    404: OpenApiResponse(
        ErrorSerializer,
        description="No conversation with this conversation_id, or a collection in collection_ids you may not read.",
    )
}
NO_CONVERSATION_EXAMPLE = OpenApiExample(
    "Unknown conversation", value={"detail": "No conversation with this id."}, response_only=True, status_codes=["404"]
)
FOLLOW_UP_EXAMPLE = OpenApiExample(
    "A follow-up in a conversation",
    value={"message": "How do I turn it on?", "conversation_id": "7d1e2b9a-3c4f-4e5a-9b6c-1d2e3f4a5b6c"},
    request_only=True,
)

SYNC = dict(
    summary="Answer a question now",
    request=ChatRequestSerializer,
    responses={
        200: ChatAnswerSerializer,
        400: BAD_REQUEST,
        **UNAUTHORIZED,
        **forbidden("ask"),
        **NO_CONVERSATION,
        **NOT_JSON,
        **THROTTLED,
        502: OpenApiResponse(ErrorSerializer, description="The model server failed; the detail says how."),
    },
    examples=[
        MESSAGE_EXAMPLE,
        FOLLOW_UP_EXAMPLE,
        OpenApiExample(
            "An answer",
            value={
                "answer": "It makes a pipeline fail if any command in it fails [p. 34].",
                "backend": "openai",
                "model": "gpt-5",
                "sources": [SOURCE_EXAMPLE],
            },
            response_only=True,
            status_codes=["200"],
        ),
        *CHAT_ERROR_EXAMPLES,
        OpenApiExample(
            "Model server failed",
            value={"detail": "The model server answered HTTP 500: model crashed"},
            response_only=True,
            status_codes=["502"],
        ),
        NO_CONVERSATION_EXAMPLE,
        NO_COLLECTION_EXAMPLE,
        SCOPE_EXAMPLE,
    ],
)

ASYNC = dict(
    summary="Queue a question; poll GET /chat/jobs/{job_id} for the answer",
    request=ChatRequestSerializer,
    responses={
        202: ChatJobSubmittedSerializer,
        400: BAD_REQUEST,
        **UNAUTHORIZED,
        **forbidden("ask"),
        **NO_CONVERSATION,
        **NOT_JSON,
        **THROTTLED,
        503: ErrorSerializer,
    },
    examples=[
        MESSAGE_EXAMPLE,
        FOLLOW_UP_EXAMPLE,
        OpenApiExample(
            "A queued job",
            value={"job_id": "0b6f9c8e-6d1c-4d59-9a43-3f0a2e4c1d7b", "status": "queued"},
            response_only=True,
            status_codes=["202"],
        ),
        *CHAT_ERROR_EXAMPLES,
        NO_CONVERSATION_EXAMPLE,
        NO_COLLECTION_EXAMPLE,
        SCOPE_EXAMPLE,
        QUEUE_DOWN_EXAMPLE,
    ],
)

JOB = dict(
    summary="Poll a chat job",
    parameters=[OpenApiParameter("job_id", str, OpenApiParameter.PATH, description="From POST /chat/async.")],
    responses={
        200: ChatJobSerializer,
        **UNAUTHORIZED,
        **forbidden("ask"),
        404: OpenApiResponse(ErrorSerializer, description="No chat job of yours with this id."),
        503: ErrorSerializer,
    },
    examples=[
        OpenApiExample(
            "Finished",
            value={
                "job_id": "0b6f9c8e-6d1c-4d59-9a43-3f0a2e4c1d7b",
                "status": "finished",
                "answer": "It makes a pipeline fail if any command in it fails [p. 34].",
                "error": None,
                "backend": "openai",
                "sources": [SOURCE_EXAMPLE],
                "message": "What does `set -o pipefail` do?",
                "created_at": "2026-11-25T10:00:00Z",
                "started_at": "2026-11-25T10:00:01Z",
                "finished_at": "2026-11-25T10:00:03Z",
            },
            response_only=True,
            status_codes=["200"],
        ),
        QUEUE_DOWN_EXAMPLE,
        UNAUTHORIZED_EXAMPLE,
        SCOPE_EXAMPLE,
        OpenApiExample(
            "Unknown id",
            value={"detail": "No chat job with this id."},
            response_only=True,
            status_codes=["404"],
        ),
    ],
)
