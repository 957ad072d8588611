"""The three ways to read an answer (the model itself, POST /chat/stream, a job's events) and
what is timed of one stream: shared by the clients that time it and the tables that read it.
"""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("model", "stream", "job")


@dataclass
class Timing:
    """One stream, in seconds from its request: the first event, the first answer text, the end."""

    submitted: float | None = None  # job: the reply to POST /chat/async
    first_event: float | None = None
    first_delta: float | None = None
    done: float | None = None
    error: str = ""
