"""The environment, var/, DEBUG, the secret key, hosts and HTTPS; Django's apps, middleware,
URLs, templates, static files and logging. docs/configuration.md: "Basics", "Security"."""

import secrets
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

from config import secret_key

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A `.env` beside manage.py is optional; real environment variables win over it.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

VAR_DIR = Path(env.str("PDFCHAT_VAR_DIR", default=str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env.bool("DEBUG", default=False)
# SECRET_KEY from the environment, else the one `make run` generated into var/secret-key
# (config/secret_key.py). Never a public constant: without a key, only DEBUG may start, with
# a random key per process (sessions then end at every restart).
SECRET_KEY = env.str("SECRET_KEY", default="") or secret_key.read(VAR_DIR)
if SECRET_KEY in secret_key.PUBLIC_KEYS or not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set (or is the public development key): set SECRET_KEY, or run "
            f"`python -m config.secret_key` once to generate one into {VAR_DIR / secret_key.FILENAME} "
            "(`make run` does it on its first start)."
        )
    SECRET_KEY = "django-insecure-" + secrets.token_urlsafe(40)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# Behind TLS (directly or via a proxy that sets X-Forwarded-Proto), HTTPS=true turns on the
# secure cookies, the HTTPS redirect and HSTS that `manage.py check --deploy` asks for. Off by
# default so that `make run` works on plain http://localhost:5000.
HTTPS = env.bool("HTTPS", default=False)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=HTTPS)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_REDIRECT_EXEMPT = [r"^health/?$"]  # load balancers probe over plain HTTP

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_rq",
    "chat",
]

MIDDLEWARE = [
    # First: the request id (X-Request-ID) is set for everything below, the metrics middleware's
    # log lines included, and returned on every response; it answers nothing itself, so
    # RequestMetrics still sees every answer.
    "chat.request_ids.RequestIdMiddleware",
    "chat.web_metrics.RequestMetrics",  # every answer counted, by route template
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

# GET /metrics (chat/web_metrics.py): with a token, a scraper gets in with `Authorization: Bearer
# <token>`; staff sessions always. Unset: staff sessions only.
METRICS_TOKEN = env.str("METRICS_TOKEN", default="")
# Off: no RequestMetrics middleware and GET /metrics answers 404 (bench.load --compare-metrics
# measures what metrics cost by running with them on and off).
METRICS_ENABLED = env.bool("METRICS_ENABLED", default=True)
if not METRICS_ENABLED:
    MIDDLEWARE = [name for name in MIDDLEWARE if name != "chat.web_metrics.RequestMetrics"]

# The API contract has paths without a trailing slash; the router accepts both forms, so
# never redirect (a redirected POST loses its body).
APPEND_SLASH = False

ROOT_URLCONF = "config.urls"
# The chat page signs people in with Django's login page (templates/registration/login.html).
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(VAR_DIR / "staticfiles")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Hashed, compressed files in production; plain finders while DEBUG (no collectstatic needed).
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}

# Every log line carries the request id of the request or job it is about ("-" outside one;
# chat/request_ids.py). LOG_FORMAT=json: one JSON object a line, for log shippers.
LOG_FORMAT = env.str("LOG_FORMAT", default="text")
if LOG_FORMAT not in ("text", "json"):
    raise ImproperlyConfigured(f"LOG_FORMAT must be text or json, not {LOG_FORMAT!r}")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "chat.request_ids.RequestIdFilter"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s"},
        "json": {"()": "chat.request_ids.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "plain",
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # httpx (and the httpx2 that openai uses) log every request to the model server at INFO:
    # noise in `manage.py ask` and in the workers' logs.
    "loggers": {name: {"level": "WARNING"} for name in ("django.db.backends", "httpx", "httpx2")},
}
