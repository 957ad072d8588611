"""A private, throw-away pdfchat stack for the benchmarks that drive the whole app over HTTP.

Used by bench/async_overhead.py and bench/load.py (run as `python bench/X.py`, so this
directory is first on sys.path and `from stack import ...` finds this module):

    with running_stack(prefix="pdfchat-x-", settings={"API_AUTH_REQUIRED": "False"}, keep=False) as stack:
        manage(stack, "ingest", "some.pdf", "-v0")         # whatever else the benchmark needs
        start_web(stack, workers=2)                        # gunicorn, once it answers
        stack.start("worker", [sys.executable, "manage.py", "rqworker", "chat"])
        ...                                                # measure against stack.base_url

Everything runs on loopback ports and in a temporary directory: a private redis-server, a
fresh SQLite database (migrated, static files collected) and child processes, each in its
own session and logging to a file there. All is torn down when the `with` block ends, also
on Ctrl-C or an exception; on a BenchError the last lines of every log are printed first.
"""

from __future__ import annotations

import contextlib
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
from types import FrameType

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scripts import processes  # noqa: E402 - the same process helpers as the tests
from scripts.processes import Process, free_port  # noqa: E402 - re-exported for the benchmarks


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
        if process in self.processes:
            process.stop()
            self.processes.remove(process)

    def stop_all(self) -> None:
        for process in reversed(self.processes):
            process.stop()
        self.processes.clear()

    def named(self, prefix: str) -> list[Process]:
        return [p for p in self.processes if p.name.startswith(prefix)]


def child_env(tmp: Path, db_path: Path, redis_url: str, settings: Mapping[str, str]) -> dict[str, str]:
    """The children's environment: private DB and Redis, DEBUG off, offline answering, no throttling.

    Whatever would change what is measured is set explicitly, `settings` last. No OPENAI_*
    variable is passed on, and an empty OPENAI_API_KEY also wins over one in a `.env` file
    (which never overrides the environment): the offline backend answers.
    """
    env = {key: value for key, value in os.environ.items() if not key.startswith("OPENAI_")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DATABASE_URL=f"sqlite:///{db_path}",
        PDFCHAT_VAR_DIR=str(tmp),
        SECRET_KEY=secrets.token_urlsafe(50),  # a throw-away stack: a throw-away key
        STATIC_ROOT=str(tmp / "staticfiles"),
        MEDIA_ROOT=str(tmp / "media"),
        DEBUG="False",
        REDIS_URL=redis_url,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        OPENAI_API_KEY="",
        CHAT_BACKEND="auto",
        EMBEDDINGS_BACKEND="auto",
        # A load test: no rate limits (ignored by settings that do not know them).
        THROTTLE_CHAT="",
        THROTTLE_UPLOAD="",
        LOG_LEVEL="INFO",
        PYTHONUNBUFFERED="1",
    )
    env.update(settings)
    return env


def manage(stack: Stack, *command: str) -> str:
    """Run `manage.py COMMAND` with the stack's environment and wait; returns its stdout.

    Both streams also go to `<tmp>/manage.log`; a non-zero exit raises BenchError.
    """
    with (stack.tmp / "manage.log").open("ab") as log:
        done = subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT, env=stack.env, stdout=subprocess.PIPE, stderr=log, check=False,
        )  # fmt: skip
        log.write(done.stdout)
    if done.returncode:
        raise BenchError(f"manage.py {command[0]} failed (exit {done.returncode})")
    return done.stdout.decode(errors="replace")


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
        manage(stack, "migrate", "--noinput", "-v0")
        manage(stack, "collectstatic", "--noinput", "-v0")
        yield stack
    except BenchError:
        for log in sorted(tmp.glob("*.log")):
            lines = log.read_text(errors="replace").splitlines()[-25:]
            print(f"\n--- {log.name} (last lines) ---\n" + "\n".join(lines), file=sys.stderr)
        raise
    finally:
        # A second Ctrl-C must not cut the teardown short (it is bounded: SIGKILL after 15 s).
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            stack.stop_all()
        finally:
            resources.close()  # the database (a server) only once nothing uses it
        if keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
        signal.signal(signal.SIGINT, signal.default_int_handler)


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
            raise BenchError("gunicorn exited")
        try:
            response = httpx.get(f"{stack.base_url}/chat/jobs/{uuid.uuid4()}", headers=stack.headers, timeout=2)
        except httpx.HTTPError:
            return False
        if response.status_code in (401, 403):
            raise BenchError(f"the API refused the request: {response.status_code} {response.text[:200]}")
        return response.status_code == 404

    wait_until(serving, 30, "gunicorn to answer")
    return web


def warm_up(stack: Stack, requests: int = 20) -> None:
    """Let every gunicorn worker load its URLconf and touch the database before timing."""
    with httpx.Client(base_url=stack.base_url, headers=stack.headers, timeout=10) as client:
        for _ in range(requests):
            client.get(f"/chat/jobs/{uuid.uuid4()}")


# --- Running and printing ---------------------------------------------------------------


def _exit_on_signal(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def exit_on_termination() -> None:
    """Turn SIGTERM and SIGHUP into SystemExit, so that the stack is torn down as on Ctrl-C."""
    signal.signal(signal.SIGTERM, _exit_on_signal)
    signal.signal(signal.SIGHUP, _exit_on_signal)


def fmt(value: float | None, spec: str) -> str:
    """`value` formatted with `spec`, or "-" when there is none."""
    return "-" if value is None else format(value, spec)


def print_table(rows: list[tuple[str, ...]]) -> None:
    """Rows of cells as aligned columns, the first row a header underlined with dashes."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if n == 0:
            print("  ".join("-" * width for width in widths))
