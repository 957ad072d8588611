"""The running set-up and its child processes: the Stack record, stopping a child, its memory.

A Stack holds what a benchmark started (Redis, gunicorn, RQ workers) with the environment
they share; stopping a child gently, one process group at a time, is what keeps a teardown
short, and a child's memory is read from /proc the same way by every benchmark that reports it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from scripts.processes import Process


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


def proc_status_kb(pid: int, key: str) -> int | None:
    """A memory figure of /proc/PID/status in kB (VmRSS, VmHWM), or None if the process is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{key}:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None
