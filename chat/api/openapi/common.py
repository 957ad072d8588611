"""Responses and examples that many operations share: errors, a source."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiResponse

from chat.api.serializers import ErrorSerializer
from chat.errors import QUEUE_UNAVAILABLE

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
    "ocr": False,
}
