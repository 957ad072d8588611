"""Calls to an OpenAI-protocol server: bounded retries with backoff, then one readable error.

Shared by the chat model and the embeddings. The openai client's own retries are turned off
(max_retries=0) so that the count and the delays come from settings: OPENAI_MAX_RETRIES
retries on 429, 5xx, timeouts and connection errors, waiting OPENAI_RETRY_BASE_DELAY s,
then twice that, and so on up to OPENAI_RETRY_MAX_DELAY s (with jitter; a Retry-After
header, when the server sends one, is honoured up to that maximum). Other 4xx fail at once.
"""

import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

import openai
from django.conf import settings

from chat.errors import ReadableError

logger = logging.getLogger(__name__)
T = TypeVar("T")

RETRYABLE = (openai.RateLimitError, openai.InternalServerError, openai.APIConnectionError)


def call_openai(call: Callable[[], T], *, error_class: type[ReadableError]) -> T:
    """Run `call`, retrying transient failures; raise `error_class` with a readable message."""
    attempt = 0
    while True:
        try:
            return call()
        except openai.OpenAIError as exc:
            if not _retryable(exc) or attempt >= settings.OPENAI_MAX_RETRIES:
                raise readable_error(exc, error_class) from exc
            delay = _delay(exc, attempt)
            logger.warning("model server call failed (%s); retry %d in %.2f s", type(exc).__name__, attempt + 1, delay)
            time.sleep(delay)
            attempt += 1


def _retryable(exc: openai.OpenAIError) -> bool:
    if isinstance(exc, RETRYABLE):
        return True
    return isinstance(exc, openai.APIStatusError) and exc.status_code >= 500


def _delay(exc: openai.OpenAIError, attempt: int) -> float:
    ceiling = settings.OPENAI_RETRY_MAX_DELAY
    response = getattr(exc, "response", None)
    retry_after = response.headers.get("retry-after") if response is not None else None
    if retry_after:
        try:
            return min(float(retry_after), ceiling)
        except ValueError:
            pass
    backoff = min(settings.OPENAI_RETRY_BASE_DELAY * 2**attempt, ceiling)
    return backoff * random.uniform(0.5, 1.0)  # jitter: clients that failed together retry apart


def readable_error(exc: openai.OpenAIError, error_class: type[ReadableError]) -> ReadableError:
    """One line a user can act on; transient failures may be worth a later retry of the job."""
    if isinstance(exc, openai.AuthenticationError):
        return error_class("The model server rejected the API key (HTTP 401).")
    if isinstance(exc, openai.APIStatusError):
        body = exc.body if isinstance(exc.body, dict) else {}
        detail = " ".join(str(body.get("message") or exc.message).split())
        detail = detail if len(detail) <= 300 else detail[:299] + "…"
        transient = exc.status_code == 429 or exc.status_code >= 500
        return error_class(f"The model server answered HTTP {exc.status_code}: {detail}", transient=transient)
    if isinstance(exc, openai.APITimeoutError):
        return error_class(f"The model server did not answer within {settings.OPENAI_TIMEOUT:g} s.", transient=True)
    if isinstance(exc, openai.APIConnectionError):
        return error_class("The model server could not be reached.", transient=True)
    return error_class(f"The model server call failed: {type(exc).__name__}.")
