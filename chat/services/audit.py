"""The audit trail: who uploaded, deleted or downloaded a document, created or revoked a
token, created, renamed, shared or deleted a collection, when and from where. A team's
shared service needs an answer to "who deleted this?".

Services record the events they carry out, in the same transaction where there is one, so
an event is never written for something that did not happen. Where a request comes from
(`Origin`) is the entry point's to say: the API passes the client's address and user agent,
a management command its own name. Events are kept AUDIT_RETENTION_DAYS days.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.utils import timezone

from chat.models import AuditEvent

Action = AuditEvent.Action


@dataclass(frozen=True)
class Origin:
    """Where an action came from: a client's address and user agent, or a command's name."""

    ip: str | None = None
    via: str = ""

    @classmethod
    def from_meta(cls, meta: Mapping[str, str]) -> "Origin":
        """A request's origin from its WSGI environ (request.META): the address the server saw
        (behind a proxy, the proxy's) and the user agent."""
        return cls(ip=meta.get("REMOTE_ADDR") or None, via=meta.get("HTTP_USER_AGENT", ""))


def record(
    *, action: str, actor: User | None, origin: Origin | None, target_id: object = "", target_label: str = "",
    detail: dict | None = None, collection_key: object = None,
) -> AuditEvent:  # fmt: skip
    """Write one event (`actor` None: anonymous, with sign-in turned off). `collection_key`
    puts it in that collection's trail, which its managers read (GET /collections/{id}/audit)."""
    origin = origin or Origin()
    return AuditEvent.objects.create(
        action=action,
        actor=actor,
        actor_name=actor.get_username() if actor is not None else "",
        target_id=str(target_id),
        target_label=target_label[:300],
        ip=origin.ip,
        via=origin.via[:200],
        detail=detail or {},
        collection_key=collection_key,
    )


def purge_expired() -> int:
    """Delete the events older than AUDIT_RETENTION_DAYS (0: keep them all); how many went."""
    if settings.AUDIT_RETENTION_DAYS <= 0:
        return 0
    cutoff = timezone.now() - timedelta(days=settings.AUDIT_RETENTION_DAYS)
    deleted, _ = AuditEvent.objects.filter(at__lt=cutoff).delete()
    return deleted
