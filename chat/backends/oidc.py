"""The organisation's OpenID Connect provider as pdfchat reaches it (docs/sso.md): its endpoints,
from its discovery document (cached, each one overridable by a setting), and the check of its
JWT access tokens against the keys it publishes (JWKS, cached), for the API's Bearer tokens.

Nothing is fetched at import or at startup: the first sign-in or access token does it. A
provider that is down never stops pdfchat from starting; it becomes ProviderUnavailable,
whose message the login page shows and the API answers with a 503.
"""

import logging
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import jwt
import requests  # mozilla-django-oidc's HTTP client: its errors are the ones sign-in must catch
from django.conf import settings

logger = logging.getLogger(__name__)

LEEWAY_SECONDS = 30  # clock skew allowed on an access token's and an ID token's exp, iat and nbf
# A sign-in starts from a discovery document at most this old (OIDC_DISCOVERY_TTL if shorter):
# fresh enough to say on the login page that the provider is down, without asking it at every
# anonymous visit to /oidc/authenticate/.
SIGN_IN_DISCOVERY_MAX_AGE = 30


class ProviderUnavailable(Exception):
    """The provider does not answer, or answers something unusable; the message is for people."""


class TokenRefused(Exception):
    """An access token that does not verify; the message says why, for the API client."""


@dataclass(frozen=True)
class Endpoints:
    """Where the provider's endpoints are. Empty `userinfo`: the ID token's claims alone;
    empty `end_session`: no RP-initiated logout (signing out ends pdfchat's session only)."""

    authorization: str
    token: str
    jwks: str
    userinfo: str = ""
    end_session: str = ""


@dataclass(frozen=True)
class ProviderToken:
    """`request.auth` for a request made with the provider's access token: its verified claims."""

    subject: str
    claims: dict[str, Any]


_discovered: dict[str, tuple[float, dict[str, Any]]] = {}  # discovery URL -> (fetched at, document)
# discovery or key set URL -> (failed at, the message): a provider that hangs holds each request for
# OIDC_TIMEOUT, so for OIDC_RETRY_AFTER seconds after a failure the next requests are told at
# once instead of each waiting on it in turn (and holding a web worker while they do).
_failed: dict[str, tuple[float, str]] = {}
_jwks_clients: dict[tuple[str, int], jwt.PyJWKClient] = {}
_lock = threading.Lock()


def enabled() -> bool:
    return bool(settings.OIDC_ISSUER)


def discovery_url() -> str:
    return f"{settings.OIDC_ISSUER}/.well-known/openid-configuration"


def not_answering() -> str:
    return f"The sign-in service at {settings.OIDC_ISSUER} is not answering; try again later."


def discovery(*, max_age: float | None = None) -> dict[str, Any]:
    """The provider's discovery document, fetched again when older than `max_age` seconds
    (OIDC_DISCOVERY_TTL; 0: now). Raises ProviderUnavailable: at once, with the same message,
    for OIDC_RETRY_AFTER seconds after a fetch failed."""
    url = discovery_url()
    max_age = settings.OIDC_DISCOVERY_TTL if max_age is None else max_age
    with _lock:
        cached = _discovered.get(url)
    if cached is not None and time.monotonic() - cached[0] < max_age:
        return cached[1]
    _raise_if_failed_lately(url)
    try:
        document = _fetch_discovery(url)
    except ProviderUnavailable as exc:
        _remember_failure(url, exc)
        raise
    with _lock:
        _discovered[url] = (time.monotonic(), document)
        _failed.pop(url, None)
    return document


def _raise_if_failed_lately(url: str) -> None:
    with _lock:
        failed = _failed.get(url)
    if failed is not None and time.monotonic() - failed[0] < settings.OIDC_RETRY_AFTER:
        raise ProviderUnavailable(failed[1])


def _remember_failure(url: str, exc: ProviderUnavailable) -> None:
    with _lock:
        _failed[url] = (time.monotonic(), str(exc))


def _fetch_discovery(url: str) -> dict[str, Any]:
    try:
        response = requests.get(url, timeout=settings.OIDC_TIMEOUT)
        response.raise_for_status()
        document = response.json()
    except (requests.RequestException, ValueError) as exc:
        logger.warning("OIDC discovery at %s failed: %s", url, exc)
        raise ProviderUnavailable(not_answering()) from exc
    if not isinstance(document, dict) or str(document.get("issuer", "")).rstrip("/") != settings.OIDC_ISSUER:
        named = document.get("issuer") if isinstance(document, dict) else None
        raise ProviderUnavailable(
            f"The sign-in service's discovery document at {url} names the issuer {named!r}, not "
            f"{settings.OIDC_ISSUER!r} (OIDC_ISSUER): ask an administrator to correct OIDC_ISSUER."
        )
    return document


