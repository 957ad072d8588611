"""Fixtures that start real things: redis-server, an RQ worker, gunicorn, an OpenAI stub.

Every test run gets its own redis-server on a free loopback port (never a Redis you run
yourself) and its own SQLite test database file, which worker and gunicorn processes
started by the tests share with the test process.
"""

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import django_rq
import httpx
import pytest
import redis
from django.conf import settings

from scripts import processes
from scripts.processes import ROOT, Process, free_port, gunicorn_command, rqworker_command
from tests.openai_stub import OpenAIStub, OpenAIStubServer

# In-process tests render pages without running collectstatic; the gunicorn fixture checks
# the production storage (hashed, compressed, served by WhiteNoise) for real.
settings.STORAGES = {
    **settings.STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


def wait_until(predicate, timeout: float, what: str, interval: float = 0.05):
    """Poll `predicate` until it returns something truthy; fail the test after `timeout` s."""
    return processes.wait_until(predicate, timeout, what, interval, error=pytest.fail.Exception)


# --- Redis ------------------------------------------------------------------------------


def start_redis(workdir: Path) -> tuple[Process, str]:
    """A redis-server on a free loopback port, answering PING; returns (process, url)."""
    return processes.start_redis(data_dir=workdir, log=workdir / "redis-server.log", error=pytest.fail.Exception)


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory) -> Iterator[str]:
    """A private redis-server for the whole run, torn down at the end."""
    process, url = start_redis(tmp_path_factory.mktemp("redis"))
    yield url
    process.stop()


@pytest.fixture(scope="session", autouse=True)
def _use_test_redis(redis_url: str) -> None:
    """Point every django-rq queue at the test Redis for the whole run."""
    for config in settings.RQ_QUEUES.values():
        config["URL"] = redis_url
    settings.REDIS_URL = redis_url
    settings.CACHES["shared"]["LOCATION"] = redis_url


@pytest.fixture(autouse=True)
def _feature_defaults(settings) -> None:
    """Most tests exercise features, not access control, retries or vectors: no sign-in, no
    rate limits, a failed job fails at once, BM25 alone. The tests of those turn them back on."""
    settings.API_AUTH_REQUIRED = False
    settings.API_THROTTLE_RATES = {}
    settings.EMBEDDINGS_BACKEND = "none"  # the tests of vectors turn them on (the local model, or the stub's)
    settings.CHAT_RETRY_INTERVALS = []
    settings.INGEST_RETRY_INTERVALS = []


@pytest.fixture(autouse=True)
def redis_client(redis_url: str) -> Iterator[redis.Redis]:
    """A client on the test Redis, emptied before each test."""
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.close()


# --- Database shared with worker processes ----------------------------------------------


@pytest.fixture(scope="session")
def django_db_modify_db_settings(tmp_path_factory) -> None:
    """Keep the test database in a file so worker and gunicorn processes can open it."""
    db = settings.DATABASES["default"]
    if db["ENGINE"] == "django.db.backends.sqlite3":
        db.setdefault("TEST", {})["NAME"] = str(tmp_path_factory.mktemp("db") / "test.sqlite3")


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
    )
    env.update(extra)
    return env


# --- Real processes ---------------------------------------------------------------------


@pytest.fixture
def start_worker(tmp_path, transactional_db) -> Iterator:
    """Start `manage.py rqworker` processes on the test Redis and DB; stopped after the test."""
    started: list[Process] = []

    def start(*queues: str, **env: str) -> Process:
        """Plain `manage.py rqworker QUEUES`, as the project's users start them."""
        log = tmp_path / f"worker-{len(started)}.log"
        process = Process("rqworker", rqworker_command(*(queues or ("chat",))), child_env(**env), log)
        started.append(process)
        return process

    yield start
    for process in started:
        process.stop()


def run_chat_queue() -> None:
    """Run the queued chat jobs in this process (RQ's SimpleWorker, burst mode) until none is left."""
    from rq import SimpleWorker

    queue = django_rq.get_queue("chat")
    SimpleWorker([queue], connection=queue.connection).work(burst=True)


