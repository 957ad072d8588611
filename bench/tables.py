"""The one table printer of the benchmarks: aligned columns, and ratios against a baseline run.

Every benchmark compares something with a baseline (the bare RQ loop, the idle stack, one
worker, SQLite, the model streamed directly, the numbers before a change), so the printer
computes those ratios itself from the raw numbers instead of each benchmark formatting its
own: a `Ratio` names the measured column and either the baseline column of the same row
(runs side by side) or the baseline row (one run per row).

    print_table(
        ["B's paper", "idle", "behind A"],
        [["searchable, s", 0.34, 1.93], ["indexed, s", 3.43, 20.9]],
        ratios=[Ratio("behind A", to="idle")],
    )

    B's paper      idle  behind A  behind A/idle
    -------------  ----  --------  -------------
    searchable, s  0.34      1.93          5.68x
    indexed, s     3.43     20.90          6.09x

Cells are numbers (formatted by the column's spec, `formats`), `Num` (a number with its own
spec, for tables whose rows differ in unit), text (printed as it is, never divided), or None
("-"). The first `left` columns are left-aligned, the rest right-aligned.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TextIO

MISSING = "-"


@dataclass(frozen=True)
class Num:
    """A number printed with its own format spec (e.g. a row of milliseconds among counts)."""

    value: float | None
    spec: str = ".2f"

    def __str__(self) -> str:
        return fmt(self.value, self.spec)


Cell = str | int | float | Num | None


@dataclass(frozen=True)
class Ratio:
    """A column of `of` divided by its baseline, inserted right after column `of`.

    The baseline is column `to` of the same row (a baseline run side by side) or, with `row`,
    column `of` of that row (one run per row; its own ratio is 1). A cell that is not a number,
    or a zero baseline, gives "-".
    """

    of: str
    to: str | None = None
    row: int | None = None
    title: str = ""
    spec: str = ".2f"
    suffix: str = "x"

    def __post_init__(self) -> None:
        if (self.to is None) == (self.row is None):
            raise ValueError("a Ratio needs exactly one baseline: a column (to=) or a row (row=)")

    @property
    def heading(self) -> str:
        return self.title or (f"{self.of}/{self.to}" if self.to is not None else "ratio")


def fmt(value: float | None, spec: str) -> str:
    """`value` formatted with `spec`, or "-" when there is none."""
    return MISSING if value is None else format(value, spec)


def number(cell: Cell) -> float | None:
    """The number in a cell, or None for text and missing values."""
    if isinstance(cell, Num):
        return cell.value
    if isinstance(cell, bool) or not isinstance(cell, int | float):
        return None
    return cell


def text(cell: Cell, spec: str | None = None) -> str:
    """A cell as printed: numbers by `spec` (default: ints with thousands separators, floats with two decimals)."""
    if cell is None:
        return MISSING
    if isinstance(cell, Num | str):
        return str(cell)
    if spec is not None:
        return format(cell, spec)
    return f"{cell:,}" if isinstance(cell, int) else f"{cell:.2f}"


def ratio_text(measured: float | None, baseline: float | None, spec: str = ".2f", suffix: str = "x") -> str:
    """`measured / baseline` formatted, or "-" when either is missing or the baseline is zero."""
    if measured is None or not baseline:
        return MISSING
    return f"{format(measured / baseline, spec)}{suffix}"


def format_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    ratios: Sequence[Ratio] = (),
    formats: Mapping[str, str] | None = None,
    left: int = 1,
) -> list[str]:
    """The table's lines: the header, a rule of dashes, then one line per row."""
    header = list(header)
    formats = formats or {}
    for row in rows:
        if len(row) != len(header):
            raise ValueError(f"a row has {len(row)} cells for {len(header)} columns: {row!r}")
    index = {title: n for n, title in enumerate(header)}
    for ratio in ratios:
        for title in (ratio.of, ratio.to):
            if title is not None and title not in index:
                raise ValueError(f"no column {title!r} in {header}")
    # Insert each ratio column after its measured column (later ones first keep indexes right).
    columns: list[tuple[str, int | Ratio]] = [(title, n) for n, title in enumerate(header)]
    for ratio in ratios:
        position = next(i for i, (_, source) in enumerate(columns) if source == index[ratio.of])
        while position + 1 < len(columns) and isinstance(columns[position + 1][1], Ratio):
            position += 1
        columns.insert(position + 1, (ratio.heading, ratio))

    def cell(row: Sequence[Cell], source: int | Ratio) -> str:
        if isinstance(source, int):
            return text(row[source], formats.get(header[source]))
        measured = number(row[index[source.of]])
        if source.to is not None:
            baseline = number(row[index[source.to]])
        else:
            baseline = number(rows[source.row][index[source.of]])
        return ratio_text(measured, baseline, source.spec, source.suffix)

    table = [[title for title, _ in columns]]
    table += [[cell(row, source) for _, source in columns] for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(columns))]
    lines = []
    for n, line in enumerate(table):
        cells = [c.ljust(w) if i < left else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths, strict=True))]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def print_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    ratios: Sequence[Ratio] = (),
    formats: Mapping[str, str] | None = None,
    left: int = 1,
    title: str = "",
    file: TextIO | None = None,
) -> None:
    """Print the table (see format_table), after a blank line and `title` if given."""
    out = file or sys.stdout
    if title:
        print(f"\n{title}\n", file=out)
    print("\n".join(format_table(header, rows, ratios=ratios, formats=formats, left=left)), file=out, flush=True)
