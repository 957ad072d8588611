"""`make run`'s script (scripts/run.sh -> scripts/run.py) stops everything it started on
Ctrl-C: web and workers first, Redis last, nothing left running, also under a pipe."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from scripts.processes import ROOT, descendants, free_port
from tests.support.processes import wait_until

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("PDFCHAT_TEST_DB") == "postgres", reason="the run script uses a database of its own: once"
    ),
]


def start_run_script(tmp_path: Path, redirect: str) -> tuple[subprocess.Popen, str]:
    """`bash scripts/run.sh` with `redirect`, as a terminal starts it: a process group of its own."""
    env = {
        k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DATABASE_URL") and not k.startswith("OPENAI_")
    }
    port = free_port()
    env.update(
        PDFCHAT_VAR_DIR=str(tmp_path / "var"),
        HTTP_HOST="127.0.0.1",
        HTTP_PORT=str(port),
        REDIS_PORT=str(free_port()),
        CHAT_WORKERS="2",
        EMBEDDINGS_BACKEND="none",
        PYTHONUNBUFFERED="1",
    )
    shell = subprocess.Popen(
        ["bash", "-c", f"bash scripts/run.sh {redirect}"], cwd=ROOT, env=env, start_new_session=True
    )
    url = f"http://127.0.0.1:{port}"

    def ready() -> bool:
        try:
            return httpx.get(url + "/health", timeout=2).json()["status"] == "ok"
        except (httpx.HTTPError, ValueError):
            return False

    try:
        wait_until(ready, 90, "make run to serve /health with its workers")
    except BaseException:
        os.killpg(shell.pid, signal.SIGKILL)
        raise
    return shell, url


def interrupt_and_wait(shell: subprocess.Popen, url: str) -> None:
    """Ctrl-C: SIGINT to the terminal's foreground group; every process it started ends within 10 s."""
    started = descendants(shell.pid)
    assert len(started) >= 6  # bash, python run.py, redis, gunicorn (+2), rqworker-pool (+2), rqworker
    os.killpg(shell.pid, signal.SIGINT)
    shell.wait(10)
    deadline = time.monotonic() + 10
    while (left := [pid for pid in started if _running(pid)]) and time.monotonic() < deadline:
        time.sleep(0.1)
    leftovers = {pid: Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ") for pid in left if _running(pid)}
    for pid in leftovers:
        os.kill(pid, signal.SIGKILL)
    assert leftovers == {}
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/health", timeout=2)


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_ctrl_c_stops_web_and_workers_first_and_redis_last(tmp_path):
    log = tmp_path / "run.log"
    shell, url = start_run_script(tmp_path, f"> {log} 2>&1")
    interrupt_and_wait(shell, url)

    output = log.read_text()
    assert "Traceback" not in output and "Error 111" not in output and "cold shut down" not in output, output
    lines = output.splitlines()
    redis_gone = next(n for n, line in enumerate(lines) if "ready to exit" in line)
    web_gone = next(n for n, line in enumerate(lines) if "Shutting down: Master" in line)
    workers_gone = [n for n, line in enumerate(lines) if "unsubscribing from channel" in line]
    assert len(workers_gone) == 3 and max(workers_gone) < redis_gone and web_gone < redis_gone, output
    assert lines[-1].endswith("==> stopped")


def test_ctrl_c_under_a_pipe_leaves_nothing_running(tmp_path):
    # The same SIGINT kills `tee`: the supervisor's output then goes nowhere.
    shell, url = start_run_script(tmp_path, f"2>&1 | tee {tmp_path / 'run.log'}")
    interrupt_and_wait(shell, url)


LEADER_AND_MEMBER = """
import os, signal, sys, time
path = sys.argv[1]
def note(who):
    def handler(signum, frame):
        with open(path, "a") as out:
            out.write(who + "\\n")
        os._exit(0)
    return handler
if os.fork() == 0:
    signal.signal(signal.SIGTERM, note("member"))
    time.sleep(30)
    os._exit(0)
signal.signal(signal.SIGTERM, note("leader"))
with open(path, "a") as out:
    out.write("ready\\n")
time.sleep(30)
"""


def import_run():
    """scripts/run.py, which imports its neighbour `processes` as a top-level module."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import run
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return run


def test_stopping_a_child_signals_its_leader_alone(tmp_path):
    """The SIGTERM that asks a child to stop goes to its leader, which passes it on: RQ's pool
    takes a second signal to a worker a second later as a cold shutdown (found in CI, under load)."""
    run = import_run()
    notes = tmp_path / "signals.txt"
    child = run.Child("probe", [sys.executable, "-c", LEADER_AND_MEMBER, str(notes)], run.Output())
    wait_until(lambda: notes.exists() and "ready" in notes.read_text(), 10, "the probe to start")
    member = [pid for pid in descendants(child.popen.pid) if pid != child.popen.pid]
    child.ask_to_stop()
    child.stop(time.monotonic() + 5)
    assert notes.read_text().split() == ["ready", "leader"]
    assert member  # and the group's SIGKILL, after the leader left, takes it:
    wait_until(lambda: not any(_running(pid) for pid in member), 5, "the group's other member to be killed")


# A stand-in for a child busy with a job: notes every signal it gets (name, wall-clock time),
# and after the first SIGTERM finishes its "job" in LINGER seconds, as a worker's horse does.
BUSY_CHILD = """
import signal, sys, time
path, linger = sys.argv[1], float(sys.argv[2])
ends = []
def note(signum, frame):
    with open(path, "a") as out:
        out.write(f"{signal.Signals(signum).name} {time.time()}\\n")
    ends.append(ends[0] if ends else time.monotonic() + linger)
signal.signal(signal.SIGTERM, note)
with open(path, "a") as out:
    out.write("ready\\n")
while not ends or time.monotonic() < ends[0]:
    time.sleep(0.02)
"""


@pytest.fixture
def supervisor(monkeypatch):
    """run.py's Supervisor with a 3 s STOP_TIMEOUT; this process's signal handlers put back after."""
    run = import_run()
    monkeypatch.setattr(run, "STOP_TIMEOUT", 3.0)
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    try:
        yield run.Supervisor()
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)


def test_stopping_everything_sends_each_child_one_sigterm(supervisor, tmp_path):
    """A second SIGTERM to RQ's pool, long after the first, is a cold shutdown: the busy work
    horse is killed. Each child gets one; past STOP_TIMEOUT the group is killed, not signalled again."""
    lingers = {"web": 0.5, "chat": 1.5, "ingest": 60.0, "redis": 0.2}  # ingest outlives STOP_TIMEOUT
    notes = {name: tmp_path / f"{name}.txt" for name in lingers}
    for name, linger in lingers.items():
        supervisor.start(name, [sys.executable, "-c", BUSY_CHILD, str(notes[name]), str(linger)])
    for name, path in notes.items():
        wait_until(lambda path=path: path.exists() and "ready" in path.read_text(), 10, f"{name} to start")

    began = time.time()
    supervisor.stop_all()
    took = time.time() - began

    received = {name: [line.split() for line in path.read_text().splitlines()[1:]] for name, path in notes.items()}
    assert {name: [sig for sig, _ in got] for name, got in received.items()} == {name: ["SIGTERM"] for name in lingers}
    terms = {name: float(got[0][1]) for name, got in received.items()}
    assert max(terms["web"], terms["chat"], terms["ingest"]) < began + 0.5  # together, at once
    assert terms["redis"] >= began + 3.0  # last, once the others ended (ingest killed at the deadline)
    assert took < 3.0 + 2.0
