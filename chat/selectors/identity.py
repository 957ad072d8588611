"""Who a provider's subject is in pdfchat (models/identity.py): for a sign-in
(services/identity.py) and for the provider's access tokens on the API."""

from django.contrib.auth.models import User

from chat.models import OidcIdentity


def identity_for_subject(*, issuer: str, subject: str) -> OidcIdentity | None:
    """The identity of this subject at this provider, with its user (None: never signed in)."""
    return OidcIdentity.objects.select_related("user").filter(issuer=issuer, subject=subject).first()


def user_for_subject(*, issuer: str, subject: str) -> User | None:
    """The user who signed in with this subject at this provider (None: never, or deleted since)."""
    identity = identity_for_subject(issuer=issuer, subject=subject)
    return identity.user if identity is not None else None
