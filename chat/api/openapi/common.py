"""Responses and examples that many operations share: errors, a source, and the refusals of
docs/access.md (a token without the scope, a lesser role: 403; not a member: 404)."""

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
    "collection_id": "0b6c1a4e-2f7d-4a53-9a57-1d2c3e4f5a6b",
}


def forbidden(scope: str, role: str | None = None) -> dict:
    """The 403 of an operation an API token needs `scope` for and, if `role`, that role in the
    collection (chat/api/permissions.py, selectors/access.py); the message names what is missing."""
    needs = f"your API token lacks the `{scope}` scope"
    if role is not None:
        needs = f"your role in the collection is below {role}, or {needs}"
    return {403: OpenApiResponse(ErrorSerializer, description=f"Not allowed: {needs} (the message says which).")}


SCOPE_EXAMPLE = OpenApiExample(
    "A token without the scope",
    value={"detail": "This needs an API token with the 'ask' scope; this token has: upload."},
    response_only=True,
    status_codes=["403"],
)
ROLE_NEEDED_EXAMPLE = OpenApiExample(
    "A viewer uploading",
    value={"detail": "This needs the editor role in collection 'Manuals'; you are a viewer there."},
    response_only=True,
    status_codes=["403"],
)
NO_COLLECTION_EXAMPLE = OpenApiExample(
    "A collection you may not read",
    value={"detail": "No collection with id 0b6c1a4e-2f7d-4a53-9a57-1d2c3e4f5a6b that you may read."},
    response_only=True,
    status_codes=["404"],
)
NO_PAGE_EXAMPLE = OpenApiExample(
    "No such page", value={"detail": "Invalid page."}, response_only=True, status_codes=["404"]
)
# A name that is not blank once trimmed (DRF trims and refuses blank names and NUL characters).
NAME_PATTERN = r"^[^\x00]*[^\s\x00][^\x00]*$"
