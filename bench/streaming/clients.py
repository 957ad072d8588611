"""The clients: streams of one way opened so many at a time (or spread over a ramp), each read
as it arrives and timed from its request: its first event, first answer text and end.
"""

from __future__ import annotations

import asyncio
import json
import time

import httpx

from bench.stack import BenchError, Stack
from bench.streaming.timing import Timing

QUESTION = "How do I plot data with a logarithmic x axis but a linear y axis?"  # the card covers it


async def run_many(
    stack: Stack, model_url: str, kind: str, count: int, clients: int, submit_first: bool = False, ramp: float = 0.0
) -> list[Timing]:
    """`count` streams of one kind, `clients` at a time, the n-th starting n x ramp / count s
    late. With `submit_first` (jobs), all questions are queued first and each stream is
    timed from its own opening."""
    limits = httpx.Limits(max_connections=None, max_keepalive_connections=None)
    gate = asyncio.Semaphore(clients)
    async with httpx.AsyncClient(timeout=httpx.Timeout(300, connect=30), limits=limits) as client:
        job_ids: list[str | None] = [None] * count
        if submit_first:
            submitting = asyncio.Semaphore(20)

            async def submit() -> str:
                async with submitting:
                    return await submit_job(client, stack)

            job_ids = await asyncio.gather(*(submit() for _ in range(count)))

        async def one(n: int, job_id: str | None) -> Timing:
            await asyncio.sleep(n * ramp / count)
            async with gate:
                return await read_one(client, stack, model_url, kind, job_id)

        return await asyncio.gather(*(one(n, job_id) for n, job_id in enumerate(job_ids)))


async def submit_job(client: httpx.AsyncClient, stack: Stack) -> str:
    reply = await client.post(f"{stack.base_url}/chat/async", json={"message": QUESTION})
    if reply.status_code != 202:
        raise BenchError(f"/chat/async answered {reply.status_code}")
    return reply.json()["job_id"]


async def read_one(client: httpx.AsyncClient, stack: Stack, model_url: str, kind: str, job_id: str | None) -> Timing:
    timing, started = Timing(), time.perf_counter()
    try:
        if kind == "model":
            body = {"model": "stub", "stream": True, "messages": [{"role": "user", "content": QUESTION}]}
            request = client.build_request("POST", f"{model_url}/chat/completions", json=body)
        elif kind == "stream":
            request = client.build_request("POST", f"{stack.base_url}/chat/stream", json={"message": QUESTION})
        else:
            if job_id is None:
                job_id = await submit_job(client, stack)
                timing.submitted = time.perf_counter() - started
            request = client.build_request("GET", f"{stack.base_url}/chat/jobs/{job_id}/events")
        response = await client.send(request, stream=True)
        try:
            if response.status_code != 200:
                raise BenchError(f"{request.url.path} answered {response.status_code}")
            await read_events(response, kind, timing, started)
        finally:
            await response.aclose()
    except (httpx.HTTPError, BenchError) as exc:
        timing.error = f"{kind}: {type(exc).__name__}: {exc}"
    return timing


async def read_events(response: httpx.Response, kind: str, timing: Timing, started: float) -> None:
    """Time the SSE events of one response: pdfchat's (event: ...) or the protocol's chunks."""
    event = ""
    async for line in response.aiter_lines():
        now = time.perf_counter() - started
        if kind == "model":
            if not line.startswith("data: "):
                continue
            timing.first_event = timing.first_event or now
            if line == "data: [DONE]":
                timing.done = now
                return
            if json.loads(line[6:])["choices"][0]["delta"].get("content"):
                timing.first_delta = timing.first_delta or now
        elif line.startswith("event: "):
            event = line[7:]
            timing.first_event = timing.first_event or now
            if event == "delta":
                timing.first_delta = timing.first_delta or now
        elif line.startswith("data: ") and event in ("done", "error"):
            if event == "error" or json.loads(line[6:]).get("backend") != "openai":
                raise BenchError(f"the answer did not come from the model: {line[:200]}")
            timing.done = now
            return
    raise BenchError("the stream ended before its answer was done")
