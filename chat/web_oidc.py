"""Sign-in with the organisation's OpenID Connect provider, on mozilla-django-oidc (docs/sso.md):
the authorization-code flow with PKCE (S256) and a nonce, the callback, sign-out at the provider
too (RP-initiated logout), and the authentication backends.

mozilla-django-oidc wants its endpoints as settings; here they come from the provider's
discovery document at the moment they are needed (chat/backends/oidc.py), so nothing talks
to the provider before someone signs in. Whatever goes wrong on the way (the provider down,
a refused sign-in, a stale or replayed callback) ends on the login page with a message
saying so, never a 500. Making and updating the user is services/identity.py's.

While OIDC_ISSUER is unset, /oidc/authenticate/ and /oidc/callback/ are 404s and the backend
is not in AUTHENTICATION_BACKENDS (config/settings/oidc.py).
"""

import logging
from typing import Any

import requests
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import User
from django.core.exceptions import SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

from chat.backends import oidc
from chat.services.identity import SignInRefused, sign_in_with_provider

logger = logging.getLogger(__name__)

ID_TOKEN_SESSION_KEY = "oidc_id_token"  # where mozilla-django-oidc keeps it (OIDC_STORE_ID_TOKEN)
STALE = "This sign-in could not be completed (it was stale, or begun in another browser); try again."


def back_to_login(request: HttpRequest, message: str) -> HttpResponseRedirect:
    """The login page, with the message above its forms."""
    messages.error(request, message)
    return redirect("login")


class ProviderBackend(OIDCAuthenticationBackend):
    """mozilla-django-oidc's backend with the endpoints from discovery, the ID token's issuer
    and audience checked too, and the user made or updated by services/identity.py from the ID
    token's claims and userinfo's (which wins where both say something)."""

    def authenticate(self, request: HttpRequest | None, **kwargs: Any) -> User | None:
        if request is None or not (request.GET.get("code") and request.GET.get("state")):
            return None  # a password sign-in, or anything but the callback: not ours (and no network)
        found = oidc.endpoints()
        self.OIDC_OP_TOKEN_ENDPOINT, self.OIDC_OP_USER_ENDPOINT = found.token, found.userinfo
        self.OIDC_OP_JWKS_ENDPOINT = found.jwks
        return super().authenticate(request, **kwargs)

    def verify_token(self, token: str, **kwargs: Any) -> dict[str, Any]:
        payload = super().verify_token(token, **kwargs)  # signature (JWKS) and nonce
        audience = payload.get("aud")
        audiences = audience if isinstance(audience, list) else [audience]
        if str(payload.get("iss", "")).rstrip("/") != settings.OIDC_ISSUER or self.OIDC_RP_CLIENT_ID not in audiences:
            raise SuspiciousOperation("The ID token was not issued for pdfchat by the configured provider.")
        return payload

    def get_userinfo(self, access_token: str, id_token: str, payload: dict[str, Any]) -> dict[str, Any]:
        if not self.OIDC_OP_USER_ENDPOINT:
            return payload
        userinfo = super().get_userinfo(access_token, id_token, payload)
        if userinfo.get("sub") != payload.get("sub"):  # OIDC Core 5.3.2: userinfo must be about the same subject
            raise SuspiciousOperation("The userinfo endpoint answered for another subject than the ID token's.")
        return {**payload, **userinfo}

    def get_or_create_user(self, access_token: str, id_token: str, payload: dict[str, Any]) -> User:
        claims = self.get_userinfo(access_token, id_token, payload)
        return sign_in_with_provider(issuer=settings.OIDC_ISSUER, claims=claims)

    def get_user(self, user_id: int) -> User | None:
        """A session's user, unless deactivated since (mozilla-django-oidc's would keep them in)."""
        return ModelBackend.get_user(self, user_id)


class SuperusersOnlyBackend(ModelBackend):
    """Passwords with LOCAL_ACCOUNTS off: superusers only (made with `createsuperuser`), the way
    into the admin when the provider is down. The login page refuses passwords anyway."""

    def user_can_authenticate(self, user: User) -> bool:
        return super().user_can_authenticate(user) and user.is_superuser


class SignInStart(OIDCAuthenticationRequestView):
    """/oidc/authenticate/: to the provider's authorization endpoint, with state, nonce and
    the PKCE challenge kept in the session. The discovery document is fetched anew here, so a
    provider that is down is said on the login page instead of in the browser's error page."""

    def get(self, request: HttpRequest) -> HttpResponse:
        if not oidc.enabled():
            raise Http404("Sign-in with an identity provider is not configured.")
        try:
            self.OIDC_OP_AUTH_ENDPOINT = oidc.endpoints(max_age=0).authorization
        except oidc.ProviderUnavailable as exc:
            return back_to_login(request, str(exc))
        return super().get(request)


class SignInCallback(OIDCAuthenticationCallbackView):
    """/oidc/callback/: the code exchanged (with the PKCE verifier), the ID token verified, the
    user signed in; or the login page saying what went wrong."""

    def get(self, request: HttpRequest) -> HttpResponse:
        if not oidc.enabled():
            raise Http404("Sign-in with an identity provider is not configured.")
        try:
            return super().get(request)
        except (SignInRefused, oidc.ProviderUnavailable) as exc:
            return back_to_login(request, str(exc))
        except requests.HTTPError as exc:  # the token or userinfo endpoint said no
            logger.warning("OIDC: the provider refused the code exchange: %s", exc)
            return back_to_login(
                request, f"The sign-in service at {settings.OIDC_ISSUER} refused the sign-in: try again."
            )
        except requests.RequestException as exc:  # down between the authorization and the callback
            logger.warning("OIDC: the provider did not answer the callback's requests: %s", exc)
            return back_to_login(request, oidc.not_answering())
        except SuspiciousOperation as exc:  # an unknown state (stale, another browser's), a bad token
            logger.warning("OIDC: sign-in refused: %s", exc)
            return back_to_login(request, STALE)

    def login_failure(self) -> HttpResponse:
        error = self.request.GET.get("error_description") or self.request.GET.get("error")
        if error:
            return back_to_login(self.request, f"The sign-in service did not sign you in: {error}.")
        return back_to_login(self.request, "The sign-in did not complete; try again.")


class LogoutView(auth_views.LogoutView):
    """Django's sign-out; after a provider sign-in, also at the provider when it offers
    RP-initiated logout (end_session_endpoint): the browser goes there with the ID token as a
    hint and comes back to the login page (register its URL at the provider, docs/sso.md)."""

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        id_token = request.session.get(ID_TOKEN_SESSION_KEY)
        response = super().post(request, *args, **kwargs)
        if id_token and oidc.enabled():
            back = request.build_absolute_uri(reverse("login"))
            if url := oidc.end_session_url(id_token=id_token, post_logout_redirect_uri=back):
                return HttpResponseRedirect(url)
        return response
