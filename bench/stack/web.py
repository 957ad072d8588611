"""The stack's web side: starting gunicorn until it answers, warming it up, asking /health.

Every benchmark that drives the app over HTTP starts and checks the web server the same way,
so a measurement begins only once gunicorn serves requests with the stack's credentials.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import httpx

from bench.stack.children import Stack
from bench.stack.errors import BenchError, wait_until
from scripts import processes
from scripts.processes import Process


def start_web(
    stack: Stack, workers: int, extra_args: Sequence[str] = (), app: str = "config.asgi:application"
) -> Process:
    """Start gunicorn (config/gunicorn.py) with `workers` processes on the stack's port; return once it answers.

    Ready means a 404 for an unknown chat job, asked with the stack's headers; a refused
    token raises BenchError at once. `extra_args` go to gunicorn's command line.
    """
    port = stack.base_url.rsplit(":", 1)[1]
    web = stack.start(
        "gunicorn", processes.gunicorn_command("-b", f"127.0.0.1:{port}", "-w", str(workers), *extra_args, app=app)
    )

    def serving() -> bool:
        if not web.alive():
            raise BenchError(f"gunicorn exited:\n{web.tail()}")
        try:
            response = httpx.get(f"{stack.base_url}/chat/jobs/{uuid.uuid4()}", headers=stack.headers, timeout=2)
        except httpx.HTTPError:
            return False
        if response.status_code in (401, 403):
            raise BenchError(f"the API refused the request: {response.status_code} {response.text[:200]}")
        return response.status_code == 404

    wait_until(serving, 60, "gunicorn to answer")
    return web


def warm_up(stack: Stack, requests: int = 20) -> None:
    """Let every gunicorn worker load its URLconf and touch the database before timing."""
    with httpx.Client(base_url=stack.base_url, headers=stack.headers, timeout=10) as client:
        for _ in range(requests):
            client.get(f"/chat/jobs/{uuid.uuid4()}")


def workers_on(stack: Stack, queue: str) -> int:
    """How many RQ workers serve `queue`, as GET /health counts them (0 while the web server is down)."""
    try:
        return int(httpx.get(f"{stack.base_url}/health", timeout=5).json()["workers"][queue])
    except (httpx.HTTPError, ValueError, KeyError, TypeError):
        return 0
