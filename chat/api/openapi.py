"""The API's OpenAPI documentation (drf-spectacular): responses and examples per operation,
kept here next to the serializers so that the views stay a few lines each."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse

from chat.api.serializers import (
    ChatAnswerSerializer,
    ChatJobSerializer,
    ChatJobSubmittedSerializer,
    ChatRequestSerializer,
    DocumentListQuerySerializer,
    DocumentSerializer,
    DocumentUploadSerializer,
    ErrorSerializer,
    HealthSerializer,
)
from chat.failures import QUEUE_UNAVAILABLE

MESSAGE_EXAMPLE = OpenApiExample("A question", value={"message": "What does `set -o pipefail` do?"}, request_only=True)
BAD_REQUEST = OpenApiResponse(
    OpenApiTypes.OBJECT,
    description='Field errors such as {"message": ["..."]}, or {"detail": "..."} for malformed JSON.',
)
VALIDATION_ERROR_EXAMPLE = OpenApiExample(
    "Missing message",
    value={"message": ["This field is required."]},
    response_only=True,
    status_codes=["400"],
)


QUEUE_DOWN_EXAMPLE = OpenApiExample(
    "Queue down", value={"detail": QUEUE_UNAVAILABLE}, response_only=True, status_codes=["503"]
)
# Answers every API operation may give besides its own (DRF's authentication and throttling).
UNAUTHORIZED = {
    401: OpenApiResponse(
        ErrorSerializer, description="Sign-in required (API_AUTH_REQUIRED), or the token is not valid."
    )
}
UNAUTHORIZED_EXAMPLE = OpenApiExample(
    "Not signed in",
    value={"detail": "Authentication credentials were not provided."},
    response_only=True,
    status_codes=["401"],
)
THROTTLED = {429: OpenApiResponse(ErrorSerializer, description="Rate limit reached; retry after Retry-After seconds.")}
THROTTLED_EXAMPLE = OpenApiExample(
    "Rate limited",
    value={"detail": "Request was throttled. Expected available in 60 seconds."},
    response_only=True,
    status_codes=["429"],
)
NOT_JSON = {415: OpenApiResponse(ErrorSerializer, description="The body is not application/json.")}
NOT_JSON_EXAMPLE = OpenApiExample(
    "Not JSON",
    value={"detail": 'Unsupported media type "text/plain" in request.'},
    response_only=True,
    status_codes=["415"],
)
CHAT_ERROR_EXAMPLES = [VALIDATION_ERROR_EXAMPLE, UNAUTHORIZED_EXAMPLE, NOT_JSON_EXAMPLE, THROTTLED_EXAMPLE]
SOURCE_EXAMPLE = {
    "document_id": "5f0c2a1e-8a51-4a43-a2f4-3f6f0d0f6a11",
    "title": "bash",
    "page": 34,
    "score": 0.82,
    "snippet": "pipefail: If set, the return value of a pipeline is the value of the last (rightmost) "
    "command to exit with a non-zero status ...",
}
DOCUMENT_EXAMPLE = OpenApiExample(
    "A document being ingested",
    value={
        "document_id": "5f0c2a1e-8a51-4a43-a2f4-3f6f0d0f6a11",
        "title": "bash",
        "filename": "bash.pdf",
        "status": "processing",
        "pages_total": 87,
        "pages_done": 40,
        "chunks": 0,
        "error": None,
        "sha256": "9b1f0c...",
        "size_bytes": 399798,
        "job_id": "c1f1e7a4-3d0e-4f47-b1a9-0a3b9f6f7e21",
        "created_at": "2026-11-25T10:00:00Z",
        "ingested_at": None,
    },
    response_only=True,
    status_codes=["200", "202"],
)
UPLOAD_ERROR_EXAMPLES = [
    OpenApiExample("Empty file", value={"detail": "The file is empty."}, response_only=True, status_codes=["400"]),
    OpenApiExample(
        "Too large",
        value={"detail": "The file is larger than the limit of 50 MB."},
        response_only=True,
        status_codes=["413"],
    ),
    OpenApiExample(
        "Not a PDF",
        value={"detail": "The file is not a PDF (no %PDF- header in its first kilobyte)."},
        response_only=True,
        status_codes=["415"],
    ),
    QUEUE_DOWN_EXAMPLE,
]
NOT_FOUND_DOCUMENT_EXAMPLE = OpenApiExample(
    "Unknown id", value={"detail": "No document with this id."}, response_only=True, status_codes=["404"]
)


SYNC = dict(
    summary="Answer a question now",
    request=ChatRequestSerializer,
    responses={200: ChatAnswerSerializer, 400: BAD_REQUEST, **UNAUTHORIZED, **NOT_JSON, **THROTTLED},
    examples=[
        MESSAGE_EXAMPLE,
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
    ],
)

ASYNC = dict(
    summary="Queue a question; poll GET /chat/jobs/{job_id} for the answer",
    request=ChatRequestSerializer,
    responses={
        202: ChatJobSubmittedSerializer,
        400: BAD_REQUEST,
        **UNAUTHORIZED,
        **NOT_JSON,
        **THROTTLED,
        503: ErrorSerializer,
    },
    examples=[
        MESSAGE_EXAMPLE,
        OpenApiExample(
            "A queued job",
            value={"job_id": "0b6f9c8e-6d1c-4d59-9a43-3f0a2e4c1d7b", "status": "queued"},
            response_only=True,
            status_codes=["202"],
        ),
        *CHAT_ERROR_EXAMPLES,
        QUEUE_DOWN_EXAMPLE,
    ],
)

JOB = dict(
    summary="Poll a chat job",
    parameters=[OpenApiParameter("job_id", str, OpenApiParameter.PATH, description="From POST /chat/async.")],
    responses={200: ChatJobSerializer, **UNAUTHORIZED, 404: ErrorSerializer, 503: ErrorSerializer},
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
        OpenApiExample(
            "Unknown id",
            value={"detail": "No chat job with this id."},
            response_only=True,
            status_codes=["404"],
        ),
    ],
)

UPLOAD = dict(
    summary="Upload a PDF; it is ingested in the background",
    request={"multipart/form-data": DocumentUploadSerializer},
    responses={
        202: DocumentSerializer,
        200: OpenApiResponse(DocumentSerializer, description="The same bytes were uploaded before."),
        400: BAD_REQUEST,
        **UNAUTHORIZED,
        413: ErrorSerializer,
        415: ErrorSerializer,
        **THROTTLED,
        503: ErrorSerializer,
    },
    examples=[DOCUMENT_EXAMPLE, *UPLOAD_ERROR_EXAMPLES, UNAUTHORIZED_EXAMPLE, THROTTLED_EXAMPLE],
)

LIST = dict(
    summary="List documents, newest first",
    parameters=[DocumentListQuerySerializer],
    responses={
        200: DocumentSerializer(many=True),
        400: BAD_REQUEST,
        **UNAUTHORIZED,
        404: OpenApiResponse(ErrorSerializer, description="No such page."),
    },
    examples=[
        DOCUMENT_EXAMPLE,
        OpenApiExample(
            "Unknown status",
            value={"status": ['"done" is not a valid choice.']},
            response_only=True,
            status_codes=["400"],
        ),
        UNAUTHORIZED_EXAMPLE,
        OpenApiExample("No such page", value={"detail": "Invalid page."}, response_only=True, status_codes=["404"]),
    ],
)

RETRIEVE = dict(
    summary="A document and its ingestion progress",
    responses={200: DocumentSerializer, **UNAUTHORIZED, 404: ErrorSerializer},
    examples=[DOCUMENT_EXAMPLE, UNAUTHORIZED_EXAMPLE, NOT_FOUND_DOCUMENT_EXAMPLE],
)

DELETE = dict(
    summary="Delete a document, its chunks and its file",
    responses={204: None, **UNAUTHORIZED, 404: ErrorSerializer},
    examples=[UNAUTHORIZED_EXAMPLE, NOT_FOUND_DOCUMENT_EXAMPLE],
)

HEALTH = dict(
    summary="Service health",
    responses={200: HealthSerializer, 503: HealthSerializer},
    examples=[
        OpenApiExample(
            "Healthy",
            value={
                "status": "ok",
                "database": {"ok": True},
                "redis": {"ok": True},
                "workers": {"chat": 1, "ingest": 1, "default": 1},
            },
            response_only=True,
            status_codes=["200"],
        ),
        OpenApiExample(
            "Redis down",
            value={
                "status": "down",
                "database": {"ok": True},
                "redis": {"ok": False, "error": "ConnectionError"},
                "workers": None,
            },
            response_only=True,
            status_codes=["503"],
        ),
    ],
)
