"""Starting pdfchat's processes for tests and benchmarks: one way to run redis-server,
gunicorn and RQ workers, and to stop them (tests/conftest.py, bench/stack/).

`make run` (scripts/run.py) builds its commands here too; it relays their output instead
of logging it to files. Every child runs in a session of its own, so a Ctrl-C reaches only
the process that started it, which stops its whole process group (gunicorn's and RQ's own
children included).
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar

import redis

ROOT = Path(__file__).resolve().parent.parent
T = TypeVar("T")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(
    predicate: Callable[[], T], timeout: float, what: str, interval: float = 0.05, error: type[Exception] = TimeoutError
) -> T:
    """Call `predicate` every `interval` s until it returns something true, and return that;
    raise `error` after `timeout` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise error(f"timed out after {timeout:.0f} s waiting for {what}")


def _children_by_parent() -> dict[int, list[int]]:
    """Every running process's children, from /proc."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return parents


def children(pid: int) -> list[int]:
    """The processes `pid` started itself (not their own children)."""
    return _children_by_parent().get(pid, [])


def descendants(pid: int) -> list[int]:
    """Every process below `pid`, whatever session or group it moved to."""
    parents = _children_by_parent()
    found, todo = [], [pid]
    while todo:
        below = parents.get(todo.pop(), [])
        found += below
        todo += below
    return found


class Process:
    """A child in a session of its own, its output (both streams) appended to `log`."""

    def __init__(self, name: str, args: list[str], env: Mapping[str, str], log: Path) -> None:
        self.name, self.args, self.log = name, args, log
        self._log_file = log.open("ab")
        self.started = time.time()  # wall clock, comparable with timestamps the children store
        self.popen = subprocess.Popen(
            args, cwd=ROOT, env=dict(env), stdout=self._log_file, stderr=subprocess.STDOUT, start_new_session=True
        )

    def alive(self) -> bool:
        return self.popen.poll() is None

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def tail(self, lines: int = 25) -> str:
        return "\n".join(self.output().splitlines()[-lines:])

    def descendants(self) -> list[int]:
        return descendants(self.popen.pid)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15) -> None:
        """`sig` to the process group, SIGKILL after `timeout` s. SIGKILL itself goes to every
        descendant too, as when the machine dies: RQ's work horse has a session of its own."""
        if self.alive():
            if sig == signal.SIGKILL:
                for pid in self.descendants():
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.popen.pid, sig)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait(timeout)
        self._log_file.close()


# --- The commands -------------------------------------------------------------------------


def redis_server_binary() -> str | None:
    """$REDIS_SERVER (scripts/bootstrap.sh finds or installs one), else redis-server on PATH."""
    return os.environ.get("REDIS_SERVER") or shutil.which("redis-server")


def redis_server_command(binary: str, *, port: int, data_dir: Path, save: str = "") -> list[str]:
    """Loopback only; `save` "" keeps nothing on disk (tests, benchmarks), "60 1" a snapshot a minute."""
    return [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(data_dir),
            "--save", save, "--appendonly", "no", "--loglevel", "warning"]  # fmt: skip


def redis_answers(url: str) -> bool:
    with contextlib.closing(redis.Redis.from_url(url, socket_connect_timeout=1)) as client:
        try:
            return bool(client.ping())
        except redis.RedisError:
            return False


def start_redis(*, data_dir: Path, log: Path, error: type[Exception] = TimeoutError) -> tuple[Process, str]:
    """A private redis-server on a free loopback port, answering PING: (process, url)."""
    binary = redis_server_binary()
    if binary is None:
        raise error("redis-server not found: run through make (scripts/bootstrap.sh), or set REDIS_SERVER")
    port = free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    process = Process("redis-server", redis_server_command(binary, port=port, data_dir=data_dir), os.environ, log)
    url = f"redis://127.0.0.1:{port}/0"

    def up() -> bool:
        if not process.alive():
            raise error(f"redis-server exited:\n{process.tail()}")
        return redis_answers(url)

    wait_until(up, 10, "redis-server to answer PING", error=error)
    return process, url


def gunicorn_command(*extra: str, app: str = "config.asgi:application") -> list[str]:
    """The web server as every host runs it (config/gunicorn.py); `extra` overrides, e.g. -b, -w."""
    return [sys.executable, "-m", "gunicorn", app, "-c", "config/gunicorn.py", *extra]


def rqworker_command(*queues: str, workers: int = 1) -> list[str]:
    """One `manage.py rqworker`, or a pool of `workers` (django-rq's rqworker-pool)."""
    if workers == 1:
        return [sys.executable, "manage.py", "rqworker", *queues]
    return [sys.executable, "manage.py", "rqworker-pool", *queues, "--num-workers", str(workers)]
