"""`make run`: Redis (unless REDIS_URL is set), migrations and static files, then the web
server and the workers, until Ctrl-C (scripts/run.sh sets up .venv and REDIS_SERVER first).

    web     gunicorn config.asgi -c config/gunicorn.py        (WEB_CONCURRENCY x WEB_THREADS)
    chat    manage.py rqworker-pool chat default -n CHAT_WORKERS   (answers; default 8)
    ingest  manage.py rqworker ingest vectors, or a pool of INGEST_WORKERS (PDFs' text first, then vectors)

Why a supervisor of its own rather than honcho: every child runs in a session of its own,
so a terminal's Ctrl-C (SIGINT to the whole foreground process group) reaches only this
process, which then stops the others in order: the web server and the workers first (each
finishes or gives back its job and deregisters from Redis), Redis last. Under a pipe
(`make run | tee run.log`) the same Ctrl-C kills `tee`; the children's output then has
nowhere to go, so it is dropped and the shutdown carries on: nothing is left running.
A second Ctrl-C, or STOP_TIMEOUT seconds, and whatever is left is killed.
"""

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

from processes import ROOT, gunicorn_command, redis_answers, redis_server_command, rqworker_command

VAR_DIR = Path(os.environ.get("PDFCHAT_VAR_DIR", ROOT / "var"))  # as config/settings/base.py
STOP_TIMEOUT = float(os.environ.get("STOP_TIMEOUT", "8"))
# Prometheus's multiprocess files of every child (docs/operations.md, "Metrics"), wiped at each start.
METRICS_DIR = VAR_DIR / "metrics"


