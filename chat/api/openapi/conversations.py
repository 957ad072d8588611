"""/conversations: list, read (with messages and their sources), delete."""

from drf_spectacular.utils import OpenApiExample, OpenApiResponse

from chat.api.openapi.common import (
    NO_PAGE_EXAMPLE,
    SCOPE_EXAMPLE,
    SOURCE_EXAMPLE,
    UNAUTHORIZED,
    UNAUTHORIZED_EXAMPLE,
    forbidden,
)
from chat.api.serializers import ConversationDetailSerializer, ConversationSerializer, ErrorSerializer

CONVERSATION_ID = "7d1e2b9a-3c4f-4e5a-9b6c-1d2e3f4a5b6c"
NOT_FOUND_EXAMPLE = OpenApiExample(
    "Unknown id", value={"detail": "No conversation with this id."}, response_only=True, status_codes=["404"]
)

CONVERSATIONS = dict(
    summary="List conversations, most recently active first",
    responses={
        200: ConversationSerializer(many=True),
        **UNAUTHORIZED,
        **forbidden("ask"),
        404: OpenApiResponse(ErrorSerializer, description="No such page."),
    },
    examples=[
        OpenApiExample(
            "Conversations",
            value={
                "conversation_id": CONVERSATION_ID,
                "title": "What is pipefail?",
                "messages": 4,
                "created_at": "2026-11-25T10:00:00Z",
                "last_message_at": "2026-11-25T10:02:00Z",
            },
            response_only=True,
            status_codes=["200"],
        ),
        UNAUTHORIZED_EXAMPLE,
        SCOPE_EXAMPLE,
        NO_PAGE_EXAMPLE,
    ],
)

CONVERSATION = dict(
    summary="A conversation with its messages, oldest first",
    description="Sources from collections you can no longer read are left out.",
    responses={200: ConversationDetailSerializer, **UNAUTHORIZED, **forbidden("ask"), 404: ErrorSerializer},
    examples=[
        OpenApiExample(
            "A follow-up",
            value={
                "conversation_id": CONVERSATION_ID,
                "title": "What is pipefail?",
                "messages": [
                    {
                        "role": "user",
                        "text": "What is pipefail?",
                        "sources": [],
                        "backend": "",
                        "job_id": None,
                        "created_at": "2026-11-25T10:00:00Z",
                    },
                    {
                        "role": "assistant",
                        "text": "A shell option: a pipeline fails if any command in it fails [p. 34].",
                        "sources": [SOURCE_EXAMPLE],
                        "backend": "openai",
                        "job_id": None,
                        "created_at": "2026-11-25T10:00:02Z",
                    },
                    {
                        "role": "user",
                        "text": "How do I turn it on?",
                        "sources": [],
                        "backend": "",
                        "job_id": None,
                        "created_at": "2026-11-25T10:01:00Z",
                    },
                    {
                        "role": "assistant",
                        "text": "With set -o pipefail [p. 61].",
                        "sources": [SOURCE_EXAMPLE],
                        "backend": "openai",
                        "job_id": None,
                        "created_at": "2026-11-25T10:01:02Z",
                    },
                ],
                "created_at": "2026-11-25T10:00:00Z",
                "last_message_at": "2026-11-25T10:01:02Z",
            },
            response_only=True,
            status_codes=["200"],
        ),
        UNAUTHORIZED_EXAMPLE,
        SCOPE_EXAMPLE,
        NOT_FOUND_EXAMPLE,
    ],
)

CONVERSATION_DELETE = dict(
    summary="Delete a conversation and its messages (its chat jobs stay)",
    responses={204: None, **UNAUTHORIZED, **forbidden("ask"), 404: ErrorSerializer},
    examples=[UNAUTHORIZED_EXAMPLE, SCOPE_EXAMPLE, NOT_FOUND_EXAMPLE],
)