@pytest.fixture(scope="session")
def openai_server() -> Iterator[OpenAIStub]:
    with OpenAIStubServer() as stub:
        yield stub


@pytest.fixture
def openai_stub(openai_server: OpenAIStub, settings) -> OpenAIStub:
    """The OpenAI-protocol stub, reset, with the app's settings pointed at it."""
    openai_server.reset()
    settings.OPENAI_API_KEY = "sk-test"
    settings.OPENAI_BASE_URL = openai_server.base_url
    settings.OPENAI_CHAT_MODEL = "gpt-test"
    settings.OPENAI_MAX_RETRIES = 0
    settings.OPENAI_RETRY_BASE_DELAY = 0.01
    settings.OPENAI_TIMEOUT = 5.0
    settings.CHAT_BACKEND = "auto"
    settings.EMBEDDINGS_BACKEND = "auto"
    return openai_server


def openai_env(stub: OpenAIStub) -> dict[str, str]:
    """The same configuration as `openai_stub`, for child processes."""
    return {
        "OPENAI_API_KEY": "sk-test",
        "OPENAI_BASE_URL": stub.base_url,
        "OPENAI_CHAT_MODEL": "gpt-test",
        "OPENAI_MAX_RETRIES": "0",
        "OPENAI_RETRY_BASE_DELAY": "0.01",
        "OPENAI_TIMEOUT": "5",
    }


@pytest.fixture
def start_web(tmp_path, transactional_db) -> Iterator:
    """Start gunicorn processes serving the app (DEBUG off, collected static files); stopped after the test."""
    started: list[Process] = []
    static_root = tmp_path / "static"

    def start(workers: int = 2, **extra: str) -> str:
        """Returns the server's URL once it serves /schema."""
        env = child_env(DEBUG="False", STATIC_ROOT=str(static_root), **extra)
        if not static_root.exists():
            args = [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"]
            subprocess.run(args, cwd=ROOT, env=env, check=True)
        port = free_port()
        args = gunicorn_command("-b", f"127.0.0.1:{port}", "-w", str(workers))
        process = Process("gunicorn", args, env, tmp_path / f"gunicorn-{len(started)}.log")
        started.append(process)
        url = f"http://127.0.0.1:{port}"

        def up() -> bool:
            if process.popen.poll() is not None:
                pytest.fail(f"gunicorn exited:\n{process.output()}")
            try:
                return httpx.get(url + "/schema", timeout=1).status_code == 200
            except httpx.HTTPError:
                return False

        wait_until(up, 30, "gunicorn to serve /schema")
        return url

    yield start
    for process in started:
        process.stop()


@pytest.fixture
def gunicorn_server(start_web) -> str:
    """One gunicorn with two workers; yields its URL."""
    return start_web()


# --- Documents ----------------------------------------------------------------------------

REFCARD_QUESTION = "How do I plot data with a logarithmic x axis but a linear y axis?"
REFCARD_QUESTION_PAGE = 3
OFF_TOPIC_QUESTION = "Who won the 2018 football world cup?"


def ingest_inline(path: Path, title: str = "", owner=None):
    """Store and ingest a PDF in this process (no worker), as `manage.py ingest` does."""
    from chat.services.documents import store_upload
    from chat.services.ingestion.pipeline import ingest_here

    with path.open("rb") as file:
        accepted = store_upload(file=file, filename=path.name, title=title, owner=owner)
    return ingest_here(document_id=accepted.document.id)


@pytest.fixture
def media_root(settings, tmp_path) -> Path:
    """Uploaded files go to a fresh folder per test."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return Path(settings.MEDIA_ROOT)


@pytest.fixture
def refcard(media_root):
    """The Octave reference card, ingested and ready (the test must enable the database)."""
    from tests.pdfs import REFCARD

    return ingest_inline(REFCARD, title="Octave refcard")
