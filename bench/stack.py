"""A private, throw-away pdfchat stack for the benchmarks that drive the whole app over HTTP.

    with running_stack(prefix="pdfchat-x-", settings={"API_AUTH_REQUIRED": "False"}, keep=False) as stack:
        manage(stack, "ingest", "some.pdf", "-v0")         # whatever else the benchmark needs
        start_web(stack, workers=2)                        # gunicorn, once it answers
        stack.start("worker", processes.rqworker_command("chat"))
        ...                                                # measure against stack.base_url

Everything runs on loopback ports and in a temporary directory: a private redis-server, a
fresh database (a copy of a migrated SQLite file, or a server that `database` starts, then
migrated), collected static files and child processes, each in its own session and logging
to a file there. The commands are the ones `make run` and the tests use
(scripts/processes.py), so a benchmark measures what is deployed. All is torn down when the
`with` block ends, also on Ctrl-C or an exception; on a BenchError the last lines of every
log are printed first.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import httpx

from scripts import processes
from scripts.processes import ROOT, Process, free_port

__all__ = [
    "ROOT",
    "BenchError",
    "Process",
    "Stack",
    "api_users",
    "free_port",
    "manage",
    "proc_status_kb",
    "running_stack",
    "start_web",
    "wait_until",
    "warm_up",
    "workers_on",
]


class BenchError(Exception):
    """The benchmark could not run, or what it measured went wrong: exit non-zero."""


wait_until = partial(processes.wait_until, error=BenchError)


@dataclass
class Stack:
    """The running set-up: Redis, database, the processes started so far, the API token if any."""

    tmp: Path
    env: dict[str, str]
    redis_url: str
    base_url: str
    db_path: Path
    token: str = ""
    processes: list[Process] = field(default_factory=list)

    @property
    def headers(self) -> dict[str, str]:
        """HTTP headers for the API: token authentication once `token` is set."""
        return {"Authorization": f"Token {self.token}"} if self.token else {}

    def start(self, name: str, args: list[str]) -> Process:
        """Start a child with the stack's environment, logging to `<tmp>/<name>.log`."""
        process = Process(name, args, self.env, self.tmp / f"{name}.log")
        self.processes.append(process)
        return process

    def stop(self, process: Process) -> None:
        """Stop one child (see `stop`) and forget it."""
        if process in self.processes:
            stop(process)
            self.processes.remove(process)

    def stop_all(self) -> None:
        """Stop every child, the last started first (Redis goes last)."""
        for process in reversed(self.processes):
            stop(process)
        self.processes.clear()

    def named(self, prefix: str) -> list[Process]:
        """The running children whose name starts with `prefix`."""
        return [p for p in self.processes if p.name.startswith(prefix)]


def stop(process: Process, grace: float = 15) -> None:
    """SIGTERM to the child alone, then whatever is left of its process group.

    A gunicorn master or an `rqworker-pool` stops its own children in order. SIGTERM to the
    whole group at once (what Process.stop sends) can leave a pool waiting for ever for a
    worker that got the pool's shutdown command and the signal together (about one stop in
    two in bench/llm_bound.py): Process.stop then kills it after 15 s, which made up half of a
    tiny run.
    """
    if process.alive():
        with contextlib.suppress(ProcessLookupError):
            os.kill(process.popen.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.popen.wait(grace)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.popen.pid, signal.SIGKILL)  # anything of its group still there
    process.stop()  # SIGTERM, then SIGKILL, if it still runs; closes its log


# The bundled embedding model, converted once into the repository's var/ (settings.MODELS_DIR by
# default) and shared by every benchmark's throw-away var folder.
MODELS_DIR = ROOT / "var" / "models"


