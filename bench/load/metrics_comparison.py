"""--compare-metrics: the two modes a run is made in (metrics on, then off) and the table that
puts their headline numbers side by side with the ratio on/off.
"""

from __future__ import annotations

from bench.tables import Ratio, print_table

# --compare-metrics: the same run with each of these, one after the other.
METRICS_MODES = {"metrics on": {"METRICS_ENABLED": "True"}, "metrics off": {"METRICS_ENABLED": "False"}}


def print_comparison(results: dict[str, dict[str, float | None]]) -> None:
    """The runs' headline numbers side by side, metrics on against off."""
    on, off = results["metrics on"], results["metrics off"]
    rows = [[measure, on.get(measure), off.get(measure)] for measure in on]
    print_table(
        ["measure", "metrics on", "metrics off"],
        rows,
        ratios=[Ratio("metrics on", to="metrics off", title="on/off", spec=".3f")],
        title="metrics on vs off (same load, fresh stacks)",
    )
