"""Database models, one module per concern:

- `jobs`: ChatJob, a question asked as a background job (its result outlives Redis);
- `documents`: Document, PageText, Chunk, OcrWords: the PDFs, what retrieval searches, what
  the viewer highlights on scanned pages;
- `access`: Collection, Role, Membership, ApiToken: who may read what (docs/access.md);
- `conversations`: Conversation, Message: chat threads;
- `audit`: AuditEvent: who did what, when, from where;
- `identity`: OidcIdentity: a user's account at the OpenID Connect provider (its `sub`).
"""

from chat.models.access import ApiToken, Collection, Membership, Role
from chat.models.audit import AuditEvent
from chat.models.conversations import Conversation, Message
from chat.models.documents import Chunk, Document, OcrWords, PageText
from chat.models.identity import OidcIdentity
from chat.models.jobs import ChatJob

__all__ = [
    "ApiToken",
    "AuditEvent",
    "ChatJob",
    "Chunk",
    "Collection",
    "Conversation",
    "Document",
    "Membership",
    "Message",
    "OcrWords",
    "OidcIdentity",
    "PageText",
    "Role",
]
