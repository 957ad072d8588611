"""The limits of issue 17 measured from outside, on a stack like `make run` (2 uvicorn processes):

- a 1 MB /v1 message is refused (400/413) within 50 ms: the time to the refusal, against a
  small request refused by validation (the baseline);
- a 30 GB anonymous body is refused before 10 MB has been read: the bytes the client got to
  send before the 413, against the declared body;
- 100 stream requests from one user in a row get 429 past the chat rate (THROTTLE_CHAT);
- one user holding more streams than STREAMS_PER_USER is refused, and another user's stream
  still opens at once.

    make bench-limits                   # or: python -m bench.limits [--tries 20] [--keep]
    python -m bench.limits --tiny       # a rate of 6/min, 3 streams per user: proves it runs

Each row that counts against the chat rate asks as a user of its own, and (except with
--no-wait) starts in a fresh minute, since the rate is counted in fixed minute windows: a
row straddling two windows could pass more than the rate. Prints one table: what was
measured, the baseline beside it, their ratio, and the target.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import socket
import time
from collections.abc import Sequence

import httpx

from bench import cli
from bench.stack import Stack, api_users, running_stack, start_web
from bench.stats import median
from bench.tables import Num, Ratio, print_table

HEADER = ["measure", "baseline", "measured", "detail", "target", "met"]
STREAM_REQUESTS = (  # name, path, body, headers
    ("/chat/stream", "/chat/stream", {"message": "What is pipefail?"}, {}),
    ("/chat/sync (Accept: text/event-stream)", "/chat/sync", {"message": "What is pipefail?"},
     {"Accept": "text/event-stream"}),
    ("/v1/chat/completions streamed", "/v1/chat/completions",
     {"messages": [{"role": "user", "content": "hi"}], "stream": True}, {}),
)  # fmt: skip
# --tiny: a low rate and cap, few requests, no waiting for fresh minutes.
TINY = {"tries": 3, "rate": 6, "requests": 10, "stream_cap": 3, "wait": False}


def main(argv: Sequence[str] | None = None) -> int:
    parser = cli.parser(__doc__)
    parser.add_argument("--tries", type=int, default=20, help="requests timed per row (default 20)")
    parser.add_argument("--rate", type=int, default=60, help="THROTTLE_CHAT per minute (default 60)")
    parser.add_argument("--requests", type=int, default=100, help="stream requests in a row (default 100)")
    parser.add_argument("--stream-cap", type=int, default=20, help="STREAMS_PER_USER (default 20)")
    parser.add_argument("--no-wait", dest="wait", action="store_false", help="do not wait for a fresh minute per row")
    parser.add_argument("--keep", action="store_true", help="keep the stack's directory (logs)")
    args = cli.parse(parser, argv, TINY)
    if args.requests <= args.rate:
        parser.error("--requests must exceed --rate, or nothing is refused")
    settings = {
        "API_AUTH_REQUIRED": "true",
        "THROTTLE_CHAT": f"{args.rate}/min",
        "STREAMS_PER_USER": str(args.stream_cap),
        "ANSWERS_PER_USER": "8",  # the other caps as `make run` has them (bench/stack/ lifts them)
        "QUEUED_CHAT_JOBS_PER_USER": "100",
        "JOB_EVENTS_HEARTBEAT": "1",
        "EMBEDDINGS_BACKEND": "none",
    }
    with running_stack(prefix="pdfchat-limits-", settings=settings, keep=args.keep) as stack:
        rows_users = [f"row{n}" for n in range(len(STREAM_REQUESTS))]
        tokens = api_users(stack, "ann", "bob", "cap", *rows_users)
        stack.token = tokens["ann"]
        start_web(stack, workers=2)
        rows = [big_message(stack, args.tries), big_body(stack)]
        for (name, path, body, headers), user in zip(STREAM_REQUESTS, rows_users, strict=True):
            rows.append(streams_in_a_row(stack, tokens[user], name, path, body, headers, args))
        rows.append(open_streams(stack, tokens["cap"], tokens["bob"], args))
    print_table(HEADER, rows, ratios=[Ratio("measured", to="baseline", spec=".3g")])
    return 0


def big_message(stack: Stack, tries: int) -> list[object]:
    """Time to the refusal of a 1 MB message, against a tiny invalid request's."""
    url = stack.base_url + "/v1/chat/completions"
    huge = {"messages": [{"role": "user", "content": "why " * 262_144}]}
    small = {"messages": []}
    with httpx.Client(headers=stack.headers, timeout=30) as client:
        codes, big_times = _timed(client, url, huge, tries)
        small_codes, small_times = _timed(client, url, small, tries)
    big, base = (median(big_times) or 0) * 1000, (median(small_times) or 0) * 1000
    return [f"1 MB /v1 message: {sorted(codes)[0]}, p50 ms", Num(base, ".1f"), Num(big, ".1f"),
            f"baseline: empty messages ({sorted(small_codes)[0]})", "< 50 ms",
            _yes(big < 50 and codes <= {400, 413})]  # fmt: skip


