"""Sign-in with the organisation's OpenID Connect provider, on mozilla-django-oidc (docs/sso.md):
the authorization-code flow with PKCE (S256) and a nonce, the callback, sign-out at the provider
too (RP-initiated logout), and the authentication backends.

mozilla-django-oidc wants its endpoints as settings; here they come from the provider's
discovery document at the moment they are needed (chat/backends/oidc.py), so nothing talks
to the provider before someone signs in. Whatever goes wrong on the way (the provider down,
a refused sign-in, a stale or replayed callback, an ID token that does not verify) ends on the
login page with a message saying so, never a 500. Making and updating the user is
services/identity.py's.

While OIDC_ISSUER is unset, /oidc/authenticate/ and /oidc/callback/ are 404s and the backend
is not in AUTHENTICATION_BACKENDS (config/settings/oidc.py).
"""

import logging
from typing import Any

import jwt
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
from django.utils.text import Truncator
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

from chat.backends import oidc
from chat.services.identity import SignInRefused, sign_in_with_provider

logger = logging.getLogger(__name__)

ID_TOKEN_SESSION_KEY = "oidc_id_token"  # where mozilla-django-oidc keeps it (OIDC_STORE_ID_TOKEN)
STATES_SESSION_KEY = "oidc_states"  # mozilla-django-oidc's: the sign-ins this session started, by state
STALE = "This sign-in could not be completed (it was stale, or begun in another browser); try again."
NOT_COMPLETED = "The sign-in did not complete; try again."
ERROR_SHOWN_CHARS = 200  # of the provider's error_description on the login page


class UnverifiedToken(SuspiciousOperation):
    """The token endpoint's answer has no ID token, or one that does not verify."""


def back_to_login(request: HttpRequest, message: str) -> HttpResponseRedirect:
    """The login page, with the message above its forms."""
    messages.error(request, message)
    return redirect("login")


