"""Settings of the test OpenID Connect provider (see __init__.py), a Django project apart from
pdfchat's: it runs only in its own process (`python -m tests.support.oidc_provider`), never in
the test process.

Environment:
- OIDC_PROVIDER_DIR (required): its directory: the SQLite database, the signing key, SECRET_KEY.
- OIDC_PROVIDER_ISSUER: the issuer, e.g. http://127.0.0.1:8123/o (__main__ sets it from --port);
  without it DOT derives it from each request's host.
- OIDC_PROVIDER_CONTROL_SECRET: the value of the X-Test-Control-Secret header the /test/
  endpoints require; unset, they refuse every request.
"""

import os
from pathlib import Path

from tests.support.oidc_provider import keys

PROVIDER_DIR = Path(os.environ["OIDC_PROVIDER_DIR"])
PROVIDER_DIR.mkdir(parents=True, exist_ok=True)
ISSUER = os.environ.get("OIDC_PROVIDER_ISSUER", "").rstrip("/")
CONTROL_SECRET = os.environ.get("OIDC_PROVIDER_CONTROL_SECRET", "")

SECRET_KEY = keys.secret_key(PROVIDER_DIR)
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",  # DOT's templates {% load static %}
    "oauth2_provider",
    "tests.support.oidc_provider.apps.OIDCProviderConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "tests.support.oidc_provider.urls"
WSGI_APPLICATION = "tests.support.oidc_provider.wsgi.application"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": PROVIDER_DIR / "provider.sqlite3",
        "OPTIONS": {"timeout": 20},  # gunicorn's two threads may write at once
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Tests make users by the dozen: hashing passwords slowly buys nothing here.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
USE_TZ = True
TIME_ZONE = "UTC"
STATIC_URL = "/static/"

LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/accounts/login/"
# 127.0.0.1's cookies go to every port: keep clear of the relying party's sessionid/csrftoken.
SESSION_COOKIE_NAME = "op_sessionid"
CSRF_COOKIE_NAME = "op_csrftoken"

OAUTH2_PROVIDER = {
    "OIDC_ENABLED": True,
    "OIDC_ISS_ENDPOINT": ISSUER,
    "OIDC_RSA_PRIVATE_KEY": keys.rsa_private_key(PROVIDER_DIR),
    "OIDC_RP_INITIATED_LOGOUT_ENABLED": True,
    # Log out without a confirmation page when the RP sends a valid id_token_hint...
    "OIDC_RP_INITIATED_LOGOUT_ALWAYS_PROMPT": False,
    # ...and redirect only to the application's registered post_logout_redirect_uris.
    "OIDC_RP_INITIATED_LOGOUT_STRICT_REDIRECT_URIS": True,
    "PKCE_REQUIRED": True,
    "COMPLIANT_BCP_RFC9700_PKCE_METHOD": True,  # S256 only
    "SCOPES": {
        "openid": "OpenID Connect",
        "profile": "Your name and username",
        "email": "Your email address",
        "groups": "Your groups",
    },
    "DEFAULT_SCOPES": ["openid"],
    "OAUTH2_VALIDATOR_CLASS": "tests.support.oidc_provider.validators.ClaimsValidator",
    "ACCESS_TOKEN_GENERATOR": "tests.support.oidc_provider.tokens.access_token_generator",
    # Without it oauthlib makes refresh tokens with the access-token generator: JWTs too.
    "REFRESH_TOKEN_GENERATOR": "oauthlib.oauth2.rfc6749.tokens.random_token_generator",
    "ACCESS_TOKEN_EXPIRE_SECONDS": 3600,
    "ID_TOKEN_EXPIRE_SECONDS": 3600,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "WARNING"},
        "oauth2_provider": {"handlers": ["console"], "level": "INFO"},
        "oauthlib": {"handlers": ["console"], "level": "WARNING"},
    },
}
