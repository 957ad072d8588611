"""API tokens on the wire: `Authorization: Token <token>` (the API's own scheme) or
`Authorization: Bearer <token>` (as OpenAI clients send their key). Both are accepted on
every route; they differ only in what a 401 asks for (WWW-Authenticate).

A token is looked up by its SHA-256 (services/tokens.py stores nothing else); a revoked or
expired one, or one whose user was deactivated, is refused with a 401 saying so. On
success `request.user` is its user and `request.auth` the ApiToken, whose scopes and
collections narrow what the user may do (permissions.py, selectors/access.py).

With OIDC_API_AUDIENCE set, a Bearer value that is a JWT is the OpenID Connect provider's
access token instead (provider_tokens.py); `request.auth` is then its verified claims.
"""

from datetime import timedelta

from django.utils import timezone
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.request import Request

from chat.api.provider_tokens import authenticate_provider_token, looks_like_jwt
from chat.backends.oidc import ProviderToken
from chat.models import ApiToken
from chat.selectors.access import token_refusal
from chat.selectors.tokens import token_by_key

KEYWORDS = (b"token", b"bearer")
LAST_USED_EVERY = timedelta(minutes=1)  # "last used" is written at most this often per token


class ApiTokenAuthentication(BaseAuthentication):
    keyword = "Token"

    def authenticate(self, request: Request) -> tuple[object, ApiToken | ProviderToken] | None:
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() not in KEYWORDS:
            return None
        if len(parts) != 2:
            raise AuthenticationFailed("Invalid token header: send 'Authorization: Token <token>'.")
        try:
            key = parts[1].decode()
        except UnicodeDecodeError:
            raise AuthenticationFailed("Invalid token header: the token has characters no token has.") from None
        if parts[0].lower() == b"bearer" and looks_like_jwt(key):
            return authenticate_provider_token(token=key)
        token = token_by_key(key=key)
        if token is None:
            raise AuthenticationFailed("Invalid token.")
        if refusal := token_refusal(token=token):
            raise AuthenticationFailed(f"This token may not be used: {refusal}")
        now = timezone.now()
        if token.last_used_at is None or now - token.last_used_at > LAST_USED_EVERY:
            ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
            token.last_used_at = now
        return token.user, token

    def authenticate_header(self, request: Request) -> str:
        return self.keyword


class BearerTokenAuthentication(ApiTokenAuthentication):
    """The same tokens; a 401 asks for `Bearer`, as OpenAI clients expect."""

    keyword = "Bearer"


class TokenScheme(OpenApiAuthenticationExtension):
    target_class = "chat.api.authentication.ApiTokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema: object) -> dict:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "An API token, as `Token <token>` (`Bearer <token>` works too).",
        }


class BearerTokenScheme(OpenApiAuthenticationExtension):
    target_class = "chat.api.authentication.BearerTokenAuthentication"
    name = "bearerAuth"

    def get_security_definition(self, auto_schema: object) -> dict:
        return {"type": "http", "scheme": "bearer", "description": "The API token, as OpenAI clients send their key."}
