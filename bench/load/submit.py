"""The submit phase: --submissions distinct questions sent as POST /chat/async from --clients
threads, each with its own httpx.Client; each request's status, job id and latency recorded.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import httpx

from bench.load.constants import QUESTIONS
from bench.stack import Stack


@dataclass
class Submission:
    index: int
    message: str
    started: float = 0.0  # wall clock (time.time), comparable with the database's timestamps
    latency: float = 0.0  # seconds
    status: int | None = None  # HTTP status; None: no response (transport error, or not sent)
    job_id: str | None = None
    error: str = ""


def message_for(index: int) -> str:
    return f"{QUESTIONS[index % len(QUESTIONS)]} #{index}"


def submit_all(stack: Stack, count: int, clients: int, deadline: float, stop: threading.Event) -> list[Submission]:
    """POST /chat/async `count` times from `clients` threads, each with its own httpx.Client."""
    submissions = [Submission(i, message_for(i)) for i in range(count)]
    indexes = iter(range(count))
    lock = threading.Lock()

    def client_loop() -> None:
        with httpx.Client(base_url=stack.base_url, headers=stack.headers, timeout=30) as client:
            while not stop.is_set() and time.monotonic() < deadline:
                with lock:
                    index = next(indexes, None)
                if index is None:
                    return
                sub = submissions[index]
                sub.started = time.time()
                began = time.perf_counter()
                try:
                    response = client.post("/chat/async", json={"message": sub.message})
                except httpx.HTTPError as exc:
                    sub.latency = time.perf_counter() - began
                    sub.error = f"{type(exc).__name__}: {exc}"
                    continue
                sub.latency = time.perf_counter() - began
                sub.status = response.status_code
                if response.status_code != 202:
                    sub.error = response.text[:300]
                    continue
                try:
                    sub.job_id = response.json()["job_id"]
                except (ValueError, KeyError, TypeError):
                    sub.error = f"202 without a job_id: {response.text[:300]}"

    threads = [threading.Thread(target=client_loop, name=f"client-{n}", daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
    try:
        for thread in threads:
            thread.join()
    finally:
        stop.set()  # on Ctrl-C: no new requests; daemon threads die with us
    for sub in submissions:
        if sub.status is None and not sub.error:
            sub.error = "not sent (interrupted or --timeout passed)"
    return submissions