class ProviderBackend(OIDCAuthenticationBackend):
    """mozilla-django-oidc's backend with the endpoints from discovery, the ID token's issuer
    and audience checked too, and the user made or updated by services/identity.py from the ID
    token's claims and userinfo's (which wins where both say something)."""

    def authenticate(self, request: HttpRequest | None, **kwargs: Any) -> User | None:
        # Django's authenticate() tries every backend: a password sign-in at /accounts/login/?code=x&state=y
        # must not post that code to the provider. Only the callback view passes the nonce (mozilla's).
        if request is None or "nonce" not in kwargs:
            return None
        found = oidc.endpoints()
        self.OIDC_OP_TOKEN_ENDPOINT, self.OIDC_OP_USER_ENDPOINT = found.token, found.userinfo
        self.OIDC_OP_JWKS_ENDPOINT = found.jwks
        return super().authenticate(request, **kwargs)

    def verify_token(self, token: str | None, **kwargs: Any) -> dict[str, Any]:
        if not token:  # no `openid` in OIDC_SCOPES, or a provider that is no OpenID provider
            raise UnverifiedToken("The token endpoint's answer has no ID token.")
        try:
            payload = super().verify_token(token, **kwargs)  # signature (JWKS), times and nonce
        except jwt.PyJWTError as exc:
            raise UnverifiedToken(f"The ID token does not verify: {exc}") from exc
        audience = payload.get("aud")
        audiences = audience if isinstance(audience, list) else [audience]
        if str(payload.get("iss", "")).rstrip("/") != settings.OIDC_ISSUER or self.OIDC_RP_CLIENT_ID not in audiences:
            raise UnverifiedToken("The ID token was not issued for pdfchat by the configured provider.")
        return payload

    def get_payload_data(self, token: str, key: Any) -> dict[str, Any]:
        """The token's claims once its signature, exp, iat and nbf check, with the clock skew
        allowed on the API's access tokens (mozilla-django-oidc allows none: a provider whose
        clock is a second ahead would fail every sign-in). Raises jwt.PyJWTError."""
        algorithm = jwt.get_unverified_header(token).get("alg")
        if algorithm != self.OIDC_RP_SIGN_ALGO:
            raise UnverifiedToken(f"The token is signed with {algorithm!r}, not {self.OIDC_RP_SIGN_ALGO!r}.")
        options = {"verify_aud": False}  # checked in verify_token, with the issuer
        return jwt.decode(token, key, algorithms=[algorithm], leeway=oidc.LEEWAY_SECONDS, options=options)

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
    the PKCE challenge kept in the session. The discovery document used here is at most
    oidc.SIGN_IN_DISCOVERY_MAX_AGE seconds old (OIDC_DISCOVERY_TTL if shorter), so a provider
    that went down is mostly said on the login page instead of in the browser's error page,
    while anonymous visits in a row do not make pdfchat ask the provider each time."""

    def get(self, request: HttpRequest) -> HttpResponse:
        if not oidc.enabled():
            raise Http404("Sign-in with an identity provider is not configured.")
        max_age = min(oidc.SIGN_IN_DISCOVERY_MAX_AGE, settings.OIDC_DISCOVERY_TTL)
        try:
            self.OIDC_OP_AUTH_ENDPOINT = oidc.endpoints(max_age=max_age).authorization
        except oidc.ProviderUnavailable as exc:
            return back_to_login(request, str(exc))
        return super().get(request)


class SignInCallback(OIDCAuthenticationCallbackView):
    """/oidc/callback/: the code exchanged (with the PKCE verifier), the ID token verified, the
    user signed in; or the login page saying what went wrong."""

    def get(self, request: HttpRequest) -> HttpResponse:
        if not oidc.enabled():
            raise Http404("Sign-in with an identity provider is not configured.")
        if request.GET.get("error") and not self.started_here(request):
            # Anyone can send a browser here with ?error=: mozilla-django-oidc would sign its
            # person out and the login page would show the sender's text. Neither, unless this
            # session started the sign-in the provider is answering.
            logger.warning("OIDC: an error callback for a sign-in this session did not start")
            return back_to_login(request, NOT_COMPLETED)
        try:
            return super().get(request)
        except (SignInRefused, oidc.ProviderUnavailable) as exc:
            return back_to_login(request, str(exc))
        except UnverifiedToken as exc:  # a provider's clock far off, no `openid` scope, a wrong key
            logger.warning("OIDC: the token endpoint's answer was refused: %s", exc)
            return back_to_login(
                request,
                f"The sign-in service at {settings.OIDC_ISSUER} sent an answer that does not verify: "
                "try again, or ask an administrator.",
            )
        except requests.HTTPError as exc:  # the token or userinfo endpoint said no
            logger.warning("OIDC: the provider refused the code exchange: %s", exc)
            return back_to_login(
                request, f"The sign-in service at {settings.OIDC_ISSUER} refused the sign-in: try again."
            )
        except requests.RequestException as exc:  # down between the authorization and the callback
            logger.warning("OIDC: the provider did not answer the callback's requests: %s", exc)
            return back_to_login(request, oidc.not_answering())
        except SuspiciousOperation as exc:  # an unknown state (stale, another browser's), a wrong nonce
            logger.warning("OIDC: sign-in refused: %s", exc)
            return back_to_login(request, STALE)

    @staticmethod
    def started_here(request: HttpRequest) -> bool:
        """Whether the callback's state is one of the sign-ins this session started."""
        return request.GET.get("state", "") in request.session.get(STATES_SESSION_KEY, {})

    def login_failure(self) -> HttpResponse:
        """(An `error` reaches here only for a sign-in this session started: get().)"""
        error = self.request.GET.get("error_description") or self.request.GET.get("error")
        if error:
            shown = Truncator(error).chars(ERROR_SHOWN_CHARS)
            return back_to_login(self.request, f"The sign-in service did not sign you in: {shown}.")
        return back_to_login(self.request, NOT_COMPLETED)


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
