"""System checks (`manage.py check`, and every command that runs checks): what an operator must
fix before the service works, said in one line each with the fix, instead of a failed job later.

- chat.E001: the search engine setting names no engine;
- chat.W001: Redis does not answer (no queued answers, no uploads, no rate limits);
- chat.W002: OCR is on but its engine or a language is missing (scanned pages stay unread;
  documents with a text layer still become ready);
- chat.I001: which search engine answers (SQLite FTS5, or PostgreSQL with pgvector); shown
  by `manage.py check` only (every other command runs the checks too, and would print it).

Redis and OCR are warnings, not errors: `make run` migrates before its workers start, and a
service without OCR still answers from text pages.
"""

import sys

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import CheckMessage, Error, Info, Warning, register
from redis import Redis
from redis.exceptions import RedisError

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
