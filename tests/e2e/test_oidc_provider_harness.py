"""The test OpenID Connect provider (tests/support/oidc_provider/) is a real one: the
authorization-code flow with PKCE over plain HTTP gives RS256 ID tokens and JWT access tokens
that verify against its JWKS and carry the claims the relying party will rely on (groups,
email_verified); minted tokens and stopping/starting it behave as the later tests expect."""

import base64
import hashlib
import json
import os
import re
import secrets
from collections.abc import Iterator
from urllib.parse import parse_qs, urljoin, urlsplit

import httpx
import pytest
from jwcrypto import jwk, jwt
from jwcrypto.jwt import JWTExpired, JWTInvalidClaimValue

from tests.support.oidc_provider.fixture import OIDCProvider, oidc_provider  # noqa: F401

pytestmark = pytest.mark.skipif(
    os.environ.get("PDFCHAT_TEST_DB") == "postgres", reason="the provider keeps its own SQLite database: once"
)

CLIENT_ID, CLIENT_SECRET = "pdfchat-test", "client-secret-123"
REDIRECT_URI = "http://127.0.0.1:8999/oidc/callback/"  # nothing listens: the test reads the redirect
LOGGED_OUT_URI = "http://127.0.0.1:8999/signed-out/"
SCOPE = "openid profile email groups"


@pytest.fixture(scope="module")
def provider(oidc_provider: OIDCProvider) -> OIDCProvider:  # noqa: F811
    oidc_provider.add_user("ann", "ann-pw", "ann@example.com", groups=["readers", "staff"], name="Ann Example")
    oidc_provider.add_user("bob", "bob-pw", "bob@example.com", email_verified=False)
    oidc_provider.add_client(CLIENT_ID, CLIENT_SECRET, [REDIRECT_URI], [LOGGED_OUT_URI])
    return oidc_provider


def verify(token: str, provider: OIDCProvider, **check_claims) -> dict:
    """The claims of `token` once its signature checks against the provider's JWKS."""
    keys = jwk.JWKSet.from_json(json.dumps(provider.jwks()))
    claims = {"iss": provider.issuer, "exp": None, **check_claims}
    verified = jwt.JWT(jwt=token, key=keys, algs=["RS256"], check_claims=claims, expected_type="JWS")
    return json.loads(verified.claims)


def sign_in(browser: httpx.Client, provider: OIDCProvider, username: str, password: str) -> tuple[str, str]:
    """The authorization-code flow up to the code: authorize, the login form, back to authorize
    (no consent screen: skip_authorization), the redirect to the client. Returns (code, verifier)."""
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    state, nonce = secrets.token_urlsafe(8), secrets.token_urlsafe(8)
    params = {"response_type": "code", "client_id": CLIENT_ID, "redirect_uri": REDIRECT_URI, "scope": SCOPE,
              "state": state, "nonce": nonce, "code_challenge": challenge, "code_challenge_method": "S256"}  # fmt: skip
    response = browser.get(provider.authorization_endpoint, params=params)
    assert response.status_code == 302
    login_url = urljoin(provider.base_url, response.headers["location"])
    assert login_url.startswith(provider.login_url)

    form = browser.get(login_url)
    assert form.status_code == 200 and "Sign in" in form.text
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    next_url = parse_qs(urlsplit(login_url).query)["next"][0]
    fields = {"csrfmiddlewaretoken": csrf, "username": username, "password": password, "next": next_url}
    response = browser.post(login_url, data=fields)
    assert response.status_code == 302, response.text[:500]

    response = browser.get(urljoin(provider.base_url, response.headers["location"]))
    assert response.status_code == 302
    callback = response.headers["location"]
    assert callback.startswith(REDIRECT_URI)
    query = parse_qs(urlsplit(callback).query)
    assert query["state"] == [state]
    return query["code"][0], verifier


def token_request(provider: OIDCProvider, code: str, verifier: str) -> httpx.Response:
    data = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT_URI,
            "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "code_verifier": verifier}  # fmt: skip
    return provider.http.post(provider.token_endpoint, data=data)


@pytest.fixture
def browser() -> Iterator[httpx.Client]:
    """The user's side: its own cookies at the provider, redirects seen one by one."""
    with httpx.Client(trust_env=False, follow_redirects=False, timeout=10) as client:
        yield client


def test_discovery_names_the_endpoints_and_claims(provider: OIDCProvider):
    document = provider.discovery()
    assert document["issuer"] == provider.issuer
    assert document["jwks_uri"] == provider.jwks_uri
    assert document["end_session_endpoint"] == provider.end_session_endpoint
    assert document["code_challenge_methods_supported"] == ["S256"]
    assert {"groups", "email_verified", "preferred_username", "name", "email"} <= set(document["claims_supported"])
    assert [key["alg"] for key in provider.jwks()["keys"]] == ["RS256"]


