"""The async overhead benchmark's tables: per worker class, the full path against the bare one
(jobs/s and the target), then where the time goes in each (medians over the runs).
"""

from __future__ import annotations

import argparse

from bench.async_overhead.constants import PATHS, TARGET_RATIO
from bench.async_overhead.measurement import Run
from bench.stats import median
from bench.tables import Num, Ratio, print_table


def short(worker_class: str) -> str:
    return worker_class.rsplit(".", 1)[-1] if worker_class.startswith("rq.") else worker_class


def report(runs: list[Run], args: argparse.Namespace) -> None:
    """Per worker class, bare and full side by side: jobs/s, full/bare time (the target), where the time goes."""
    groups: dict[tuple[str, str], list[Run]] = {}
    for run in runs:
        groups.setdefault((run.path, run.worker_class), []).append(run)

    def med(path: str, wc: str, get) -> float | None:
        return median(get(r) for r in groups.get((path, wc), []))

    rows = []
    for wc in args.worker_classes:
        bare, full = med("bare", wc, lambda r: r.seconds), med("full", wc, lambda r: r.seconds)
        verdict = "-" if not (bare and full) else ("met" if full / bare <= TARGET_RATIO else "MISSED")
        rows.append([short(wc), args.jobs, Num(bare), Num(full),
                     Num(args.jobs / bare if bare else None, ".1f"), Num(args.jobs / full if full else None, ".1f"),
                     f"<= {TARGET_RATIO:.2f}x: {verdict}"])  # fmt: skip
    print_table(
        ["worker class", "jobs", "bare s", "full s", "bare jobs/s", "full jobs/s", "target"],
        rows,
        ratios=[Ratio("full s", to="bare s", title="full/bare")],
        title=f"the full path against the bare RQ loop (seconds: median of {args.repeat} runs)",
    )

    rows = []
    for wc in args.worker_classes:
        for path in PATHS:
            rows.append([path, short(wc), *(Num(med(path, wc, get), spec) for get, spec in (
                (lambda r: r.submit_seconds, ".2f"), (lambda r: r.worker_startup, ".2f"), (lambda r: r.polls, ".0f"),
                (lambda r: r.exec_ms, ".1f"), (lambda r: r.gap_ms, ".1f")))])  # fmt: skip
    print_table(
        ["path", "worker class", "submit s", "worker start s", "polls", "in-job ms", "between jobs ms"],
        rows,
        left=2,
        title="where the time goes (medians; all inside the timed window)",
    )
    print(
        f"  submit s: first to last submission (full: POSTs from {args.concurrency} client thread(s);"
        " bare: rq enqueue)\n"
        "  worker start s: worker spawned -> worker registered in Redis (overlaps the submissions)\n"
        f"  polls: status checks, one per {args.poll * 1000:.0f} ms per unfinished job, in submission order\n"
        "  in-job ms: RQ started_at -> ended_at, mean; between jobs ms: a job's end -> the next one's start"
    )
