"""The OpenID Connect provider's access tokens as `Authorization: Bearer <JWT>` on the API, so
that services of the organisation call pdfchat with their own identity (docs/sso.md).

On only while OIDC_API_AUDIENCE is set, and only for Bearer values shaped like a JWT (three
dot-separated parts): pdfchat's own API tokens never contain a dot, so they keep going to
authentication.py exactly as before. The token must verify against the provider's keys
(JWKS), come from OIDC_ISSUER, name OIDC_API_AUDIENCE in its audience and not be expired.

Its subject must be someone who has signed in on the web once (models/identity.py): an
unknown subject is refused rather than made into an account here, where no email, groups
or verified-email rule could be applied. It may then do what its user may, as a session
can, except manage API tokens (permissions.py): a bearer credential must not mint others.
"""

from django.conf import settings
from django.contrib.auth.models import User
from django.urls import reverse
from rest_framework.exceptions import APIException, AuthenticationFailed

from chat.backends import oidc
from chat.selectors.identity import user_for_subject


class ProviderDown(APIException):
    status_code = 503
    default_code = "sign_in_service_unavailable"


def looks_like_jwt(value: str) -> bool:
    return value.count(".") == 2 and bool(settings.OIDC_API_AUDIENCE) and oidc.enabled()


def authenticate_provider_token(*, token: str) -> tuple[User, oidc.ProviderToken]:
    """The token's user and its verified claims; 401 saying what is wrong, 503 when the
    provider's keys cannot be had."""
    try:
        verified = oidc.verify_access_token(token=token, audience=settings.OIDC_API_AUDIENCE)
    except oidc.TokenRefused as exc:
        raise AuthenticationFailed(str(exc)) from None
    except oidc.ProviderUnavailable as exc:
        raise ProviderDown(str(exc)) from None
    user = user_for_subject(issuer=settings.OIDC_ISSUER, subject=verified.subject)
    if user is None:
        raise AuthenticationFailed(
            f"No pdfchat account belongs to the subject {verified.subject!r} of this access token: sign in once on "
            f"the web first ({reverse('login')}, 'Sign in with {settings.OIDC_PROVIDER_NAME}')."
        )
    if not user.is_active:
        raise AuthenticationFailed("This access token's user was deactivated.")
    return user, verified