def test_authorization_code_flow_with_pkce(provider: OIDCProvider, browser: httpx.Client):
    code, verifier = sign_in(browser, provider, "ann", "ann-pw")
    response = token_request(provider, code, verifier)
    assert response.status_code == 200, response.text
    tokens = response.json()

    id_token = verify(tokens["id_token"], provider, aud=CLIENT_ID)
    assert id_token["groups"] == ["readers", "staff"]
    assert id_token["email_verified"] is True
    assert id_token["email"] == "ann@example.com"
    assert id_token["preferred_username"] == "ann"
    assert id_token["name"] == "Ann Example"
    assert "nonce" in id_token

    access = verify(tokens["access_token"], provider, aud=CLIENT_ID)  # a JWT signed by the same key
    assert access["sub"] == id_token["sub"]
    assert access["groups"] == ["readers", "staff"]
    assert set(access["scope"].split()) == set(SCOPE.split())

    userinfo = provider.http.get(
        provider.userinfo_endpoint, headers={"Authorization": f"Bearer {tokens['access_token']}"}
    )
    assert userinfo.status_code == 200
    assert userinfo.json()["groups"] == ["readers", "staff"]
    provider.set_groups("ann", ["readers"])
    userinfo = provider.http.get(
        provider.userinfo_endpoint, headers={"Authorization": f"Bearer {tokens['access_token']}"}
    )
    assert userinfo.json()["groups"] == ["readers"]


def test_pkce_is_required_and_checked(provider: OIDCProvider, browser: httpx.Client):
    code, _ = sign_in(browser, provider, "bob", "bob-pw")
    response = token_request(provider, code, "not-the-verifier-" + "x" * 40)
    assert response.status_code == 400

    plain = browser.get(provider.authorization_endpoint, params={"response_type": "code", "client_id": CLIENT_ID,
                        "redirect_uri": REDIRECT_URI, "scope": SCOPE})  # fmt: skip
    assert "error=invalid_request" in plain.headers.get("location", "")


def test_unverified_email_and_rp_initiated_logout(provider: OIDCProvider, browser: httpx.Client):
    code, verifier = sign_in(browser, provider, "bob", "bob-pw")
    tokens = token_request(provider, code, verifier).json()
    claims = verify(tokens["id_token"], provider, aud=CLIENT_ID)
    assert claims["email_verified"] is False
    assert claims["groups"] == []

    params = {"id_token_hint": tokens["id_token"], "post_logout_redirect_uri": LOGGED_OUT_URI, "client_id": CLIENT_ID}
    response = browser.get(provider.end_session_endpoint, params=params)
    assert response.status_code == 302
    assert response.headers["location"] == LOGGED_OUT_URI
    # Signed out at the provider: authorize asks for the login form again.
    response = browser.get(provider.authorization_endpoint, params={"client_id": CLIENT_ID})
    assert response.headers["location"].startswith("/accounts/login/")


def test_minted_tokens(provider: OIDCProvider):
    token = provider.mint_access_token("42", "pdfchat-api", groups=["staff"], expires_in=120)
    claims = verify(token, provider, aud="pdfchat-api")
    assert (claims["sub"], claims["groups"]) == ("42", ["staff"])

    wrong_audience = provider.mint_access_token("42", "another-api", groups=["staff"], expires_in=120)
    assert verify(wrong_audience, provider)["aud"] == "another-api"
    with pytest.raises(JWTInvalidClaimValue):
        verify(wrong_audience, provider, aud="pdfchat-api")

    expired = provider.mint_access_token("42", "pdfchat-api", expires_in=-120)
    with pytest.raises(JWTExpired):
        verify(expired, provider, aud="pdfchat-api")


def test_control_endpoints_need_the_secret(provider: OIDCProvider):
    response = provider.http.post(f"{provider.base_url}/test/mint", json={"sub": "1", "aud": "x"})
    assert response.status_code == 403


def test_stop_and_start(provider: OIDCProvider, browser: httpx.Client):
    keys = provider.jwks()
    provider.stop()
    with pytest.raises(httpx.ConnectError):
        provider.http.get(provider.discovery_url)
    provider.start()
    assert provider.http.get(provider.discovery_url).status_code == 200
    # The same signing key, users and clients after a restart.
    assert provider.jwks() == keys
    code, verifier = sign_in(browser, provider, "ann", "ann-pw")
    assert token_request(provider, code, verifier).status_code == 200
