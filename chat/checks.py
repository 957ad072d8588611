"""System checks (`manage.py check`, and every command that runs checks): what an operator must
fix before the service works, said in one line each with the fix, instead of a failed job later.

- chat.E001: the search engine setting names no engine;
- chat.W001: Redis does not answer (no queued answers, no uploads, no rate limits);
- chat.W002: OCR is on but its engine or a language is missing (scanned pages stay unread;
  documents with a text layer still become ready);
- chat.I001: which search engine answers (SQLite FTS5, or PostgreSQL with pgvector); shown
  by `manage.py check` only (every other command runs the checks too, and would print it);
- chat.E002: OpenID Connect sign-in half configured: OIDC_ISSUER without a client id or
  secret, or OIDC_API_AUDIENCE, OIDC_STAFF_GROUP or LOCAL_ACCOUNTS=false without OIDC_ISSUER
  (with neither passwords nor a provider, only superusers could sign in, in the admin);
- chat.W003: the provider's discovery document does not answer; asked by `manage.py check`
  only, so that no other command, nor the web server's start, waits for the provider.

Redis and OCR are warnings, not errors: `make run` migrates before its workers start, and a
service without OCR still answers from text pages.
"""

import sys

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import CheckMessage, Error, Info, Warning, register
from redis import Redis
from redis.exceptions import RedisError

from chat.backends import oidc
from chat.backends.ocr import OcrError, get_ocr_engine
from chat.retrieval.engines import engine_path


@register()
def search_engine(app_configs: list[AppConfig] | None, **kwargs: object) -> list[CheckMessage]:
    try:
        path = engine_path()
    except ValueError as exc:
        return [Error(str(exc), id="chat.E001")]
    if sys.argv[1:2] != ["check"]:
        return []
    return [Info(f"Search engine: {path} (SEARCH_ENGINE={settings.SEARCH_ENGINE}).", id="chat.I001")]


@register()
def redis_answers(app_configs: list[AppConfig] | None, **kwargs: object) -> list[CheckMessage]:
    url = settings.RQ_QUEUES[settings.CHAT_QUEUE]["URL"]
    try:
        client = Redis.from_url(url, socket_timeout=settings.REDIS_CONNECT_TIMEOUT)
        try:
            client.ping()
        finally:
            client.close()
    except RedisError as exc:
        return [
            Warning(
                f"Redis does not answer at {url.split('?')[0]} ({type(exc).__name__}): questions cannot be "
                "queued, uploads not ingested, rate limits are counted per process.",
                hint="Start redis-server (`make run` does), or set REDIS_URL to your Redis.",
                id="chat.W001",
            )
        ]
    return []


@register()
def ocr_engine(app_configs: list[AppConfig] | None, **kwargs: object) -> list[CheckMessage]:
    if not settings.OCR_ENABLED:
        return []
    try:
        get_ocr_engine().check()
    except OcrError as exc:
        return [
            Warning(
                f"{exc} Pages without a text layer (scans) will stay unread.",
                hint="Install it, set OCR_LANGUAGES to installed languages, or set OCR_ENABLED=false.",
                id="chat.W002",
            )
        ]
    return []


@register()
def single_sign_on(app_configs: list[AppConfig] | None, **kwargs: object) -> list[CheckMessage]:
    hint = "See docs/sso.md."
    if not settings.OIDC_ISSUER:
        needing = [name for name, value in (
            ("OIDC_API_AUDIENCE", settings.OIDC_API_AUDIENCE), ("OIDC_STAFF_GROUP", settings.OIDC_STAFF_GROUP),
            ("LOCAL_ACCOUNTS=false", not settings.LOCAL_ACCOUNTS),
        ) if value]  # fmt: skip
        if needing:
            message = f"{', '.join(needing)} set without OIDC_ISSUER: OpenID Connect sign-in is off."
            return [Error(message, hint="Set OIDC_ISSUER (and its client), or unset them. " + hint, id="chat.E002")]
        return []
    missing = [name for name, value in (
        ("OIDC_CLIENT_ID", settings.OIDC_RP_CLIENT_ID), ("OIDC_CLIENT_SECRET", settings.OIDC_RP_CLIENT_SECRET),
    ) if not value]  # fmt: skip
    if missing:
        message = f"OIDC_ISSUER is set but {' and '.join(missing)} not: nobody can sign in with the provider."
        return [Error(message, hint="Register pdfchat as a client at the provider. " + hint, id="chat.E002")]
    if sys.argv[1:2] != ["check"]:
        return []
    try:
        oidc.endpoints(max_age=0)
    except oidc.ProviderUnavailable as exc:
        return [Warning(f"{exc} ({oidc.discovery_url()})", hint=hint, id="chat.W003")]
    return []