def child_env(tmp: Path, db_path: Path, redis_url: str, settings: Mapping[str, str]) -> dict[str, str]:
    """The children's environment: private DB and Redis, DEBUG off, offline answering, no limits.

    Whatever would change what is measured is set explicitly, `settings` last. No OPENAI_*
    variable is passed on, and an empty OPENAI_API_KEY also wins over one in a `.env` file
    (which never overrides the environment): the offline backend answers.
    """
    env = {key: value for key, value in os.environ.items() if not key.startswith("OPENAI_")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DATABASE_URL=f"sqlite:///{db_path}",
        PDFCHAT_VAR_DIR=str(tmp),
        PDFCHAT_MODELS_DIR=os.environ.get("PDFCHAT_MODELS_DIR", str(MODELS_DIR)),  # converted once
        SECRET_KEY=secrets.token_urlsafe(50),  # a throw-away stack: a throw-away key
        STATIC_ROOT=str(tmp / "staticfiles"),
        MEDIA_ROOT=str(tmp / "media"),
        DEBUG="False",
        REDIS_URL=redis_url,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        OPENAI_API_KEY="",
        CHAT_BACKEND="auto",
        EMBEDDINGS_BACKEND="auto",
        # A load test from one machine, often as one user: no rate limits, no per-user caps
        # or quotas (each 429 would be a failed measurement), unless the benchmark measures
        # them (bench/limits.py sets its own).
        THROTTLE_CHAT="",
        THROTTLE_UPLOAD="",
        STREAMS_PER_USER="0",
        ANSWERS_PER_USER="0",
        QUEUED_CHAT_JOBS_PER_USER="0",
        QUOTA_BYTES_PER_USER="0",
        QUOTA_PAGES_PER_USER="0",
        LOG_LEVEL="INFO",
        PYTHONUNBUFFERED="1",
    )
    env.update(settings)
    return env


def manage(stack: Stack, *command: str) -> str:
    """Run `manage.py COMMAND` with the stack's environment and wait; returns its stdout.

    Both streams also go to `<tmp>/manage.log`; a non-zero exit raises BenchError.
    """
    return _manage_all(stack.env, stack.tmp / "manage.log", [list(command)])[0]


def _manage_all(env: Mapping[str, str], log_path: Path, commands: Sequence[Sequence[str]]) -> list[str]:
    """Run several `manage.py` commands at once (they must not depend on each other); their stdouts."""
    with log_path.open("ab") as log:
        running = [
            subprocess.Popen(
                [sys.executable, "manage.py", *command], cwd=ROOT, env=dict(env), stdout=subprocess.PIPE, stderr=log
            )
            for command in commands
        ]
        outputs = [child.communicate()[0] for child in running]
        for output in outputs:
            log.write(output)
    for command, child in zip(commands, running, strict=True):
        if child.returncode:
            raise BenchError(f"manage.py {command[0]} failed (exit {child.returncode}); see {log_path}")
    return [output.decode(errors="replace") for output in outputs]


# What a fresh SQLite database and the collected static files are made from: when none of these
# files changed, a copy of the last ones made is the same as making them again.
SCHEMA_SOURCES = ("chat/migrations", "chat/static", "config", "requirements")
CACHE = ROOT / "var" / "bench" / "cache"


