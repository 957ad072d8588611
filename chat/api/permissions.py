"""Who may call the API: everyone while API_AUTH_REQUIRED is off, signed-in users otherwise;
and a request made with an API token only where the token's scopes allow.

Each view says which scope its action needs (`token_scope`, or `token_scopes` by action;
"ask" when it says nothing). `token_scope = None` refuses tokens outright (token management
needs a signed-in session: a leaked token must not mint others; nor may the OpenID Connect
provider's access tokens, which otherwise act as their user's session would). Roles in collections are
the services' business (selectors/access.py); this is the first, per-route gate.
"""

from django.conf import settings
from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from chat.backends.oidc import ProviderToken
from chat.models import ApiToken
from chat.selectors.access import Asker

SESSION_ONLY = "API tokens are managed from a signed-in session (the chat page), not with a token."


def asker_of(request: Request) -> Asker:
    """Who is asking: the user (None when sign-in is off and nobody signed in) and the token used."""
    user = request.user if request.user and request.user.is_authenticated else None
    token = request.auth if isinstance(request.auth, ApiToken) else None
    return Asker(user=user, token=token)


def scope_needed(view: object) -> str | None:
    by_action = getattr(view, "token_scopes", {})
    action = getattr(view, "action", None)
    if action in by_action:
        return by_action[action]
    return getattr(view, "token_scope", ApiToken.Scope.ASK)


class ApiAccess(BasePermission):
    """Reads API_AUTH_REQUIRED on every request, so the setting needs no restart in tests."""

    message = "This API token does not allow this."

    def has_permission(self, request: Request, view: object) -> bool:
        if settings.API_AUTH_REQUIRED and not (request.user and request.user.is_authenticated):
            return False
        if isinstance(request.auth, ProviderToken):  # the provider's access token: all but token management
            self.message = SESSION_ONLY
            return scope_needed(view) is not None
        if not isinstance(request.auth, ApiToken):
            return True
        needed = scope_needed(view)
        if needed is None:
            self.message = SESSION_ONLY
            return False
        if needed not in request.auth.scopes:
            has = ", ".join(sorted(request.auth.scopes)) or "none"
            self.message = f"This needs an API token with the '{needed}' scope; this token has: {has}."
            return False
        return True