def endpoints(*, max_age: float | None = None) -> Endpoints:
    """The endpoints: each OIDC_*_ENDPOINT (OIDC_JWKS_URI) setting that is set, the discovery
    document's for the others. When the three needed ones are set, discovery failing is no
    error (userinfo and RP-initiated logout then need their settings too)."""
    overrides = {
        "authorization_endpoint": settings.OIDC_OP_AUTHORIZATION_ENDPOINT,
        "token_endpoint": settings.OIDC_OP_TOKEN_ENDPOINT,
        "jwks_uri": settings.OIDC_OP_JWKS_ENDPOINT,
        "userinfo_endpoint": settings.OIDC_OP_USER_ENDPOINT,
        "end_session_endpoint": settings.OIDC_OP_LOGOUT_ENDPOINT,
    }
    try:
        found = {name: str(value) for name, value in discovery(max_age=max_age).items() if name in overrides}
    except ProviderUnavailable:
        if not all(overrides[name] for name in ("authorization_endpoint", "token_endpoint", "jwks_uri")):
            raise
        found = {}
    merged = {name: value or found.get(name, "") for name, value in overrides.items()}
    missing = [name for name in ("authorization_endpoint", "token_endpoint", "jwks_uri") if not merged[name]]
    if missing:
        raise ProviderUnavailable(
            f"The sign-in service at {settings.OIDC_ISSUER} does not name its {', '.join(missing)}: "
            "ask an administrator to set them (docs/sso.md)."
        )
    return Endpoints(
        authorization=merged["authorization_endpoint"], token=merged["token_endpoint"], jwks=merged["jwks_uri"],
        userinfo=merged["userinfo_endpoint"], end_session=merged["end_session_endpoint"],
    )  # fmt: skip


def _jwks_client(uri: str) -> jwt.PyJWKClient:
    """One client per key set URI, which keeps the set OIDC_JWKS_TTL seconds and fetches it
    again at once for a key id it does not know (the provider rotated its keys)."""
    key = (uri, settings.OIDC_JWKS_TTL)
    with _lock:
        if key not in _jwks_clients:
            lifespan, timeout = max(settings.OIDC_JWKS_TTL, 1), settings.OIDC_TIMEOUT
            _jwks_clients[key] = jwt.PyJWKClient(uri, lifespan=lifespan, timeout=timeout)
        return _jwks_clients[key]


def verify_access_token(*, token: str, audience: str) -> ProviderToken:
    """The provider's JWT access token, checked: signature (JWKS), issuer, audience, expiry.
    Raises TokenRefused saying what is wrong, or ProviderUnavailable."""
    issuer = settings.OIDC_ISSUER
    jwks = endpoints().jwks
    _raise_if_failed_lately(jwks)
    try:
        key = _jwks_client(jwks).get_signing_key_from_jwt(token)
    except jwt.PyJWKClientConnectionError as exc:
        logger.warning("OIDC JWKS fetch failed: %s", exc)
        unavailable = ProviderUnavailable(not_answering())
        _remember_failure(jwks, unavailable)
        raise unavailable from exc
    except (jwt.PyJWKClientError, jwt.PyJWKError, jwt.DecodeError) as exc:
        raise TokenRefused(f"The access token is not signed by a key of the sign-in service at {issuer}.") from exc
    try:
        claims = jwt.decode(
            token, key, algorithms=[settings.OIDC_RP_SIGN_ALGO], audience=audience, issuer=issuer,
            leeway=LEEWAY_SECONDS, options={"require": ["exp", "iss", "aud", "sub"]},
        )  # fmt: skip
    except jwt.InvalidTokenError as exc:
        raise TokenRefused(_refusal(exc, token, audience=audience, issuer=issuer)) from exc
    if "nonce" in claims:  # an ID token has the same issuer and signature; it is no access token
        raise TokenRefused("This is an ID token, not an access token: send the access token.")
    return ProviderToken(subject=str(claims["sub"]), claims=claims)


def _refusal(exc: jwt.InvalidTokenError, token: str, *, audience: str, issuer: str) -> str:
    """What is wrong with a token whose signature verified, in the client's terms."""
    unverified = jwt.decode(token, options={"verify_signature": False})
    if isinstance(exc, jwt.ExpiredSignatureError):
        expired = datetime.fromtimestamp(int(unverified.get("exp", 0)), tz=UTC).isoformat()
        return f"The access token expired at {expired}; get a new one from the sign-in service."
    if isinstance(exc, jwt.InvalidAudienceError):
        return (
            f"The access token is meant for {unverified.get('aud')!r}, not for pdfchat: its audience must be "
            f"{audience!r} (OIDC_API_AUDIENCE)."
        )
    if isinstance(exc, jwt.InvalidIssuerError):
        return f"The access token was issued by {unverified.get('iss')!r}, not by {issuer!r} (OIDC_ISSUER)."
    if isinstance(exc, jwt.MissingRequiredClaimError):
        return f"The access token has no {exc.claim!r} claim."
    return f"The access token is not valid: {exc}."


def end_session_url(*, id_token: str, post_logout_redirect_uri: str) -> str | None:
    """Where to send the browser to sign out at the provider too (RP-initiated logout), or None
    when the provider has no end_session_endpoint, or does not answer and none is known."""
    try:
        end_session = endpoints().end_session
    except ProviderUnavailable:
        return None
    if not end_session:
        return None
    query = {"id_token_hint": id_token, "post_logout_redirect_uri": post_logout_redirect_uri}
    query["client_id"] = settings.OIDC_RP_CLIENT_ID
    return requests.Request("GET", end_session, params=query).prepare().url


def forget() -> None:
    """Drop the cached discovery documents, failures and key sets (tests; a changed configuration)."""
    with _lock:
        _discovered.clear()
        _failed.clear()
        _jwks_clients.clear()