def _schema_key() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for source in SCHEMA_SOURCES:
        for path in sorted((ROOT / source).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _fresh_sqlite(stack: Stack) -> None:
    """A migrated SQLite database at `stack.db_path`, and collected static files for the stack.

    `migrate` and `collectstatic` take seconds of CPU per stack (most of a tiny run), so they
    run once per version of their sources (SCHEMA_SOURCES) into var/bench/cache/; each stack
    then copies the database and serves the static files from there (read-only).
    """
    ready = CACHE / f"stack-{_schema_key()}"
    if not (ready / "db.sqlite3").exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        build = Path(tempfile.mkdtemp(prefix="building-", dir=CACHE))
        env = {**stack.env, "DATABASE_URL": f"sqlite:///{build / 'db.sqlite3'}", "STATIC_ROOT": str(build / "static")}
        try:
            _manage_all(
                env, stack.tmp / "manage.log", [["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]]
            )
            build.rename(ready)  # atomic; another benchmark may have been quicker
        except OSError:
            pass
        finally:
            shutil.rmtree(build, ignore_errors=True)
    for suffix in ("", "-wal"):
        if (ready / f"db.sqlite3{suffix}").exists():
            shutil.copyfile(ready / f"db.sqlite3{suffix}", stack.db_path.with_name(stack.db_path.name + suffix))
    stack.env["STATIC_ROOT"] = str(ready / "static")


def api_users(stack: Stack, *names: str) -> dict[str, str]:
    """Create API users (`manage.py create_api_user`, all in one process): {name: token}."""
    script = (
        "from django.core.management import call_command\n"
        f"for name in {list(names)!r}:\n"
        "    call_command('create_api_user', name)\n"
    )
    tokens = manage(stack, "shell", "-v0", "-c", script).split()
    if len(tokens) != len(names):
        raise BenchError(f"create_api_user printed {len(tokens)} tokens for {len(names)} users")
    return dict(zip(names, tokens, strict=True))


@contextlib.contextmanager
def running_stack(
    *,
    prefix: str,
    settings: Mapping[str, str],
    keep: bool,
    database: Callable[[Path], contextlib.AbstractContextManager[str]] | None = None,
) -> Iterator[Stack]:
    """Start Redis, migrate a fresh database and collect static files; stop everything after.

    `prefix` names the temporary directory, `settings` are the benchmark's own environment
    variables for the children (see child_env), `keep` keeps the directory (logs, database).
    `database`, if given, is called with the temporary directory and returns a context
    manager whose value is the DATABASE_URL of every child (a server it starts there, for
    example); it is entered before `migrate` and left after every child has stopped.
    Without it the database is a fresh SQLite file, `Stack.db_path`.
    """
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    http_port = free_port()
    db_path = tmp / "db.sqlite3"
    env = child_env(tmp, db_path, "", settings)
    stack = Stack(tmp, env, "", f"http://127.0.0.1:{http_port}", db_path)
    resources = contextlib.ExitStack()
    try:
        if database is not None:
            env["DATABASE_URL"] = resources.enter_context(database(tmp))
        server, redis_url = processes.start_redis(
            data_dir=tmp / "redis", log=tmp / "redis-server.log", error=BenchError
        )
        stack.processes.append(server)
        stack.redis_url = env["REDIS_URL"] = redis_url
        if database is None:
            _fresh_sqlite(stack)
        else:  # migrate and collectstatic are independent of each other: at once
            commands = [["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]]
            _manage_all(stack.env, tmp / "manage.log", commands)
        yield stack
    except BenchError:
        for log in sorted(tmp.glob("*.log")):
            lines = log.read_text(errors="replace").splitlines()[-25:]
            print(f"\n--- {log.name} (last lines) ---\n" + "\n".join(lines), file=sys.stderr)
        raise
    finally:
        # A second Ctrl-C must not cut the teardown short (it is bounded: SIGKILL after 15 s).
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            stack.stop_all()
        finally:
            resources.close()  # the database (a server) only once nothing uses it
        if keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
        signal.signal(signal.SIGINT, previous)


def start_web(
    stack: Stack, workers: int, extra_args: Sequence[str] = (), app: str = "config.asgi:application"
) -> Process:
    """Start gunicorn (config/gunicorn.py) with `workers` processes on the stack's port; return once it answers.

    Ready means a 404 for an unknown chat job, asked with the stack's headers; a refused
    token raises BenchError at once. `extra_args` go to gunicorn's command line.
    """
    port = stack.base_url.rsplit(":", 1)[1]
    web = stack.start(
        "gunicorn", processes.gunicorn_command("-b", f"127.0.0.1:{port}", "-w", str(workers), *extra_args, app=app)
    )

    def serving() -> bool:
        if not web.alive():
            raise BenchError(f"gunicorn exited:\n{web.tail()}")
        try:
            response = httpx.get(f"{stack.base_url}/chat/jobs/{uuid.uuid4()}", headers=stack.headers, timeout=2)
        except httpx.HTTPError:
            return False
        if response.status_code in (401, 403):
            raise BenchError(f"the API refused the request: {response.status_code} {response.text[:200]}")
        return response.status_code == 404

    wait_until(serving, 60, "gunicorn to answer")
    return web


def warm_up(stack: Stack, requests: int = 20) -> None:
    """Let every gunicorn worker load its URLconf and touch the database before timing."""
    with httpx.Client(base_url=stack.base_url, headers=stack.headers, timeout=10) as client:
        for _ in range(requests):
            client.get(f"/chat/jobs/{uuid.uuid4()}")


def workers_on(stack: Stack, queue: str) -> int:
    """How many RQ workers serve `queue`, as GET /health counts them (0 while the web server is down)."""
    try:
        return int(httpx.get(f"{stack.base_url}/health", timeout=5).json()["workers"][queue])
    except (httpx.HTTPError, ValueError, KeyError, TypeError):
        return 0


def proc_status_kb(pid: int, key: str) -> int | None:
    """A memory figure of /proc/PID/status in kB (VmRSS, VmHWM), or None if the process is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{key}:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None
