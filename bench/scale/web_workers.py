"""The gunicorn workers under test: waiting until they have settled, timing each one's first
answer (its access log names the worker that answered) and warming them all up, so that a
cold worker's first answer is measured apart from the answers at rest.
"""

from __future__ import annotations

import threading
import time

import httpx

from bench.scale.asking import Asked, ask
from bench.stack import BenchError, Process, Stack, proc_status_kb
from scripts.processes import children


def wait_for_web_workers(web: Process, workers: int) -> list[int]:
    """The gunicorn workers' pids, once all are forked and have loaded the WSGI app (their
    resident memory has stopped changing for a second; the URLconf is only imported on a
    worker's first request)."""
    deadline = time.monotonic() + 60
    last: list[tuple[int, int | None]] = []
    stable = 0
    while time.monotonic() < deadline:
        pids = sorted(children(web.popen.pid))
        memory = [(pid, proc_status_kb(pid, "VmRSS")) for pid in pids]
        stable = stable + 1 if len(pids) >= workers and memory == last else 0
        if stable >= 4:
            return pids
        last = memory
        time.sleep(0.25)
    raise BenchError(f"gunicorn's {workers} workers did not settle within 60 s")


# gunicorn's access log, with the pid of the worker that answered (start_web's extra arguments).
ACCESS_LOG = ["--access-logfile", "-", "--access-logformat", 'pid=%(p)s "%(r)s" %(s)s %(M)sms']


def chat_answered_by(web: Process) -> set[str]:
    """The pids (as logged) of the gunicorn workers that have answered POST /chat/sync so far."""
    pids = set()
    for line in web.log.read_text(errors="replace").splitlines():
        if '"POST /chat/sync ' in line and line.startswith("pid="):
            pids.add(line.split()[0])
    return pids


def first_answers(stack: Stack, web: Process, question: str, pids: list[int]) -> tuple[list[float], int]:
    """The same question from one concurrent client per gunicorn worker: each sync worker takes one,
    so every worker's first answer is timed (seconds). Also returns how many workers answered."""
    results: list[Asked] = [Asked() for _ in pids]

    def client_loop(asked: Asked) -> None:
        with httpx.Client(base_url=stack.base_url, headers=stack.headers, timeout=60) as client:
            ask(client, question, asked)

    threads = [threading.Thread(target=client_loop, args=(asked,), daemon=True) for asked in results]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    if any(not asked.latencies for asked in results):
        raise BenchError("a first question got no answer")
    deadline = time.monotonic() + 5  # the access log line is written after the response
    while len(chat_answered_by(web)) < len(pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    return [asked.latencies[0] for asked in results], len(chat_answered_by(web))


def warm_up_workers(
    stack: Stack, asked_questions: list[str], workers: int, headers: dict[str, str] | None = None
) -> None:
    """Every question from as many concurrent clients as there are gunicorn workers, so that each
    worker has run every code path once (some load data on first use, e.g. wordfreq's word list).
    `headers`: whose questions (default: the stack's token)."""

    def client_loop(offset: int) -> None:
        with httpx.Client(base_url=stack.base_url, headers=headers or stack.headers, timeout=60) as client:
            for question in asked_questions[offset:] + asked_questions[:offset]:
                ask(client, question, Asked())

    step = max(1, len(asked_questions) // max(1, workers))
    threads = [threading.Thread(target=client_loop, args=(n * step,), daemon=True) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
