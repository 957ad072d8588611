"""Admin: chat jobs are records of what happened, so they are read-only here; documents are
read-only too, and deleted through the service (services/documents.py); the audit trail
is read-only. Staff share collections here (the library above all) and revoke API tokens;
those changes go through the services and into the audit trail like the API's.

One module per area, each registering its models with the admin site when imported, which
this package does, so that Django's autodiscovery (it imports `chat.admin`) finds them all:
documents.py (documents, their ingestion and actions, chunks), conversations.py
(conversations and their messages, chat jobs), collections.py (collections and their
members), credentials.py (API tokens, OpenID Connect identities), audit.py (the audit trail).
"""

from chat.admin import audit, collections, conversations, credentials, documents

__all__ = ["audit", "collections", "conversations", "credentials", "documents"]
