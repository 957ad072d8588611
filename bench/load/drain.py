"""The drain phase: GET /chat/jobs/{id} for the oldest unfinished jobs (the queue is FIFO) until
every job is done or --timeout has passed; each job's last answer, the 404s and the poll errors.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import httpx

from bench.load.stack_setup import check_workers
from bench.stack import Stack


@dataclass
class Drain:
    last: dict[str, dict] = field(default_factory=dict)  # job id -> last GET body
    not_found: set[str] = field(default_factory=set)
    http_errors: Counter = field(default_factory=Counter)
    polls: int = 0
    seconds: float = 0.0


def drain(stack: Stack, job_ids: Sequence[str], pollers: int, window: int, interval: float, deadline: float) -> Drain:
    """Poll GET /chat/jobs/{id} for the oldest unfinished jobs until all are done or `deadline`."""
    result = Drain()
    pending = list(dict.fromkeys(job_ids))  # submission order, FIFO like the queue
    local = threading.local()
    clients: list[httpx.Client] = []
    lock = threading.Lock()
    began = time.perf_counter()

    def poll(job_id: str) -> bool:
        """True when the job is done (finished, failed) or unknown (404: lost)."""
        if not hasattr(local, "client"):
            local.client = httpx.Client(base_url=stack.base_url, headers=stack.headers, timeout=30)
            with lock:
                clients.append(local.client)
        try:
            response = local.client.get(f"/chat/jobs/{job_id}")
        except httpx.HTTPError as exc:
            with lock:
                result.polls += 1
                result.http_errors[type(exc).__name__] += 1
            return False
        with lock:
            result.polls += 1
            if response.status_code == 404:
                result.not_found.add(job_id)
                return True
            if response.status_code != 200:
                result.http_errors[str(response.status_code)] += 1
                return False
            try:
                body = response.json()
                done = body["status"] in ("finished", "failed")
            except (ValueError, KeyError, TypeError):
                result.http_errors["200 without a status"] += 1
                return False
            result.last[job_id] = body
            return done

    pool = ThreadPoolExecutor(pollers, thread_name_prefix="poller")
    size = pollers
    try:
        while pending and time.monotonic() < deadline:
            check_workers(stack)
            batch = pending[:size]
            done = set(itertools.compress(batch, pool.map(poll, batch)))
            pending = [job_id for job_id in pending if job_id not in done]
            if len(done) == len(batch):  # caught up with the workers: look further ahead at once
                size = min(size * 2, window)
            else:  # waiting for the head of the queue: a few polls per round, then a pause
                size = max(pollers, len(done) + pollers)
                time.sleep(interval)
        # At the deadline, settle what has not been seen at all (a stuck head may hide it):
        # its last status, or a 404 (lost).
        list(pool.map(poll, [job_id for job_id in pending if job_id not in result.last]))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        for client in clients:
            client.close()
    result.seconds = time.perf_counter() - began
    return result
