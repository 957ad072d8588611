"""The model every answer comes from: the tests' OpenAI-protocol stub in a process of its own
(forked), streaming each answer as so many words so many seconds apart.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable

from tests.support.openai_stub import OpenAIStubServer


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
