"""The few statistics the benchmarks report, defined once so that every table means the same.

Percentiles are nearest-rank (the smallest value with at least p% of the values at or below
it): always one of the measured values, never an interpolation between two, so a p95 of 20
samples is the 19th slowest, as a reader counting them would find. Missing values (None: a
request that never answered, a process that was not sampled) are left out everywhere, and an
empty sample gives None, which the tables print as "-".
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable


def _present(values: Iterable[float | None]) -> list[float]:
    return [value for value in values if value is not None]


def percentile(values: Iterable[float | None], p: float) -> float | None:
    """The nearest-rank `p`th percentile (`p` in 0..100; 0 is the minimum, 100 the maximum)."""
    if not 0 <= p <= 100:
        raise ValueError(f"a percentile is between 0 and 100, not {p}")
    ordered = sorted(_present(values))
    if not ordered:
        return None
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def median(values: Iterable[float | None]) -> float | None:
    """The middle value (the mean of the two middle ones for an even count), or None."""
    present = _present(values)
    return statistics.median(present) if present else None


def mean(values: Iterable[float | None]) -> float | None:
    """The arithmetic mean, or None."""
    present = _present(values)
    return statistics.fmean(present) if present else None


def rate(count: float, seconds: float | None) -> float | None:
    """`count` per second, or None when no time was measured."""
    return count / seconds if seconds else None