class Child:
    """A child process in its own session, its output relayed with its name in front."""

    def __init__(self, name: str, args: list[str], output: "Output") -> None:
        self.name = name
        self.popen = subprocess.Popen(
            args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        self._relay = threading.Thread(target=output.relay, args=(name, self.popen.stdout), daemon=True)
        self._relay.start()

    def alive(self) -> bool:
        return self.popen.poll() is None

    def signal(self, sig: int) -> None:
        """To its whole process group: gunicorn's and RQ's own children too."""
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.popen.pid, sig)

    def ask_to_stop(self) -> None:
        """SIGTERM to the leader alone: gunicorn's master and RQ's pool pass it on to their own
        children, and a worker's work horse finishes its job. Sent to the whole group, each worker
        of a pool got two signals, and a second one more than a second after the first is RQ's
        cold shutdown (seen under load: a worker killed without deregistering)."""
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(self.popen.pid, signal.SIGTERM)

    def stop(self, deadline: float) -> None:
        """Wait for it to end (ask_to_stop() first, once), until `deadline`; then SIGKILL its
        group. Never a second SIGTERM: RQ's pool takes one more than a second after the first
        as a cold shutdown, which kills the work horse busy with a job."""
        try:
            self.popen.wait(max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            pass
        self.signal(signal.SIGKILL)  # also any grandchild left behind in the group
        self.popen.wait()
        self._relay.join(2)


class Output:
    """Our stdout, which may go away (a `tee` killed by the same Ctrl-C): then lines are dropped."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._lost = False

    def say(self, line: str) -> None:
        with self._lock:
            if self._lost:
                return
            try:
                sys.stdout.write(line + "\n")
                sys.stdout.flush()
            except OSError:  # EPIPE: the reader is gone
                self._lost = True
                with contextlib.suppress(OSError):  # nothing more to flush at exit
                    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())

    def relay(self, name: str, stream: IO[bytes]) -> None:
        for raw in stream:  # read to the end whatever happens, so a child never blocks on a full pipe
            self.say(f"{time.strftime('%H:%M:%S')} {name:<7}| {raw.decode(errors='replace').rstrip()}")


class Stopping(Exception):
    """A signal asked us to stop."""


class Supervisor:
    def __init__(self) -> None:
        self.output = Output()
        self.children: list[Child] = []  # in start order; stopped in reverse, Redis last
        self.signals = 0
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, self._on_signal)

    def _on_signal(self, signum: int, frame: object) -> None:
        self.signals += 1
        if self.signals == 1:
            raise Stopping
        for child in self.children:  # a second Ctrl-C: no more waiting
            child.signal(signal.SIGKILL)

    def start(self, name: str, args: list[str]) -> Child:
        child = Child(name, args, self.output)
        self.children.append(child)
        return child

    def run(self, name: str, args: list[str]) -> None:
        """A step that must succeed before the next (migrations, static files)."""
        child = self.start(name, args)
        if child.popen.wait() != 0:
            raise SystemExit(f"{name} failed (exit {child.popen.returncode})")
        self.children.remove(child)

    def watch(self) -> int:
        """Until a signal, or a child ending by itself (then everything stops, exit 1)."""
        while True:
            for child in self.children:
                if not child.alive():
                    self.output.say(f"==> {child.name} exited with {child.popen.returncode}; stopping everything")
                    return 1
            time.sleep(0.2)

    def stop_all(self) -> None:
        """The web server and the workers together, then Redis. A signal now only hurries it."""
        self.signals = max(self.signals, 1)
        deadline = time.monotonic() + STOP_TIMEOUT
        others = [child for child in self.children if child.name != "redis"]
        for child in others:
            child.ask_to_stop()
        for child in others:
            child.stop(deadline)
        for child in self.children:
            if child not in others:
                child.ask_to_stop()
                child.stop(time.monotonic() + STOP_TIMEOUT)
        self.children.clear()


def redis_url(supervisor: Supervisor) -> str:
    """REDIS_URL if set; else a Redis answering on REDIS_PORT, or one we start there."""
    if os.environ.get("REDIS_URL"):
        return os.environ["REDIS_URL"]
    port = int(os.environ.get("REDIS_PORT", "6379"))
    url = f"redis://127.0.0.1:{port}/0"
    if redis_answers(url):
        supervisor.output.say(f"==> using the Redis already answering at {url}")
        return url
    binary = os.environ.get("REDIS_SERVER", "redis-server")
    (VAR_DIR / "redis").mkdir(parents=True, exist_ok=True)
    supervisor.output.say(f"==> starting {binary} on 127.0.0.1:{port} (data in {VAR_DIR / 'redis'})")
    server = supervisor.start("redis", redis_server_command(binary, port=port, data_dir=VAR_DIR / "redis", save="60 1"))
    for _ in range(100):
        if redis_answers(url):
            return url
        if not server.alive():
            break
        time.sleep(0.1)
    raise SystemExit(f"redis-server did not answer on port {port}")


def fresh_metrics_dir() -> None:
    """An empty PROMETHEUS_MULTIPROC_DIR for every child: the last run's counters and dead
    processes' files would otherwise be added to this run's."""
    shutil.rmtree(METRICS_DIR, ignore_errors=True)
    METRICS_DIR.mkdir(parents=True)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(METRICS_DIR)


def main() -> int:
    supervisor = Supervisor()
    fresh_metrics_dir()
    code = 0
    try:
        # A SECRET_KEY of this installation's own, unless the environment sets one (config/secret_key.py).
        supervisor.run("key", [sys.executable, "-m", "config.secret_key", str(VAR_DIR)])
        os.environ["REDIS_URL"] = redis_url(supervisor)
        supervisor.run("migrate", [sys.executable, "manage.py", "migrate", "--noinput"])
        supervisor.run("users", [sys.executable, "manage.py", "first_user"])  # an empty database: a sign-in
        supervisor.run("static", [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"])
        supervisor.start("web", gunicorn_command())
        supervisor.start("chat", rqworker_command("chat", "default", workers=int(os.environ.get("CHAT_WORKERS", "8"))))
        # Text before vectors: a worker takes from `vectors` only when `ingest` is empty.
        ingest_workers = int(os.environ.get("INGEST_WORKERS", "1"))
        supervisor.start("ingest", rqworker_command("ingest", "vectors", workers=ingest_workers))
        port = os.environ.get("HTTP_PORT", "5000")
        supervisor.output.say(f"==> pdfchat on http://127.0.0.1:{port}/ (Ctrl-C stops everything)")
        code = supervisor.watch()
    except Stopping:
        supervisor.output.say("==> stopping: web and workers first, then Redis")
    except SystemExit as exc:
        supervisor.output.say(f"==> {exc}")
        code = 1
    finally:
        supervisor.stop_all()
    supervisor.output.say("==> stopped")
    return code


if __name__ == "__main__":
    sys.exit(main())
