"""What one engine's run measured, request by request and per path, so that the n-th request
of one path and the n-th of the other are a pair. It is the --json a child process writes and
its parent reads back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bench.sharing.constants import PATHS


@dataclass
class Measured:
    """One engine's run: per path, the seconds of each request, in the order they were made
    (so that the n-th of one path and the n-th of the other are a pair)."""

    engine: str
    upload_request: dict[str, list[float]] = field(default_factory=lambda: {p: [] for p in PATHS})
    upload_ready: dict[str, list[float]] = field(default_factory=lambda: {p: [] for p in PATHS})
    delete: dict[str, list[float]] = field(default_factory=lambda: {p: [] for p in PATHS})
    question: dict[str, list[float]] = field(default_factory=lambda: {p: [] for p in PATHS})
    pages: int = 0  # per path
    chunks: int = 0  # per path, at the end
    identical: int = 0  # answers the same through both paths but for ids
    compared: int = 0
    differing: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    load_average: float | None = None
    seconds: float = 0.0
