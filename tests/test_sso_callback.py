"""The sign-in's start, callback and backend (chat/web_oidc.py) in this process, against the
real test provider (tests/support/oidc_provider/): Django's test client is pdfchat's side of
the browser, httpx the provider's. What must never be a 500, or a request to the provider that
nobody asked for: an ID token dated by a provider whose clock is off, a token response without
an ID token, a password sign-in whose URL happens to carry `code` and `state`, and anonymous
visits to /oidc/authenticate/ in a row. The flow over HTTP against gunicorn:
tests/e2e/test_oidc_sign_in.py."""

import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urljoin, urlsplit

import httpx
import pytest
from django.contrib.auth.models import User
from django.test import Client

from chat.backends import oidc
from tests.support.oidc_provider.fixture import OIDCProvider, oidc_provider  # noqa: F401

pytestmark = pytest.mark.django_db

CLIENT_ID, CLIENT_SECRET = "pdfchat-in-process", "in-process-secret"
TOKEN_REQUEST, DISCOVERY = "POST /o/token/", "GET /o/.well-known/openid-configuration"


@pytest.fixture
def provider(settings, oidc_provider: OIDCProvider) -> Iterator[OIDCProvider]:  # noqa: F811
    """pdfchat signing in with the test provider; its clock put right after each test."""
    oidc.forget()
    settings.OIDC_ISSUER = oidc_provider.issuer
    settings.OIDC_RP_CLIENT_ID, settings.OIDC_RP_CLIENT_SECRET = CLIENT_ID, CLIENT_SECRET
    settings.OIDC_RP_SCOPES = "openid email profile"
    settings.OIDC_TIMEOUT = 5
    settings.AUTHENTICATION_BACKENDS = [*settings.AUTHENTICATION_BACKENDS, "chat.web_oidc.ProviderBackend"]
    callback, login = "http://testserver/oidc/callback/", "http://testserver/accounts/login/"
    oidc_provider.add_client(CLIENT_ID, CLIENT_SECRET, [callback], [login])
    oidc_provider.add_user("ann", "ann-pw", "ann@example.com")
    yield oidc_provider
    oidc_provider.set_clock_skew(0)
    oidc.forget()


def sign_in(client: Client, provider: OIDCProvider, username: str, password: str):
    """The login page's button, the provider's form, back to pdfchat's callback: the last page."""
    start = client.get("/oidc/authenticate/")
    assert start.status_code == 302 and start["Location"].startswith(provider.authorization_endpoint)
    with httpx.Client(trust_env=False, timeout=15) as browser:
        form = browser.get(start["Location"], follow_redirects=True)
        csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
        next_url = parse_qs(urlsplit(str(form.url)).query)["next"][0]
        fields = {"csrfmiddlewaretoken": csrf, "username": username, "password": password, "next": next_url}
        signed_in = browser.post(str(form.url), data=fields)
        back = browser.get(urljoin(str(signed_in.url), signed_in.headers["location"]))
    callback = urlsplit(back.headers["location"])
    assert callback.netloc == "testserver" and callback.path == "/oidc/callback/", back.headers["location"]
    return client.get(f"{callback.path}?{callback.query}", follow=True)


def signed_in_as(client: Client) -> str | None:
    user_id = client.session.get("_auth_user_id")
    return User.objects.get(pk=user_id).username if user_id else None


def test_a_provider_clock_a_little_ahead_signs_in_and_an_expired_id_token_is_said(provider):
    provider.set_clock_skew(5)  # iat 5 s in the future: within the 30 s allowed for skew
    client = Client()
    page = sign_in(client, provider, "ann", "ann-pw")
    assert page.redirect_chain[-1][0] == "/" and signed_in_as(client) == "ann"

    provider.set_clock_skew(-3600 - 300)  # dated an hour and 5 minutes ago: expired 5 minutes ago
    late = Client()
    page = sign_in(late, provider, "ann", "ann-pw")
    assert page.status_code == 200 and page.redirect_chain[-1][0] == "/accounts/login/"
    assert f"The sign-in service at {provider.issuer} sent an answer that does not verify" in page.content.decode()
    assert signed_in_as(late) is None


def test_a_token_response_without_an_id_token_is_said(provider, settings):
    settings.OIDC_RP_SCOPES = "email profile"  # no `openid`: plain OAuth, no ID token comes back
    client = Client()
    page = sign_in(client, provider, "ann", "ann-pw")
    assert page.status_code == 200 and page.redirect_chain[-1][0] == "/accounts/login/"
    assert "sent an answer that does not verify" in page.content.decode()
    assert signed_in_as(client) is None


@pytest.mark.parametrize("login", ["/accounts/login/", "/admin/login/"])
def test_a_password_sign_in_never_sends_a_code_to_the_provider(provider, login):
    User.objects.create_superuser("root", password="root-password-1")
    token_requests = provider.requests_seen(TOKEN_REQUEST)
    client = Client()
    response = client.post(f"{login}?code=attacker-code&state=any", {"username": "root", "password": "wrong"})
    assert response.status_code == 200 and response.context["form"].errors["__all__"]  # the wrong password, said
    assert signed_in_as(client) is None
    assert provider.requests_seen(TOKEN_REQUEST) == token_requests


def test_starting_sign_ins_in_a_row_asks_discovery_once(provider, settings):
    fetched = provider.requests_seen(DISCOVERY)
    for _ in range(3):
        assert Client().get("/oidc/authenticate/").status_code == 302
    assert provider.requests_seen(DISCOVERY) == fetched + 1

    settings.OIDC_DISCOVERY_TTL = 0  # kept no time at all: each start asks again
    for _ in range(2):
        assert Client().get("/oidc/authenticate/").status_code == 302
    assert provider.requests_seen(DISCOVERY) == fetched + 3
