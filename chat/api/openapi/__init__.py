"""The API's OpenAPI documentation (drf-spectacular): responses and examples per operation,
kept beside the serializers so that the views stay a few lines each. One module per group
of endpoints; common.py holds what they share."""

from chat.api.openapi.chat import ASYNC, JOB, SYNC
from chat.api.openapi.collections import (
    AUDIT,
    COLLECTION,
    COLLECTION_CREATE,
    COLLECTION_DELETE,
    COLLECTION_RENAME,
    COLLECTIONS,
    GROUP_REMOVE,
    MEMBER_REMOVE,
    MEMBER_SET,
    MEMBERS,
    TOKEN_CREATE,
    TOKEN_REVOKE,
    TOKENS,
)
from chat.api.openapi.conversations import CONVERSATION, CONVERSATION_DELETE, CONVERSATIONS
from chat.api.openapi.documents import DELETE, FILE, LIST, PAGE_WORDS, RETRIEVE, UPLOAD
from chat.api.openapi.health import HEALTH
from chat.api.openapi.streams import CHAT_STREAM, JOB_EVENTS

__all__ = [
    "ASYNC",
    "AUDIT",
    "CHAT_STREAM",
    "COLLECTION",
    "COLLECTIONS",
    "COLLECTION_CREATE",
    "COLLECTION_DELETE",
    "COLLECTION_RENAME",
    "CONVERSATION",
    "CONVERSATIONS",
    "CONVERSATION_DELETE",
    "DELETE",
    "FILE",
    "GROUP_REMOVE",
    "HEALTH",
    "JOB",
    "JOB_EVENTS",
    "LIST",
    "MEMBERS",
    "MEMBER_REMOVE",
    "MEMBER_SET",
    "PAGE_WORDS",
    "RETRIEVE",
    "SYNC",
    "TOKENS",
    "TOKEN_CREATE",
    "TOKEN_REVOKE",
    "UPLOAD",
]  # fmt: skip
