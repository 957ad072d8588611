"""The streaming tables' cells: p50 and p95 (and max) of one moment of the streams, how much later
than the model's own it comes, and how many streams did not end with `done`.
"""

from __future__ import annotations

from bench.stats import percentile
from bench.streaming.timing import Timing
from bench.tables import MISSING, Num


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
