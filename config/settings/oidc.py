"""Sign-in with the organisation's OpenID Connect provider (mozilla-django-oidc, docs/sso.md),
local accounts, and the provider's access tokens on the API. docs/configuration.md: "Single
sign-on (OpenID Connect)".

Off unless OIDC_ISSUER is set. Nothing here talks to the provider: its endpoints come from
its discovery document, fetched on the first sign-in (and cached, chat/backends/oidc.py), so
the service starts, and `make run` behaves, the same whether or not the provider answers.
The OIDC_OP_* and OIDC_RP_* names are mozilla-django-oidc's own settings.
"""

from config.settings.base import env

OIDC_ISSUER = env.str("OIDC_ISSUER", default="").rstrip("/")
OIDC_RP_CLIENT_ID = env.str("OIDC_CLIENT_ID", default="")
OIDC_RP_CLIENT_SECRET = env.str("OIDC_CLIENT_SECRET", default="")
OIDC_RP_SCOPES = env.str("OIDC_SCOPES", default="openid email profile")
OIDC_RP_SIGN_ALGO = env.str("OIDC_SIGN_ALGO", default="RS256")
# Empty: from discovery (<issuer>/.well-known/openid-configuration). Set, each wins over it.
OIDC_OP_AUTHORIZATION_ENDPOINT = env.str("OIDC_AUTHORIZATION_ENDPOINT", default="")
OIDC_OP_TOKEN_ENDPOINT = env.str("OIDC_TOKEN_ENDPOINT", default="")
OIDC_OP_USER_ENDPOINT = env.str("OIDC_USERINFO_ENDPOINT", default="")
OIDC_OP_JWKS_ENDPOINT = env.str("OIDC_JWKS_URI", default="")
OIDC_OP_LOGOUT_ENDPOINT = env.str("OIDC_END_SESSION_ENDPOINT", default="")
OIDC_DISCOVERY_TTL = env.int("OIDC_DISCOVERY_TTL", default=3600)
OIDC_TIMEOUT = env.float("OIDC_TIMEOUT", default=10.0)
# After the provider failed to answer, requests in the next this many seconds are told it is
# down without asking it again (per process; 0: ask every time).
OIDC_RETRY_AFTER = env.float("OIDC_RETRY_AFTER", default=15.0)

# What the claims mean here.
OIDC_USERNAME_CLAIM = env.str("OIDC_USERNAME_CLAIM", default="preferred_username")
OIDC_EMAIL_CLAIM = env.str("OIDC_EMAIL_CLAIM", default="email")
OIDC_GROUPS_CLAIM = env.str("OIDC_GROUPS_CLAIM", default="groups")  # empty: groups are not synced
OIDC_STAFF_GROUP = env.str("OIDC_STAFF_GROUP", default="")  # empty: staff status is pdfchat's own
OIDC_REQUIRE_VERIFIED_EMAIL = env.bool("OIDC_REQUIRE_VERIFIED_EMAIL", default=True)
OIDC_PROVIDER_NAME = env.str("OIDC_PROVIDER_NAME", default="single sign-on")  # "Sign in with ..."

# The provider's JWT access tokens as `Authorization: Bearer` on the API (empty: not accepted).
OIDC_API_AUDIENCE = env.str("OIDC_API_AUDIENCE", default="")
OIDC_JWKS_TTL = env.int("OIDC_JWKS_TTL", default=300)

# Username and password: the form on the login page. Off, only superusers still sign in with a
# password, on /admin/login/ (the way in when the provider is down).
LOCAL_ACCOUNTS = env.bool("LOCAL_ACCOUNTS", default=True)

# Fixed: the authorization-code flow with PKCE (S256) and a nonce; the ID token kept in the
# session for RP-initiated logout (its id_token_hint).
OIDC_USE_PKCE = True
OIDC_PKCE_CODE_CHALLENGE_METHOD = "S256"
OIDC_USE_NONCE = True
OIDC_STORE_ID_TOKEN = True
OIDC_AUTHENTICATION_CALLBACK_URL = "oidc_authentication_callback"
LOGIN_REDIRECT_URL_FAILURE = "login"

# Sessions made before keep the backend path they were made with: unchanged by default.
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend" if LOCAL_ACCOUNTS else "chat.web_oidc.SuperusersOnlyBackend",
    *(["chat.web_oidc.ProviderBackend"] if OIDC_ISSUER else []),
]
