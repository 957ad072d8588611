"""The users scenario's table (engines side by side, postgresql/sqlite, each engine's baseline,
the targets) and its checks, which decide the exit status.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bench.scale.constants import MAX_TARGET_MS, P95_TARGET_MS, RSS_TARGET_MB
from bench.scale.plan import label
from bench.scale.run import Run
from bench.stats import percentile
from bench.tables import Num, Ratio, fmt, print_table


@dataclass
class Row:
    name: str
    value: Callable[[Run], float | None]
    spec: str
    ratio: bool = True
    baseline: bool = True
    target: Callable[[Run], bool | None] | None = None  # None: no target for this row / run


def rows(largest: int) -> list[Row]:
    def at_largest(get: Callable[[Run], float | None], limit: float) -> Callable[[Run], bool | None]:
        return lambda run: None if run.size != largest or get(run) is None else get(run) < limit

    def rss(get: Callable[[Run], float | None]) -> Callable[[Run], bool | None]:
        return lambda run: None if get(run) is None else get(run) < RSS_TARGET_MB

    def p(values: Callable[[Run], list[float]], q: float) -> Callable[[Run], float | None]:
        return lambda run: percentile(values(run), q)

    def top(values: Callable[[Run], list[float]]) -> Callable[[Run], float | None]:
        return lambda run: max(values(run), default=None)

    def rest(run: Run) -> list[float]:
        return run.rest

    def during(run: Run) -> list[float]:
        return run.during

    return [
        Row("chunks in the database", lambda r: r.chunks, ",.0f"),
        Row("documents / users", lambda r: r.documents, ",.0f", ratio=False),
        Row("bulk load, chunks/s", lambda r: r.bulk_rate, ",.0f", baseline=False),
        Row("bulk load, s", lambda r: r.bulk_seconds, ".0f", baseline=False),
        Row("real ingestion at size, pages/s", lambda r: r.ingest_rate, ",.0f"),
        Row("first answer, fresh gunicorn (cold worker), ms", lambda r: r.first_ms, ",.0f"),
        Row("first answer, fresh gunicorn (warm worker), ms", lambda r: r.first_warm_ms, ",.0f"),
        Row("alice at rest p50, ms", p(rest, 50), ".1f"),
        Row("alice at rest p95, ms", p(rest, 95), ".1f", target=at_largest(p(rest, 95), P95_TARGET_MS)),
        Row("alice at rest max, ms", top(rest), ".1f", target=at_largest(top(rest), MAX_TARGET_MS)),
        Row("alice during uploads p50, ms", p(during, 50), ".1f"),
        Row("alice during uploads p95, ms", p(during, 95), ".1f", target=at_largest(p(during, 95), P95_TARGET_MS)),
        Row("alice during uploads max, ms", top(during), ".1f", target=at_largest(top(during), MAX_TARGET_MS)),
        Row("questions during uploads", lambda r: len(r.during), ",.0f"),
        Row("bob's uploads ready in the window", lambda r: r.uploads_in_window, ",.0f"),
        Row("chunks added by bob's uploads", lambda r: r.uploads_chunks, ",.0f"),
        Row("RSS gunicorn worker (largest), MB", lambda r: r.web_rss_mb, ".0f", target=rss(lambda r: r.web_rss_mb)),
        Row("RSS rqworker, MB", lambda r: r.worker_rss_mb, ".0f", target=rss(lambda r: r.worker_rss_mb)),
        Row("RSS work horse peak, MB", lambda r: r.horse_peak_mb, ".0f", target=rss(lambda r: r.horse_peak_mb)),
        Row("database size (the corpus), MB", lambda r: r.db_mb, ",.1f"),
        Row("database size after uploads, MB", lambda r: r.db_after_mb, ",.1f"),
        Row("GIN pending list after uploads, pages", lambda r: r.gin_pending_pages, ",.0f", ratio=False),
        Row("machine load avg (1 min, end of window)", lambda r: r.load_average, ".2f", ratio=False),
        Row("run time, s", lambda r: r.seconds, ".0f", ratio=False),
    ]


def report(runs: dict[tuple[str, int], Run], engines: Sequence[str], sizes: Sequence[int]) -> list[str]:
    """Print the table (engines side by side, postgresql/sqlite, each engine's baseline); return the MISSED targets."""
    largest = max(sizes) if sizes else 0
    header = ["metric", "corpus", *engines, *(f"base {e[:6]}" for e in engines), "target"]
    ratios = [Ratio("postgresql", to="sqlite", title="pg/sqlite")] if len(engines) == 2 else []
    table: list[list[object]] = []
    missed: list[str] = []
    for row in rows(largest):

        def cell(run: Run | None, row: Row = row) -> object:
            if run is None:
                return None
            if row.name.startswith("documents"):
                return f"{run.documents:,}/{run.users}"
            value = Num(row.value(run), row.spec)
            return value if row.ratio else str(value)  # text is never divided

        for size in sizes:
            cells = [row.name, label(size), *(cell(runs.get((engine, size))) for engine in engines)]
            cells += [cell(runs.get((engine, 0))) if row.baseline else None for engine in engines]
            verdicts = []
            for engine in engines:
                run = runs.get((engine, size))
                verdict = row.target(run) if (row.target and run) else None
                if verdict is not None:
                    verdicts.append("ok" if verdict else "MISSED")
                    if not verdict:
                        missed.append(f"{row.name} at {label(size)} on {engine}")
            table.append([*cells, "/".join(verdicts)])
    print_table(header, table, ratios=ratios, left=2)
    return missed


def summary(
    runs: dict[tuple[str, int], Run], engines: Sequence[str], sizes: Sequence[int], missed: list[str], targets: bool
) -> int:
    """Print the checks; exit status 1 if an answer changed, an upload failed or (`targets`) a target was missed."""
    failures: list[str] = []
    print()
    largest = max(sizes) if sizes else 0
    wanted = (
        f"p95 < {P95_TARGET_MS:.0f} ms and max < {MAX_TARGET_MS / 1000:.0f} s at {label(largest)} chunks, "
        f"at rest and during uploads; RSS < {RSS_TARGET_MB:.0f} MB at every size"
    )
    print(f"targets: {wanted}: {'ok' if not missed else 'MISSED: ' + '; '.join(missed)}")
    for engine in engines:
        engine_runs = [runs[(engine, s)] for s in [0, *sizes] if (engine, s) in runs]
        identical = sum(r.identical_after for r in engine_runs)
        compared = sum(r.compared_after for r in engine_runs)
        identical_during = sum(r.identical_during for r in engine_runs)
        compared_during = sum(r.compared_during for r in engine_runs)
        print(
            f"{engine}: alice's answers and sources byte-identical after bob's uploads {identical}/{compared}, "
            f"during them {identical_during}/{compared_during}"
        )
        if identical != compared or identical_during != compared_during:
            failures.append(f"{engine}: answers changed")
        for run in engine_runs:
            for failure in run.upload_failures:
                failures.append(f"{engine} {label(run.size)}: upload failed: {failure}")
        base = runs.get((engine, 0))
        top = runs.get((engine, largest))
        if base and top and base is not top:
            growth = [
                f"{name} {fmt(get(base), '.0f')} -> {fmt(get(top), '.0f')} MB"
                for name, get in (
                    ("gunicorn worker", lambda r: r.web_rss_mb),
                    ("rqworker", lambda r: r.worker_rss_mb),
                    ("work horse", lambda r: r.horse_peak_mb),
                )
            ]
            print(f"{engine}: RSS from baseline to {label(largest)}: {', '.join(growth)}")
    for failure in failures:
        print(f"FAILED: {failure}")
    return 1 if failures or (missed and targets) else 0
