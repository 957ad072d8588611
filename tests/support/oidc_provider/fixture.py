"""The `oidc_provider` fixture: a real OpenID Connect provider (this package, see __init__.py)
in a process of its own on a free loopback port, driven over HTTP only. Its settings are never
imported here: the test process keeps pdfchat's.

    from tests.support.oidc_provider.fixture import oidc_provider  # noqa: F401

    def test_sign_in(oidc_provider):
        user = oidc_provider.add_user("ann", "pw", "ann@example.com", groups=["staff"])
        oidc_provider.add_client("pdfchat", "secret", ["http://127.0.0.1:8000/oidc/callback/"])
        ...  # point the relying party at oidc_provider.issuer / .discovery_url
        oidc_provider.stop()   # the provider is down: connections are refused
        oidc_provider.start()  # back on the same port, with the same users, clients and key
"""

import os
import secrets
import signal
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from scripts.processes import Process, free_port
from tests.support.processes import wait_until

SECRET_HEADER = "X-Test-Control-Secret"  # control.py
START_TIMEOUT = 30.0


@dataclass(frozen=True)
class OIDCUser:
    """A user at the provider, as its test-control endpoint answers; `sub` is the subject of
    its tokens (the user's primary key there)."""

    username: str
    sub: str
    email: str
    email_verified: bool
    name: str
    groups: list[str]


