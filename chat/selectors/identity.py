"""Who a provider's subject is in pdfchat (models/identity.py): for its access tokens on the API."""

from django.contrib.auth.models import User

from chat.models import OidcIdentity


def user_for_subject(*, issuer: str, subject: str) -> User | None:
    """The user who signed in with this subject at this provider (None: never, or deleted since)."""
    identity = OidcIdentity.objects.select_related("user").filter(issuer=issuer, subject=subject).first()
    return identity.user if identity is not None else None
