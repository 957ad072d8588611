"""The full path: POST /chat/async N times over HTTP (a ChatJob row, `chat.tasks.run_chat`
enqueued), then GET /chat/jobs/{id} polled in order until each is finished.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import redis

from bench.async_overhead.constants import CHAT_QUEUE
from bench.async_overhead.measurement import Run, Settings, check_answer
from bench.async_overhead.worker import check_drained, job_timings, start_worker, stop_worker
from bench.stack import BenchError, Stack


def post_all(base_url: str, texts: list[str], concurrency: int) -> list[str]:
    """POST /chat/async for each message; returns the job ids in submission order."""
    local = threading.local()
    clients: list[httpx.Client] = []

    def post(text: str) -> str:
        if not hasattr(local, "client"):
            local.client = httpx.Client(base_url=base_url, timeout=30)
            clients.append(local.client)
        response = local.client.post("/chat/async", json={"message": text})
        if response.status_code != 202:
            raise BenchError(f"POST /chat/async answered {response.status_code}: {response.text[:300]}")
        return response.json()["job_id"]

    try:
        if concurrency == 1:
            return [post(text) for text in texts]
        with ThreadPoolExecutor(concurrency) as pool:
            return list(pool.map(post, texts))
    finally:
        for client in clients:
            client.close()


def run_full(stack: Stack, conn: redis.Redis, worker_class: str, cfg: Settings) -> Run:
    texts = [cfg.question] * cfg.jobs
    polls = 0
    started = time.perf_counter()
    worker = start_worker(stack, CHAT_QUEUE, worker_class, f"full-{worker_class}")
    try:
        ids = post_all(stack.base_url, texts, cfg.concurrency)
        submitted = time.perf_counter()
        deadline = time.monotonic() + cfg.timeout
        with httpx.Client(base_url=stack.base_url, timeout=30) as client:
            for job_id in ids:
                while True:
                    polls += 1
                    response = client.get(f"/chat/jobs/{job_id}")
                    if response.status_code != 200:
                        raise BenchError(f"GET /chat/jobs/{job_id}: {response.status_code} {response.text[:300]}")
                    body = response.json()
                    if body["status"] == "finished":
                        break
                    if body["status"] == "failed":
                        raise BenchError(f"full job {job_id} failed: {body['error']}")
                    if not worker.alive():
                        raise BenchError(f"the chat worker exited:\n{worker.tail()}")
                    if time.monotonic() > deadline:
                        raise BenchError(f"full job {job_id} still {body['status']} after {cfg.timeout:.0f} s")
                    time.sleep(cfg.poll)
                check_answer(f"full job {job_id}", body.get("answer"), body.get("backend"), cfg)
        seconds = time.perf_counter() - started
    finally:
        startup = stop_worker(stack, worker, conn)
    check_drained(conn, CHAT_QUEUE)
    return Run("full", worker_class, cfg.jobs, seconds, submitted - started, startup, polls, *job_timings(conn, ids))
