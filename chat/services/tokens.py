"""API tokens: created (the token is returned once, only its SHA-256 is stored) and revoked,
each in the audit trail. Authentication is chat/api/authentication.py."""

import secrets
from collections.abc import Iterable
from datetime import datetime

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from chat.errors import Invalid, NotFound
from chat.models import ApiToken, Collection
from chat.selectors.access import Asker, readable_pks
from chat.selectors.tokens import digest_of
from chat.services import audit

KEY_PREFIX = "pdfchat_"
SHOWN_CHARS = len(KEY_PREFIX) + 4  # how much of a token lists show, to tell tokens apart
ALL_SCOPES = tuple(ApiToken.Scope.values)


def create_token(
    *,
    user: User,
    name: str,
    scopes: Iterable[str] = ALL_SCOPES,
    collection_ids: Iterable[str] | None = None,
    expires_at: datetime | None = None,
    origin: audit.Origin | None = None,
) -> tuple[ApiToken, str]:
    """A new token of `user` and its key (shown once). Its collections, if any, must be ones
    the user may read (NotFound otherwise); an expiry must be in the future (Invalid)."""
    scopes = sorted(set(scopes))
    if not scopes or not set(scopes) <= set(ALL_SCOPES):
        raise Invalid(f"Scopes must be some of {', '.join(ALL_SCOPES)}.")
    if expires_at is not None and expires_at <= timezone.now():
        raise Invalid("The expiry must be in the future.")
    pks = readable_pks(asker=Asker(user=user), keys=collection_ids) if collection_ids else []
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    with transaction.atomic():
        token = ApiToken.objects.create(
            user=user, name=name.strip()[:100] or "API token", digest=digest_of(key), prefix=key[:SHOWN_CHARS],
            scopes=scopes, expires_at=expires_at, restricted=bool(pks),
        )  # fmt: skip
        if pks:
            token.collections.set(Collection.objects.filter(pk__in=pks))
        audit.record(action=audit.Action.TOKEN_CREATE, actor=user, origin=origin, target_id=token.pk,
                     target_label=token.name, detail={"scopes": scopes, "prefix": token.prefix,
                     "expires_at": expires_at.isoformat() if expires_at else None})  # fmt: skip
    return token, key


def revoke_token(
    *, user: User, token_id: int | str, origin: audit.Origin | None = None, by: User | None = None
) -> ApiToken:
    """Stop one of the user's tokens from working, at once (NotFound for others' and unknown ids).
    Revoking a revoked token changes nothing. `by`: who revoked it, if not its user (staff)."""
    try:
        token = ApiToken.objects.get(pk=int(token_id), user=user)
    except (ValueError, ApiToken.DoesNotExist):
        raise NotFound("No API token with this id.") from None
    if token.revoked_at is None:
        with transaction.atomic():
            token.revoked_at = timezone.now()
            token.save(update_fields=["revoked_at"])
            audit.record(action=audit.Action.TOKEN_REVOKE, actor=by or user, origin=origin, target_id=token.pk,
                         target_label=token.name, detail={"prefix": token.prefix})  # fmt: skip
    return token


def revoke_all(*, user: User, origin: audit.Origin | None = None) -> int:
    """Revoke every working token of the user (`create_api_user --rotate`); how many."""
    active = ApiToken.objects.filter(user=user, revoked_at__isnull=True).values_list("pk", flat=True)
    ids = list(active)
    for token_id in ids:
        revoke_token(user=user, token_id=token_id, origin=origin)
    return len(ids)
