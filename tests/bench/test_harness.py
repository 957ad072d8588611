"""The harness every benchmark shares: one percentile, one table printer with its ratio
columns, one `--tiny` switch. A mistake here would skew every benchmark's numbers at once."""

from __future__ import annotations

import argparse

import pytest

from bench import cli
from bench.stats import mean, median, percentile, rate
from bench.tables import Num, Ratio, format_table


def test_percentile_is_nearest_rank_and_ignores_missing_values() -> None:
    values = [float(n) for n in range(1, 21)]  # 1..20
    assert percentile(values, 50) == 10
    assert percentile(values, 95) == 19
    assert percentile(values, 100) == 20
    assert percentile(values, 0) == 1
    assert percentile([3.0, None, 1.0, 2.0], 50) == 2
    assert percentile([], 50) is None
    assert percentile([None], 95) is None
    with pytest.raises(ValueError):
        percentile(values, 150)


def test_median_mean_and_rate() -> None:
    assert median([1.0, 4.0, None, 3.0]) == 3
    assert median([1.0, 2.0]) == 1.5
    assert median([]) is None
    assert mean([1.0, 2.0, None]) == 1.5
    assert mean([None]) is None
    assert rate(10, 4.0) == 2.5
    assert rate(10, 0) is None


def test_table_aligns_columns_under_a_rule() -> None:
    lines = format_table(["name", "count"], [["a", 1200], ["bbb", None]])
    assert lines == [
        "name  count",
        "----  -----",
        "a     1,200",
        "bbb       -",
    ]


def test_ratio_against_a_baseline_column_goes_right_after_the_measured_one() -> None:
    lines = format_table(
        ["B's paper", "idle", "behind A", "target"],
        [["searchable", 0.5, 2.0, "<= 6"], ["indexed", Num(4.0, ".1f"), Num(None), "-"]],
        ratios=[Ratio("behind A", to="idle")],
    )
    assert lines[0].split() == ["B's", "paper", "idle", "behind", "A", "behind", "A/idle", "target"]
    assert lines[2].split() == ["searchable", "0.50", "2.00", "4.00x", "<=", "6"]
    assert lines[3].split() == ["indexed", "4.0", "-", "-", "-"]  # no measurement: no ratio


def test_ratio_against_a_baseline_row() -> None:
    rows = [["1", 0.7], ["2", 1.4], ["4", "n/a"]]
    lines = format_table(["workers", "pages/s"], rows, ratios=[Ratio("pages/s", row=0, title="vs 1")])
    assert [line.split()[-1] for line in lines[2:]] == ["1.00x", "2.00x", "-"]  # text is never divided


def test_a_table_refuses_rows_that_do_not_fit_its_header() -> None:
    with pytest.raises(ValueError):
        format_table(["a", "b"], [["only one"]])
    with pytest.raises(ValueError):
        format_table(["a"], [[1]], ratios=[Ratio("a", to="missing")])
    with pytest.raises(ValueError):
        Ratio("a")  # neither a baseline column nor a baseline row


def test_tiny_sets_defaults_that_explicit_options_still_override() -> None:
    def parser() -> argparse.ArgumentParser:
        made = cli.parser("doc")
        made.add_argument("--jobs", type=int, default=200)
        made.add_argument("--workers", type=int, default=2)
        return made

    tiny = {"jobs": 3, "workers": 1}
    full = cli.parse(parser(), [], tiny)
    assert (full.tiny, full.jobs, full.workers) == (False, 200, 2)
    small = cli.parse(parser(), ["--tiny"], tiny)
    assert (small.tiny, small.jobs, small.workers) == (True, 3, 1)
    mixed = cli.parse(parser(), ["--tiny", "--jobs", "10"], tiny)
    assert (mixed.jobs, mixed.workers) == (10, 1)
    with pytest.raises(ValueError):  # a tiny default for an option that does not exist is a typo
        cli.parse(parser(), ["--tiny"], {"job": 3})
