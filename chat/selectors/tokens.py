"""API tokens as their users see them (never the token itself: only its digest is stored)."""

import hashlib

from django.contrib.auth.models import User
from django.db.models import QuerySet

from chat.models import ApiToken


def digest_of(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def token_by_key(*, key: str) -> ApiToken | None:
    """The token with this key, its user loaded (None for unknown keys)."""
    return ApiToken.objects.select_related("user").filter(digest=digest_of(key)).first()


def token_list(*, user: User) -> QuerySet[ApiToken]:
    """The user's tokens, revoked ones too (their names and dates stay readable), newest first."""
    return ApiToken.objects.filter(user=user).prefetch_related("collections").order_by("-created_at", "-id")
