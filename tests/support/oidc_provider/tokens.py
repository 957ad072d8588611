"""JWT access tokens signed with the provider's OIDC key (the one its JWKS publishes): the
generator DOT calls for every access token it issues (ACCESS_TOKEN_GENERATOR), and `sign`,
which /test/mint uses to make tokens on demand (another audience, already expired...)."""

import time
import uuid
from typing import Any

from jwcrypto import jwt
from oauth2_provider.settings import oauth2_settings
from oauth2_provider.utils import jwk_from_pem

from tests.support.oidc_provider.validators import group_names


def sign(claims: dict[str, Any]) -> str:
    """`claims` as a JWT signed RS256 by the provider's key, `kid` as in its JWKS."""
    key = jwk_from_pem(oauth2_settings.OIDC_RSA_PRIVATE_KEY)
    token = jwt.JWT(header={"alg": "RS256", "typ": "at+jwt", "kid": key.thumbprint()}, claims=claims)
    token.make_signed_token(key)
    return token.serialize()


def access_token_claims(
    request: Any, *, sub: str, aud: str | list[str], expires_in: int, groups: list[str] | None = None, **extra: Any
) -> dict[str, Any]:
    """RFC 9068's claims (iss, sub, aud, exp, iat, jti) and `groups`, then `extra`. The issuer
    is OIDC_ISS_ENDPOINT, else derived from `request` (Django's or oauthlib's) as DOT does."""
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": oauth2_settings.oidc_issuer(request),
        "sub": sub,
        "aud": aud,
        "iat": now,
        "exp": now + expires_in,
    }
    claims["jti"] = uuid.uuid4().hex
    if groups is not None:
        claims["groups"] = groups
    claims.update(extra)
    return claims


def access_token_generator(request: Any) -> str:
    """DOT's ACCESS_TOKEN_GENERATOR: called by oauthlib with its request, once the grant is
    validated (request.user is the user, None for client credentials; request.expires_in set)."""
    scopes = list(request.scopes or [])
    user = request.user
    claims = access_token_claims(
        request,
        sub=str(user.pk) if user is not None else request.client_id,
        aud=request.client_id,
        expires_in=int(request.expires_in),
        groups=group_names(user) if user is not None and "groups" in scopes else None,
        azp=request.client_id,
        client_id=request.client_id,
        scope=" ".join(scopes),
    )
    return sign(claims)
