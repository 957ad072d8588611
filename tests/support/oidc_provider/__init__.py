"""A real OpenID Connect provider for tests: a tiny Django project of its own on loopback,
built on django-oauth-toolkit (DOT), so that pdfchat's OIDC sign-in can be tested end to end,
in Chromium and over HTTP, against a provider that signs real tokens.

It never runs in the test process: `python -m tests.support.oidc_provider --port N` migrates
its own SQLite database (in OIDC_PROVIDER_DIR) and serves it with gunicorn on 127.0.0.1, with
its own DJANGO_SETTINGS_MODULE (tests.support.oidc_provider.settings). Tests talk to it over
HTTP only, through the `oidc_provider` fixture (fixture.py), which starts it on a free port,
creates users and clients through guarded test-control endpoints, and can stop and restart it.

Use the fixture by importing it into the test module (it is registered nowhere else):

    from tests.support.oidc_provider.fixture import oidc_provider  # noqa: F401

or, for a whole directory, `pytest_plugins = ["tests.support.oidc_provider.fixture"]` in that
directory's conftest.py.

What it serves (issuer `http://127.0.0.1:<port>/o`):
- DOT's endpoints under /o/: discovery (/o/.well-known/openid-configuration), JWKS, authorize
  (PKCE S256 required), token, userinfo, RP-initiated logout (/o/logout/), introspection.
- ID tokens signed RS256 with an RSA key generated on first start (kept in OIDC_PROVIDER_DIR,
  so a restarted provider publishes the same key), with `email`, `email_verified`,
  `preferred_username`, `name` and `groups` (the user's Django groups at the provider) for
  the scopes `openid profile email groups`; userinfo answers the same claims.
- Access tokens that are JWTs (RFC 9068 style, `typ` "at+jwt") signed by the same key:
  iss, sub, aud (= the client_id), azp, client_id, scope, groups (with the `groups` scope),
  iat, exp, jti. They are stored too, so userinfo and introspection accept them.
- /accounts/login/: a plain Django login form (username, password, "Sign in").
- /test/...: test-control endpoints (users, clients, minting tokens, its clock), answering only
  requests with the header X-Test-Control-Secret equal to OIDC_PROVIDER_CONTROL_SECRET.

Its cookies are named op_sessionid and op_csrftoken: a browser sends 127.0.0.1's cookies to
every port, so the provider's must not overwrite the relying party's sessionid and csrftoken.
"""