def _timed(client: httpx.Client, url: str, body: dict, tries: int) -> tuple[set[int], list[float]]:
    content = json.dumps(body).encode()
    codes, times = set(), []
    for _ in range(tries):
        started = time.perf_counter()
        response = client.post(url, content=content, headers={"Content-Type": "application/json"})
        times.append(time.perf_counter() - started)
        codes.add(response.status_code)
    return codes, times


def big_body(stack: Stack) -> list[object]:
    """Bytes an anonymous client sends of a declared 30 GB body before the 413 comes back."""
    host, port = stack.base_url.removeprefix("http://").split(":")
    sent, reply = 0, b""
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(
            b"POST /chat/stream HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            b"Content-Length: 32212254720\r\n\r\n"
        )
        connection.setblocking(False)
        deadline = time.monotonic() + 30
        while b"\r\n\r\n" not in reply and time.monotonic() < deadline and sent < 100 * 1024 * 1024:
            with contextlib.suppress(BlockingIOError, ConnectionResetError, BrokenPipeError):
                sent += connection.send(b"x" * 65536)
            with contextlib.suppress(BlockingIOError):
                reply += connection.recv(65536)
    status = reply.split(b" ", 2)[1].decode() if reply.startswith(b"HTTP/") else "none"
    mb = sent / 1024 / 1024
    return [f"30 GB anonymous body: {status}, MB sent before it", 30720, Num(mb), "baseline: the declared body",
            "< 10 MB read", _yes(status == "413" and mb < 10)]  # fmt: skip


def streams_in_a_row(
    stack: Stack, token: str, name: str, path: str, body: dict, headers: dict, args: argparse.Namespace
) -> list[object]:
    """--requests stream requests by one user, one after another: how many pass before 429."""
    if args.wait:
        _wait_for_a_new_window()
    with httpx.Client(headers={"Authorization": f"Token {token}", **headers}, timeout=30) as client:
        codes = [client.post(stack.base_url + path, json=body).status_code for _ in range(args.requests)]
    passed, refused = codes.count(200), codes.count(429)
    return [f"{args.requests} x {name}: 200s", args.rate, passed,
            f"{passed} / {refused} (200 / 429); baseline: the rate", "429 past the chat rate",
            _yes(passed <= args.rate and passed + refused == args.requests)]  # fmt: skip


def _wait_for_a_new_window() -> None:
    """The rate is counted in fixed minute windows: start a row in a fresh one."""
    time.sleep(60.5 - time.time() % 60)


def open_streams(stack: Stack, token: str, other: str, args: argparse.Namespace) -> list[object]:
    """One user opens --stream-cap + 10 event streams; another user's stream then opens at once."""
    if args.wait:
        _wait_for_a_new_window()
    extra = max(2, min(10, args.stream_cap))
    mine, theirs = {"Authorization": f"Token {token}"}, {"Authorization": f"Token {other}"}
    job = httpx.post(stack.base_url + "/chat/async", json={"message": "hi"}, headers=mine).json()["job_id"]
    url = stack.base_url + f"/chat/jobs/{job}/events"
    opened, refused = 0, 0
    with contextlib.ExitStack() as held:
        for _ in range(args.stream_cap + extra):
            response = held.enter_context(httpx.stream("GET", url, headers=mine, timeout=30))
            opened += response.status_code == 200
            refused += response.status_code == 429
        other_job = httpx.post(stack.base_url + "/chat/async", json={"message": "hi"}, headers=theirs).json()["job_id"]
        started = time.perf_counter()
        with httpx.stream("GET", stack.base_url + f"/chat/jobs/{other_job}/events", headers=theirs) as response:
            next(response.iter_lines())
            first = (time.perf_counter() - started) * 1000
    return [f"{args.stream_cap + extra} event streams of one user: opened", args.stream_cap, opened,
            f"{refused} refused (429); another user's first line {first:.0f} ms; baseline: the cap",
            "capped; others unaffected", _yes(opened == args.stream_cap and refused == extra)]  # fmt: skip


def _yes(met: bool) -> str:
    return "yes" if met else "NO"


if __name__ == "__main__":
    cli.run(main)
