"""Turn openai client exceptions into one readable line, for chat and embeddings alike."""

from collections.abc import Iterator
from contextlib import contextmanager

import openai
from django.conf import settings

from chat.errors import ReadableError


@contextmanager
def readable_openai_errors(error_class: type[ReadableError]) -> Iterator[None]:
    """Re-raise openai errors as `error_class` with a message a user can act on.

    The client has already retried 429, 5xx, timeouts and connection errors
    (OPENAI_MAX_RETRIES times, with exponential backoff); what reaches here is final for
    this attempt. Those stay `transient` (the job may be retried later); other 4xx do not.
    """
    try:
        yield
    except openai.AuthenticationError as exc:
        raise error_class("The model server rejected the API key (HTTP 401).") from exc
    except openai.APIStatusError as exc:
        transient = exc.status_code == 429 or exc.status_code >= 500
        raise error_class(
            f"The model server answered HTTP {exc.status_code}: {_error_detail(exc)}", transient=transient
        ) from exc
    except openai.APITimeoutError as exc:
        raise error_class(
            f"The model server did not answer within {settings.OPENAI_TIMEOUT:g} s.", transient=True
        ) from exc
    except openai.APIConnectionError as exc:
        raise error_class("The model server could not be reached.", transient=True) from exc


def _error_detail(exc: openai.APIStatusError, limit: int = 300) -> str:
    """The server's own error message, one line, bounded (the client's adds boilerplate)."""
    body = exc.body if isinstance(exc.body, dict) else {}
    text = " ".join(str(body.get("message") or exc.message).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
