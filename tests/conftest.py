"""Fixtures that start real things: redis-server, an RQ worker, gunicorn, an OpenAI stub.

Every test run gets its own redis-server on a free loopback port (never a Redis you run
yourself) and its own SQLite test database file, which worker and gunicorn processes
started by the tests share with the test process.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import django_rq
import httpx
import pytest
import redis
from django.conf import settings

from tests.openai_stub import OpenAIStub, OpenAIStubServer

ROOT = Path(__file__).resolve().parent.parent

# In-process tests render pages without running collectstatic; the gunicorn fixture checks
# the production storage (hashed, compressed, served by WhiteNoise) for real.
settings.STORAGES = {
    **settings.STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(predicate, timeout: float, what: str, interval: float = 0.05):
    """Poll `predicate` until it returns something truthy; fail the test after `timeout` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    pytest.fail(f"timed out after {timeout} s waiting for {what}")


# --- Redis ------------------------------------------------------------------------------


def start_redis(workdir: Path) -> tuple[subprocess.Popen, str]:
    """A redis-server on a free loopback port, answering PING; returns (process, url)."""
    binary = os.environ.get("REDIS_SERVER") or shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is not installed: run `make test` (or `apt-get install redis-server`)")
    port = free_port()
    args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    proc = subprocess.Popen([*args, "--dir", str(workdir)], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)

    def answers() -> bool:
        try:
            return bool(client.ping())
        except redis.ConnectionError:
            return False

    wait_until(answers, 10, "redis-server to answer PING")
    client.close()
    return proc, url


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory) -> Iterator[str]:
    """A private redis-server for the whole run, torn down at the end."""
    proc, url = start_redis(tmp_path_factory.mktemp("redis"))
    yield url
    proc.terminate()
    proc.wait(10)


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


def descendants(pid: int) -> list[int]:
    """Every process below `pid`, whatever session or group it moved to."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        children = parents.get(todo.pop(), [])
        found += children
        todo += children
    return found


class Process:
    """A child process whose output goes to a log file shown when a test fails."""

    def __init__(self, args: list[str], env: dict[str, str], log: Path) -> None:
        self.log = log
        self._log_file = log.open("wb")
        self.popen = subprocess.Popen(
            args, cwd=ROOT, env=env, stdout=self._log_file, stderr=subprocess.STDOUT, start_new_session=True
        )

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def descendants(self) -> list[int]:
        """Child processes too: RQ's work horse runs in a session of its own."""
        return descendants(self.popen.pid)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15) -> None:
        if self.popen.poll() is None:
            if sig == signal.SIGKILL:  # as when the machine dies: the horse goes too
                for pid in self.descendants():
                    os.kill(pid, signal.SIGKILL)
            os.killpg(self.popen.pid, sig)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait(timeout)
        self._log_file.close()


@pytest.fixture
def start_worker(tmp_path, transactional_db) -> Iterator:
    """Start `manage.py rqworker` processes on the test Redis and DB; stopped after the test."""
    started: list[Process] = []

    def start(*queues: str, **env: str) -> Process:
        """Plain `manage.py rqworker QUEUES`, as the project's users start them."""
        log = tmp_path / f"worker-{len(started)}.log"
        args = [sys.executable, "manage.py", "rqworker", *(queues or ("chat",))]
        process = Process(args, child_env(**env), log)
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
        args = [sys.executable, "-m", "gunicorn", "config.wsgi", "-c", "config/gunicorn.py", "-b", f"127.0.0.1:{port}"]
        args += ["-w", str(workers)]
        process = Process(args, env, tmp_path / f"gunicorn-{len(started)}.log")
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
    from chat.services.ingestion import accept_upload, ingest_document

    with path.open("rb") as file:
        accepted = accept_upload(file=file, filename=path.name, title=title, owner=owner, enqueue=False)
    return ingest_document(document_id=accepted.document.id, vectors="inline")


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
