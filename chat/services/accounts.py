"""Users' API tokens: issued (and replaced) here, so that each one is in the audit trail."""

from django.contrib.auth.models import User
from django.db import transaction
from rest_framework.authtoken.models import Token

from chat.services import audit


def issue_token(*, user: User, rotate: bool = False, origin: audit.Origin | None = None) -> str:
    """The user's API token: a new one if they have none, or with `rotate` (the old one stops
    working). A new token is audited as created by its user, a replaced one as revoked."""
    with transaction.atomic():
        if rotate and Token.objects.filter(user=user).delete()[0]:
            audit.record(action=audit.Action.TOKEN_REVOKE, actor=user, origin=origin, target_id=user.pk,
                         target_label=user.get_username())  # fmt: skip
        token, created = Token.objects.get_or_create(user=user)
        if created:
            audit.record(action=audit.Action.TOKEN_CREATE, actor=user, origin=origin, target_id=user.pk,
                         target_label=user.get_username())  # fmt: skip
    return token.key