class OIDCProvider:
    """One provider: its directory (database, key, log), its port, kept across stop/start."""

    def __init__(self, workdir: Path, port: int | None = None) -> None:
        self.workdir = workdir
        self.port = port or free_port()
        self.control_secret = secrets.token_urlsafe(24)
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.issuer = f"{self.base_url}/o"
        self.log = workdir / "oidc-provider.log"
        self.process: Process | None = None
        # A client for the provider, loopback so never through a proxy; closed by close().
        self.http = httpx.Client(timeout=10, trust_env=False)

    # --- Where things are (DOT's URLs under /o/, as discovery lists them) -------------------

    @property
    def discovery_url(self) -> str:
        return f"{self.issuer}/.well-known/openid-configuration"

    @property
    def authorization_endpoint(self) -> str:
        return f"{self.issuer}/authorize/"

    @property
    def token_endpoint(self) -> str:
        return f"{self.issuer}/token/"

    @property
    def userinfo_endpoint(self) -> str:
        return f"{self.issuer}/userinfo/"

    @property
    def jwks_uri(self) -> str:
        return f"{self.issuer}/.well-known/jwks.json"

    @property
    def end_session_endpoint(self) -> str:
        return f"{self.issuer}/logout/"

    @property
    def login_url(self) -> str:
        return f"{self.base_url}/accounts/login/"

    # --- Running it -----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.alive()

    def start(self) -> None:
        """Start the provider (migrating its database) and wait until discovery answers."""
        if self.running:
            return
        env = {key: value for key, value in os.environ.items() if key != "GUNICORN_CMD_ARGS"}
        env.update(
            OIDC_PROVIDER_DIR=str(self.workdir),
            OIDC_PROVIDER_ISSUER=self.issuer,
            OIDC_PROVIDER_CONTROL_SECRET=self.control_secret,
            DJANGO_SETTINGS_MODULE="tests.support.oidc_provider.settings",
            PYTHONUNBUFFERED="1",
        )
        command = [sys.executable, "-m", "tests.support.oidc_provider", "--port", str(self.port)]
        self.process = process = Process("oidc-provider", command, env, self.log)

        def up() -> bool:
            if not process.alive():
                pytest.fail(f"the OIDC provider exited:\n{process.tail()}")
            try:
                return self.http.get(self.discovery_url).status_code == 200
            except httpx.TransportError:
                return False

        wait_until(up, START_TIMEOUT, f"the OIDC provider's discovery at {self.discovery_url}")

    def stop(self, sig: int = signal.SIGTERM) -> None:
        """Stop the provider (SIGTERM, or e.g. signal.SIGKILL for a crash); its port then refuses
        connections until start()."""
        if self.process is not None:
            self.process.stop(sig)
            self.process = None

    def close(self) -> None:
        self.stop()
        self.http.close()

    # --- Test control (control.py) --------------------------------------------------------

    def _control(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = self.http.post(
            f"{self.base_url}/test/{path}", json=body, headers={SECRET_HEADER: self.control_secret}
        )
        if response.status_code >= 400:
            pytest.fail(f"OIDC provider: POST /test/{path} answered {response.status_code}: {response.text}")
        return response.json()

    def discovery(self) -> dict[str, Any]:
        """The discovery document, fetched now."""
        response = self.http.get(self.discovery_url)
        response.raise_for_status()
        return response.json()

    def jwks(self) -> dict[str, Any]:
        """The JSON Web Key Set, fetched now."""
        response = self.http.get(self.jwks_uri)
        response.raise_for_status()
        return response.json()

    def add_user(
        self,
        username: str,
        password: str,
        email: str,
        email_verified: bool = True,
        groups: Sequence[str] = (),
        name: str = "",
    ) -> OIDCUser:
        """Create the user, or update it: password, email, email_verified, exactly these groups."""
        body = {"username": username, "password": password, "email": email, "email_verified": email_verified}
        body.update(groups=list(groups), name=name)
        return OIDCUser(**self._control("users", body))

    def set_groups(self, username: str, groups: Sequence[str]) -> OIDCUser:
        """Make the user's groups exactly `groups` (the next tokens and userinfo show them)."""
        return OIDCUser(**self._control(f"users/{quote(username, safe='')}/groups", {"groups": list(groups)}))

    def add_client(
        self,
        client_id: str,
        client_secret: str,
        redirect_uris: Sequence[str],
        post_logout_redirect_uris: Sequence[str] = (),
        *,
        confidential: bool = True,
        skip_authorization: bool = True,
    ) -> dict[str, Any]:
        """Create or update an application: authorization-code grant (PKCE S256 required), RS256
        ID tokens, no consent screen unless skip_authorization=False."""
        body = {
            "client_id": client_id,
            "client_secret": client_secret,
            "redirect_uris": list(redirect_uris),
            "post_logout_redirect_uris": list(post_logout_redirect_uris),
            "confidential": confidential,
            "skip_authorization": skip_authorization,
        }
        return self._control("clients", body)

    def mint_access_token(
        self, sub: str, aud: str | Sequence[str], groups: Sequence[str] = (), expires_in: int = 300, **claims: Any
    ) -> str:
        """A JWT access token signed by the provider's key (the one in its JWKS), with iss, sub,
        aud, iat, exp (now + expires_in: negative for an expired token), jti, groups, `claims`."""
        body = {"sub": sub, "aud": aud if isinstance(aud, str) else list(aud), "groups": list(groups)}
        body.update(expires_in=expires_in, claims=claims)
        return self._control("mint", body)["access_token"]

    def set_clock_skew(self, seconds: int) -> None:
        """Date the ID tokens it issues `seconds` ahead (negative: behind); 0 puts it right."""
        self._control("clock", {"skew": seconds})

    def requests_seen(self, request_line: str) -> int:
        """How many requests starting with `request_line` ("POST /o/token/") it has answered so
        far, from its access log (a request of our own marks the end of the log first)."""
        marker = f"/test/log-marker/{secrets.token_hex(6)}"
        self.http.get(self.base_url + marker)  # a 404, logged like any request
        wait_until(lambda: marker in self.log.read_text(errors="replace"), 10, "the provider to log a request")
        return sum(f'"{request_line} ' in line for line in self.log.read_text(errors="replace").splitlines())


@pytest.fixture(scope="module")
def oidc_provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OIDCProvider]:
    """A running OIDC provider for the test module, in its own directory; stopped at the end.
    A test that stops it should start it again for the module's next tests."""
    provider = OIDCProvider(tmp_path_factory.mktemp("oidc-provider"))
    try:
        provider.start()
        yield provider
    finally:
        provider.close()
