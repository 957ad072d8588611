"""Helpers for tests that start real processes or run queued jobs: waiting, a private
redis-server, the environment of child processes (the test database and Redis, offline).
The fixtures that start them (`start_worker`, `start_web`, `openai_stub`, ...) are in
tests/conftest.py."""

import os
from pathlib import Path

import django_rq
import pytest
from django.conf import settings

from scripts import processes
from scripts.processes import Process
from tests.support.openai_stub import OpenAIStub


def wait_until(predicate, timeout: float, what: str, interval: float = 0.05):
    """Poll `predicate` until it returns something truthy; fail the test after `timeout` s."""
    return processes.wait_until(predicate, timeout, what, interval, error=pytest.fail.Exception)


def start_redis(workdir: Path) -> tuple[Process, str]:
    """A redis-server on a free loopback port, answering PING; returns (process, url)."""
    return processes.start_redis(data_dir=workdir, log=workdir / "redis-server.log", error=pytest.fail.Exception)


def database_url() -> str:
    """The test database, as a URL for processes the tests start (SQLite file or PostgreSQL)."""
    db = settings.DATABASES["default"]
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def child_env(**extra: str) -> dict[str, str]:
    """Environment for processes the tests start: the test DB and Redis, offline by default."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("OPENAI_")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DATABASE_URL=database_url(),
        REDIS_URL=settings.REDIS_URL,
        PYTHONUNBUFFERED="1",
        API_AUTH_REQUIRED="false",
        THROTTLE_CHAT="",
        EMBEDDINGS_BACKEND="none",
        THROTTLE_UPLOAD="",
        CHAT_RETRY_INTERVALS="",
        INGEST_RETRY_INTERVALS="",
        QUERY_EXPANSION="false",
        MODEL_RERANK="false",
    )
    env.update(extra)
    return env


def openai_env(stub: OpenAIStub) -> dict[str, str]:
    """The same configuration as the `openai_stub` fixture, for child processes."""
    return {
        "OPENAI_API_KEY": "sk-test",
        "OPENAI_BASE_URL": stub.base_url,
        "OPENAI_CHAT_MODEL": "gpt-test",
        "OPENAI_MAX_RETRIES": "0",
        "OPENAI_RETRY_BASE_DELAY": "0.01",
        "OPENAI_TIMEOUT": "5",
    }


def run_chat_queue() -> None:
    """Run the queued chat jobs in this process (RQ's SimpleWorker, burst mode) until none is left."""
    from rq import SimpleWorker

    queue = django_rq.get_queue("chat")
    SimpleWorker([queue], connection=queue.connection).work(burst=True)
