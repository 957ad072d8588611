"""The table: per engine, each measure through the personal and the shared collection and their
ratio against the target, the paired view, and the checks; the exit status.
"""

from __future__ import annotations

from collections.abc import Callable

from bench.sharing.constants import ENGINES, PATHS, TARGET_RATIO
from bench.sharing.measured import Measured
from bench.stats import median, percentile
from bench.tables import Num, Ratio, fmt, print_table


def paired(values: dict[str, list[float]]) -> float | None:
    """The median of shared/personal over the pairs (the n-th request of each path)."""
    ratios = [s / p for p, s in zip(values["personal"], values["shared"], strict=False) if p > 0]
    return median(ratios)


def report(runs: dict[str, Measured], *, tiny: bool) -> int:
    """Print the table (engines side by side, shared/personal per engine) and the checks; the exit status."""
    engines = [engine for engine in ENGINES if engine in runs]
    header = ["measure"]
    ratios = []
    for engine in engines:
        header += [f"{engine} personal", f"{engine} shared"]
        ratios.append(Ratio(f"{engine} shared", to=f"{engine} personal", title=f"{engine[:6]} shared/personal"))
    header.append("target")

    Get = Callable[[Measured, str], float | None]

    def total(kind: str) -> Get:
        return lambda run, path: sum(getattr(run, kind)[path]) if getattr(run, kind)[path] else None

    def quantile(kind: str, q: float) -> Get:
        def get(run: Measured, path: str) -> float | None:
            value = percentile(getattr(run, kind)[path], q)
            return None if value is None else value * 1000

        return get

    def count(kind: str) -> Get:
        return lambda run, path: len(getattr(run, kind)[path])

    measures: list[tuple[str, Get, str, str | None]] = [
        ("uploads", count("upload_ready"), ",.0f", None),
        ("upload request (202), total s", total("upload_request"), ".3f", None),
        ("upload request, p50 ms", quantile("upload_request", 50), ".1f", None),
        ("upload until ready, total s", total("upload_ready"), ".2f", "upload_ready"),
        ("delete (204), total s", total("delete"), ".3f", None),
        ("questions", count("question"), ",.0f", None),
        ("question, total s", total("question"), ".2f", "question"),
        ("question p50, ms", quantile("question", 50), ".1f", None),
        ("question p95, ms", quantile("question", 95), ".1f", None),
    ]
    table: list[list[object]] = []
    missed: list[str] = []
    for name, get, spec, target in measures:
        cells: list[object] = [name]
        verdicts = []
        for engine in engines:
            run = runs[engine]
            values = [get(run, path) for path in PATHS]
            cells += [Num(value, spec) for value in values]
            if target and None not in values and values[0]:
                ok = values[1] / values[0] <= TARGET_RATIO
                verdicts.append("ok" if ok else "MISSED")
                if not ok:
                    missed.append(f"{name} on {engine}: {values[1] / values[0]:.3f}x")
        cells.append(f"<= {TARGET_RATIO:.2f}x: {'/'.join(verdicts)}" if target else None)
        table.append(cells)
    answers: list[object] = ["answers the same but for ids"]
    for engine in engines:
        answers += [None, f"{runs[engine].identical}/{runs[engine].compared}"]
    table.append([*answers, None])
    conditions = "; ".join(
        f"{engine}: {runs[engine].pages} pages a round, {runs[engine].chunks:,} chunks in each collection at the end, "
        f"load avg {fmt(runs[engine].load_average, '.2f')}, {runs[engine].seconds:.0f} s"
        for engine in engines
    )
    print_table(header, table, ratios=ratios, title=f"sharing: sam's personal collection and Manuals ({conditions})")
    print()
    for engine in engines:
        run = runs[engine]
        pairs = ", ".join(
            f"{name} {fmt(paired(getattr(run, kind)), '.3f')}x"
            for name, kind in (("upload request", "upload_request"), ("upload until ready", "upload_ready"),
                               ("delete", "delete"), ("question", "question"))
        )  # fmt: skip
        print(f"{engine}: median of the paired ratios shared/personal: {pairs}")
    verdict = "ok" if not missed else "MISSED: " + "; ".join(missed)
    within = f"{(TARGET_RATIO - 1) * 100:.0f}%"
    print(f"target: uploads until ready and questions through the shared collection within {within}: {verdict}")
    failures = []
    for engine in engines:
        failures += [f"{engine}: upload failed: {failure}" for failure in runs[engine].failures]
        failures += [f"{engine}: the answers differ: {question}" for question in runs[engine].differing]
    for failure in failures:
        print(f"FAILED: {failure}")
    # A tiny run's times mean nothing: only failed uploads and differing answers fail it.
    return 1 if failures or (missed and not tiny) else 0
