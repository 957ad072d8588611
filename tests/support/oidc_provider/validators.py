"""The claims the test OpenID Connect provider puts in ID tokens and userinfo: DOT's
OAuth2Validator with email, email_verified, preferred_username, name and groups; and the
ID tokens' times (iat, exp, auth_time) off by the clock skew a test set (control.py)."""

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.conf import settings
from oauth2_provider.oauth2_validators import OAuth2Validator


def clock_skew_file() -> Path:
    """Where /test/clock keeps the skew: a file, so that a restarted provider keeps it too."""
    return Path(settings.PROVIDER_DIR) / "clock-skew"


def clock_skew() -> int:
    """Seconds the provider's clock is ahead of the real one (negative: behind), for ID tokens."""
    try:
        return int(clock_skew_file().read_text())
    except (OSError, ValueError):
        return 0


def group_names(user: Any) -> list[str]:
    """The names of the user's Django groups at the provider, sorted."""
    return sorted(user.groups.values_list("name", flat=True))


def email_verified(user: Any) -> bool:
    profile = getattr(user, "oidc_profile", None)
    return bool(profile and profile.email_verified)


class ClaimsValidator(OAuth2Validator):
    # Which scope releases each claim (DOT's table covers the standard ones).
    oidc_claim_scope = {**OAuth2Validator.oidc_claim_scope, "groups": "groups"}

    # Without a `request` parameter DOT lists these claims in discovery's claims_supported
    # and calls each with the request when it builds a token or answers userinfo.
    def get_id_token_dictionary(self, token: Any, token_handler: Any, request: Any) -> tuple[dict[str, Any], Any]:
        claims, expiration_time = super().get_id_token_dictionary(token, token_handler, request)
        if skew := clock_skew():  # these claims replace oauthlib's iat (finalize_id_token)
            claims.update(iat=int(time.time()) + skew, exp=claims["exp"] + skew, auth_time=claims["auth_time"] + skew)
        return claims, expiration_time

    def get_additional_claims(self) -> dict[str, Callable[[Any], Any]]:
        return {
            "email": lambda request: request.user.email,
            "email_verified": lambda request: email_verified(request.user),
            "preferred_username": lambda request: request.user.get_username(),
            "name": lambda request: request.user.get_full_name() or request.user.get_username(),
            "groups": lambda request: group_names(request.user),
        }
