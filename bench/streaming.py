"""Streamed answers: how soon the first words and the end arrive, and how many streams at once
one `make run` holds.

    make bench-streaming                               # 50 questions from 10 clients; 100 and 200 at once
    python -m bench.streaming --open 200 400
    python -m bench.streaming --tiny                   # 3 questions, 4 streams, 2 workers: proves it runs

A private stack (bench/stack.py: redis-server, a fresh SQLite database with the Octave
reference card ingested) configured as `make run` starts it: gunicorn with config/gunicorn.py
(2 uvicorn processes) and `rqworker-pool chat default` with 8 workers (--chat-workers). The
model is the tests' OpenAI-protocol stub (tests/support/openai_stub.py) in a process of its
own, streaming every answer as --tokens words --token-delay s apart (60 x 0.05 s = 3 s).

Three ways to read an answer, each timed from the client's first byte sent:

  model    the stub, streamed straight to the client (openai protocol): the baseline
  stream   POST /chat/stream (retrieval, the model's stream relayed as SSE)
  job      POST /chat/async, then GET /chat/jobs/{id}/events (queued for a worker, the
           worker's events relayed from Redis)

  latency  --questions questions from --clients clients for each: time to the first event,
           to the first answer text (delta) and to done; p50 and p95, and the ratio of each
           p50 to the model's own.
  open     for each --open N: N clients, each opening one stream, all at once and then
           spread over --ramp s (each stream stays open 3 s or more, so all N are open
           together either way); first event,
           first delta and done (p50, p95, max), and how many streams ended with `done`.
           Jobs are all queued first (8 workers answer them 8 at a time), and each stream
           is timed from its opening: N streams held open while the answers come.
           Target: 200 streams with the first event under 500 ms (p95).

The exit status is non-zero if a stream failed or an answer did not come from the model.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import httpx

from bench import cli
from bench.stack import ROOT, BenchError, Stack, manage, running_stack, start_web, wait_until, workers_on
from bench.stats import percentile
from bench.tables import MISSING, Num, Ratio, print_table
from scripts import processes
from tests.support.openai_stub import OpenAIStubServer

QUESTION = "How do I plot data with a logarithmic x axis but a linear y axis?"  # the card covers it
KINDS = ("model", "stream", "job")


@dataclass
class Timing:
    """One stream, in seconds from its request: the first event, the first answer text, the end."""

    submitted: float | None = None  # job: the reply to POST /chat/async
    first_event: float | None = None
    first_delta: float | None = None
    done: float | None = None
    error: str = ""


# --tiny: a few short answers, a few streams at once, 2 chat workers.
TINY = {"questions": 3, "clients": 2, "open": [4], "ramp": 0.2, "tokens": 5, "token_delay": 0.01, "chat_workers": 2}


def main(argv: Sequence[str] | None = None) -> int:
    parser = cli.parser(__doc__)
    parser.add_argument("--questions", type=int, default=50, help="latency: questions per way (default 50)")
    parser.add_argument("--clients", type=int, default=10, help="latency: concurrent clients (default 10)")
    parser.add_argument("--open", type=int, nargs="+", default=[100, 200], help="streams at once (default 100 200)")
    parser.add_argument("--ramp", type=float, default=1.0, help="open: also open them over this many s (default 1)")
    parser.add_argument("--tokens", type=int, default=60, help="words in each answer (default 60)")
    parser.add_argument("--token-delay", type=float, default=0.05, help="seconds between words (default 0.05)")
    parser.add_argument("--chat-workers", type=int, default=8, help="rqworker-pool chat workers (default 8)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = cli.parse(parser, argv, TINY)

    model_url, stop_model = start_model(args.tokens, args.token_delay)
    try:
        settings = {
            "OPENAI_API_KEY": "bench",
            "OPENAI_BASE_URL": model_url,
            "OPENAI_TIMEOUT": "120",
            "EMBEDDINGS_BACKEND": "none",
            "API_AUTH_REQUIRED": "False",
            "CHAT_RETRY_INTERVALS": "",
            "LOG_LEVEL": "WARNING",
        }
        with running_stack(prefix="pdfchat-streaming-", settings=settings, keep=args.keep) as stack:
            manage(stack, "ingest", str(ROOT / "bench" / "data" / "pdfs" / "refcard-a4.pdf"), "-v0")
            start_web(stack, workers=2)
            stack.start("chat", processes.rqworker_command("chat", "default", workers=args.chat_workers))
            wait_until(lambda: workers_on(stack, "chat") == args.chat_workers, 60, f"{args.chat_workers} chat workers")
            latency = {kind: asyncio.run(run_many(stack, model_url, kind, args.questions, args.clients))
                       for kind in KINDS}  # fmt: skip
            opened = {
                (kind, n, ramp): asyncio.run(run_many(stack, model_url, kind, n, n, kind == "job", ramp))
                for n in args.open for ramp in (0.0, args.ramp) for kind in ("stream", "job")
            }  # fmt: skip
    finally:
        stop_model()

    answer_seconds = args.tokens * args.token_delay
    print(f"\nmodel: {args.tokens} words {args.token_delay} s apart ({answer_seconds:.1f} s an answer)")
    base = latency["model"]
    rows = []
    for kind in KINDS:
        timings = latency[kind]
        rows.append([kind, spread(timings, "first_event"), spread(timings, "first_delta"),
                     later(timings, base, "first_delta"), spread(timings, "done"), p50(timings, "done"),
                     failed(timings)])  # fmt: skip
    print_table(
        ["way", "first event p50/p95", "first delta p50/p95", "vs model", "done p50/p95", "done p50", "failed"],
        rows,
        ratios=[Ratio("done p50", row=0, title="vs model")],
        title=f"latency: {args.questions} questions from {args.clients} clients, seconds (vs model: the model's own "
        "p50 subtracted, or divided by)",
    )
    rows = []
    for (kind, n, ramp), timings in opened.items():
        first_p95 = percentile([t.first_event for t in timings], 95)
        target = "-" if n < 200 else ("met" if first_p95 is not None and first_p95 < 0.5 else "missed")
        opening = f"over {ramp:g} s" if ramp else "at once"
        rows.append([kind, n, opening, spread(timings, "first_event", with_max=True),
                     spread(timings, "first_delta"), spread(timings, "done"), f"{n - failed(timings)}/{n}",
                     target])  # fmt: skip
    print_table(
        ["way", "streams", "opened", "first event p50/p95/max", "first delta p50/p95", "done p50/p95", "done",
         "target"],
        rows,
        title="open streams at once, seconds (target: 200 with the first event p95 < 0.5 s)",
    )  # fmt: skip
    problems = [t.error for group in (*latency.values(), *opened.values()) for t in group if t.error]
    if problems:
        raise BenchError(f"{len(problems)} streams failed, e.g. {problems[0]}")
    return 0


# --- The model: the stub in a process of its own -------------------------------------------


def start_model(tokens: int, token_delay: float) -> tuple[str, Callable[[], None]]:
    """The stub, streaming `tokens` words per answer, in a child process; its URL and a stop."""
    context = multiprocessing.get_context("fork")
    ready = context.Queue()
    child = context.Process(target=_serve_model, args=(tokens, token_delay, ready), daemon=True)
    child.start()
    url = ready.get(timeout=30)

    def stop() -> None:
        child.terminate()
        child.join(10)

    return url, stop


def _serve_model(tokens: int, token_delay: float, ready: multiprocessing.Queue) -> None:
    answer = " ".join(f"word{n}" for n in range(tokens - 1)) + " [p. 1]"
    with OpenAIStubServer() as stub:
        stub.token_delay = token_delay
        stub.replies.extend([answer] * 100_000)
        ready.put(stub.base_url)
        while True:
            time.sleep(3600)


# --- The clients --------------------------------------------------------------------------


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


# --- The tables ---------------------------------------------------------------------------


def values(timings: list[Timing], field: str) -> list[float | None]:
    return [getattr(t, field) for t in timings]


def p50(timings: list[Timing], field: str) -> Num:
    return Num(percentile(values(timings, field), 50))


def spread(timings: list[Timing], field: str, with_max: bool = False) -> str:
    """ "p50 / p95" (and " / max") of one moment of the streams, in seconds."""
    cells = [percentile(values(timings, field), p) for p in ((50, 95, 100) if with_max else (50, 95))]
    return " / ".join(MISSING if value is None else f"{value:.2f}" for value in cells)


def later(timings: list[Timing], base: list[Timing], field: str) -> str:
    """How much later than the model's own the p50 comes."""
    mine, model = percentile(values(timings, field), 50), percentile(values(base, field), 50)
    return MISSING if mine is None or model is None else f"+{mine - model:.2f} s"


def failed(timings: list[Timing]) -> int:
    return sum(1 for t in timings if t.done is None)


if __name__ == "__main__":
    cli.run(main)
