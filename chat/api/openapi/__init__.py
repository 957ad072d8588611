"""The API's OpenAPI documentation (drf-spectacular): responses and examples per operation,
kept beside the serializers so that the views stay a few lines each. One module per group
of endpoints; common.py holds what they share."""

from chat.api.openapi.chat import ASYNC, JOB, SYNC
from chat.api.openapi.conversations import CONVERSATION, CONVERSATION_DELETE, CONVERSATIONS
from chat.api.openapi.documents import DELETE, FILE, LIST, RETRIEVE, UPLOAD
from chat.api.openapi.health import HEALTH
from chat.api.openapi.streams import CHAT_STREAM, JOB_EVENTS

__all__ = [
    "ASYNC",
    "CHAT_STREAM",
    "CONVERSATION",
    "CONVERSATIONS",
    "CONVERSATION_DELETE",
    "DELETE",
    "FILE",
    "HEALTH",
    "JOB",
    "JOB_EVENTS",
    "LIST",
    "RETRIEVE",
    "SYNC",
    "UPLOAD",
]  # fmt: skip
