"""Fixtures shared by every test, and the ones that start real things: redis-server, an RQ
worker, gunicorn, an OpenAI stub. Helpers that are not fixtures live in tests/support/.

Every test run gets its own redis-server on a free loopback port (never a Redis you run
yourself) and its own SQLite test database file, which worker and gunicorn processes
started by the tests share with the test process.

A test's directory says what it starts: tests/e2e/ real processes (marker `e2e`), tests/browser/
a real Chromium as well (`browser` and `e2e`). `-m "not e2e and not browser"` runs the rest.
"""

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import redis
from django.conf import settings

from scripts.processes import ROOT, Process, free_port, gunicorn_command, rqworker_command
from tests.support.factories import BASH_TEXTS, REFCARD_TEXTS, DocumentFactory
from tests.support.ingestion import ingest_inline
from tests.support.openai_stub import OpenAIStub, OpenAIStubServer
from tests.support.pdfs import BASH, REFCARD, encrypted_copy
from tests.support.processes import child_env, start_redis, wait_until

# In-process tests render pages without running collectstatic; the gunicorn fixture checks
# the production storage (hashed, compressed, served by WhiteNoise) for real.
settings.STORAGES = {
    **settings.STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

TESTS = Path(__file__).parent
MARKERS_OF_DIRECTORY = {"e2e": ("e2e",), "browser": ("browser", "e2e")}


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests of tests/e2e/ and tests/browser/ by their directory."""
    for item in items:
        try:
            directory = item.path.relative_to(TESTS).parts[0]
        except ValueError:
            continue
        for marker in MARKERS_OF_DIRECTORY.get(directory, ()):
            item.add_marker(marker)


# --- Redis ------------------------------------------------------------------------------


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
    rate limits, a failed job fails at once, BM25 alone, and no query expansion or reranking (a
    model's extra calls around each search). The tests of those turn them back on."""
    settings.API_AUTH_REQUIRED = False
    settings.API_THROTTLE_RATES = {}
    settings.EMBEDDINGS_BACKEND = "none"  # the tests of vectors turn them on (the local model, or the stub's)
    settings.CHAT_RETRY_INTERVALS = []
    settings.INGEST_RETRY_INTERVALS = []
    settings.QUERY_EXPANSION = False
    settings.MODEL_RERANK = False


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


@pytest.fixture
def media_root(settings, tmp_path) -> Path:
    """Uploaded files go to a fresh folder per test."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return Path(settings.MEDIA_ROOT)


@pytest.fixture
def refcard(media_root):
    """The Octave reference card, ingested and ready (the test must enable the database)."""
    return ingest_inline(REFCARD, title="Octave refcard")


@pytest.fixture
def refcard_rows(media_root):
    """The reference card as rows, no PDF read (tests/support/factories.py): a ready document
    titled "Octave refcard" (3 pages; its file a small PDF) with chunks of the card's text, page
    3's answering REFCARD_QUESTION. For tests that need a document, not its ingestion (the test
    must enable the database)."""
    return DocumentFactory(title="Octave refcard", filename="refcard-a4.pdf", pages_total=3, chunks=REFCARD_TEXTS)


@pytest.fixture
def bash_rows(media_root):
    """A few passages of the Bash manual as rows, no PDF read: pipefail (pages 4 and 75) and
    HISTSIZE (page 17), in a ready document titled "bash" (the test must enable the database)."""
    return DocumentFactory(title="bash", filename="bash.pdf", pages_total=87, chunks=BASH_TEXTS)


@pytest.fixture
def locked(tmp_path) -> Path:
    """The reference card encrypted with the password "s3cret pass"."""
    return encrypted_copy(REFCARD, tmp_path / "locked.pdf", password="s3cret pass")


@pytest.fixture
def bash(media_root):
    """The GNU Bash manual (87 pages), ingested and ready (the test must enable the database)."""
    return ingest_inline(BASH, title="bash")


@pytest.fixture(params=["none", "auto"], ids=["bm25", "default-model"])
def answering_bash(request, settings, media_root):
    """The Bash manual, ingested under each retrieval configuration that answers must work with:
    BM25 alone, and the default (BM25 fused with the bundled model's vectors, and the vector
    check in the gate). Tests of answer behaviour use this, so that a default that breaks an
    answer fails a test (the BM25-only suite once hid a gate that refused every follow-up)."""
    settings.EMBEDDINGS_BACKEND = request.param
    return ingest_inline(BASH, title="bash")
