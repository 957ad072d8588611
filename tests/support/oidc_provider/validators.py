"""The claims the test OpenID Connect provider puts in ID tokens and userinfo: DOT's
OAuth2Validator with email, email_verified, preferred_username, name and groups."""

from collections.abc import Callable
from typing import Any

from oauth2_provider.oauth2_validators import OAuth2Validator


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
    def get_additional_claims(self) -> dict[str, Callable[[Any], Any]]:
        return {
            "email": lambda request: request.user.email,
            "email_verified": lambda request: email_verified(request.user),
            "preferred_username": lambda request: request.user.get_username(),
            "name": lambda request: request.user.get_full_name() or request.user.get_username(),
            "groups": lambda request: group_names(request.user),
        }
