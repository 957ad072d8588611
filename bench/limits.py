"""The limits of issue 17 measured from outside, on a stack like `make run` (2 uvicorn processes):

- a 1 MB /v1 message is refused (400/413) within 50 ms: the time to the refusal, against a
  small request refused by validation (the baseline);
- a 30 GB anonymous body is refused before 10 MB has been read: the bytes the client got to
  send before the 413, against a normal request's whole body;
- 100 stream requests from one user in a row get 429 past the chat rate (THROTTLE_CHAT);
- one user holding more streams than STREAMS_PER_USER is refused, and another user's stream
  still opens at once.

    python bench/limits.py [--tries 20] [--keep]

Prints one table: what was measured, the baseline beside it, their ratio, and the target.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import socket
import statistics
import sys
import time

import httpx
from stack import Stack, exit_on_termination, manage, print_table, running_stack, start_web

RATE = 60  # THROTTLE_CHAT per minute
STREAM_CAP = 20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tries", type=int, default=20, help="requests timed per row")
    parser.add_argument("--keep", action="store_true", help="keep the stack's directory (logs)")
    args = parser.parse_args(argv)
    exit_on_termination()
    settings = {
        "API_AUTH_REQUIRED": "true",
        "THROTTLE_CHAT": f"{RATE}/min",
        "STREAMS_PER_USER": str(STREAM_CAP),
        "JOB_EVENTS_HEARTBEAT": "1",
    }
    with running_stack(prefix="pdfchat-limits-", settings=settings, keep=args.keep) as stack:
        stack.token = manage(stack, "create_api_user", "ann").strip()
        other = manage(stack, "create_api_user", "bob").strip()
        start_web(stack, workers=2)
        rows = [("measure", "measured", "baseline", "ratio", "target", "met")]
        rows.append(big_message(stack, args.tries))
        rows.append(big_body(stack))
        rows.extend(streams_in_a_row(stack))
        rows.append(open_streams(stack, other))
    print_table(rows)
    return 0


def big_message(stack: Stack, tries: int) -> tuple[str, ...]:
    """Time to the refusal of a 1 MB message, against a tiny invalid request's."""
    url = stack.base_url + "/v1/chat/completions"
    huge = {"messages": [{"role": "user", "content": "why " * 262_144}]}
    small = {"messages": []}
    with httpx.Client(headers=stack.headers, timeout=30) as client:
        codes, big_times = _timed(client, url, huge, tries)
        _, small_times = _timed(client, url, small, tries)
    big, base = statistics.median(big_times) * 1000, statistics.median(small_times) * 1000
    return (
        f"1 MB /v1 message: {sorted(codes)[0]}, p50 ms",
        f"{big:.1f}",
        f"{base:.1f} (empty messages: 400)",
        f"{big / base:.2f}",
        "< 50 ms",
        _yes(big < 50 and codes <= {400, 413}),
    )


def _timed(client: httpx.Client, url: str, body: dict, tries: int) -> tuple[set[int], list[float]]:
    content = json.dumps(body).encode()
    codes, times = set(), []
    for _ in range(tries):
        started = time.perf_counter()
        response = client.post(url, content=content, headers={"Content-Type": "application/json"})
        times.append(time.perf_counter() - started)
        codes.add(response.status_code)
    return codes, times


def big_body(stack: Stack) -> tuple[str, ...]:
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
    return (
        f"30 GB anonymous body: {status}, MB sent before it",
        f"{mb:.2f}",
        "30720 (the declared body)",
        f"{mb / 30720:.5f}",
        "< 10 MB read",
        _yes(status == "413" and mb < 10),
    )


def streams_in_a_row(stack: Stack) -> list[tuple[str, ...]]:
    """100 stream requests by one user, one after another: how many pass before 429."""
    rows = []
    requests = [
        ("/chat/stream", {"message": "What is pipefail?"}, {}),
        ("/chat/sync (Accept: text/event-stream)", {"message": "What is pipefail?"}, {"Accept": "text/event-stream"}),
        ("/v1/chat/completions stream", {"messages": [{"role": "user", "content": "hi"}], "stream": True}, {}),
    ]
    with httpx.Client(headers=stack.headers, timeout=30) as client:
        for name, body, headers in requests:
            _wait_for_a_new_window()
            codes = []
            for _ in range(100):
                path = "/chat/sync" if name.startswith("/chat/sync") else name.split(" ")[0]
                codes.append(client.post(stack.base_url + path, json=body, headers=headers).status_code)
            passed, refused = codes.count(200), codes.count(429)
            rows.append(
                (
                    f"100 x {name}: 200 / 429",
                    f"{passed} / {refused}",
                    f"{RATE} / {100 - RATE} (THROTTLE_CHAT={RATE}/min)",
                    f"{passed / RATE:.2f}",
                    "429 past the chat rate",
                    _yes(passed <= RATE and passed + refused == 100),
                )
            )
    return rows


def _wait_for_a_new_window() -> None:
    """The rate is counted in fixed minute windows: start each row in a fresh one."""
    time.sleep(60.5 - time.time() % 60)


def open_streams(stack: Stack, other: str) -> tuple[str, ...]:
    """One user opens STREAM_CAP + 10 event streams; another user's stream then opens at once."""
    _wait_for_a_new_window()  # the rows before used up this minute's chat rate
    job = httpx.post(stack.base_url + "/chat/async", json={"message": "hi"}, headers=stack.headers).json()["job_id"]
    url = stack.base_url + f"/chat/jobs/{job}/events"
    opened, refused = 0, 0
    with contextlib.ExitStack() as held:
        for _ in range(STREAM_CAP + 10):
            response = held.enter_context(httpx.stream("GET", url, headers=stack.headers, timeout=30))
            opened += response.status_code == 200
            refused += response.status_code == 429
        other_job = httpx.post(
            stack.base_url + "/chat/async", json={"message": "hi"}, headers={"Authorization": f"Token {other}"}
        ).json()["job_id"]
        started = time.perf_counter()
        with httpx.stream(
            "GET", stack.base_url + f"/chat/jobs/{other_job}/events", headers={"Authorization": f"Token {other}"}
        ) as response:
            next(response.iter_lines())
            first = (time.perf_counter() - started) * 1000
    return (
        f"{STREAM_CAP + 10} streams by one user: opened / 429; another user's first line, ms",
        f"{opened} / {refused}; {first:.1f}",
        f"{STREAM_CAP} / 10 (STREAMS_PER_USER)",
        f"{opened / STREAM_CAP:.2f}",
        "capped; others unaffected",
        _yes(opened == STREAM_CAP and refused == 10),
    )


def _yes(met: bool) -> str:
    return "yes" if met else "NO"


if __name__ == "__main__":
    sys.exit(main())
