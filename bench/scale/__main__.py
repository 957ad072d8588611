"""`python -m bench.scale`: the options (and their --tiny values), both scenarios in turn and
their tables; `_load` hands over to the loader child. Its --help is the package's docstring
(bench/scale/__init__.py).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from bench import cli, scale
from bench.scale.asking import questions
from bench.scale.collections_scenario import CollectionsRun, collections_summary, measure_collections
from bench.scale.constants import DEFAULT_COLLECTIONS, DEFAULT_READS, DEFAULT_SCOPES, DEFAULT_SIZES, ENGINES, PDFS
from bench.scale.loader import load_main
from bench.scale.plan import label, parse_size
from bench.scale.report import report, summary
from bench.scale.run import Run, measure

# --tiny: one small corpus on SQLite, the two small dev PDFs, a few questions, a short window.
TINY = {
    "sizes": "1500",
    "engines": "sqlite",
    "no_baseline": True,
    "rounds": 1,
    "window": 2.0,
    "gunicorn_workers": 1,
    "pdfs": ["refcard-a4.pdf", "shared-mime-info-spec.pdf"],
    "questions": 4,
    "collections": 30,
    "reads": 5,
    "scope_chunks": "300",
}
SCENARIOS = ("users", "collections")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) == 3 and argv[0] == "_load":
        return load_main(Path(argv[1]), Path(argv[2]))
    parser = cli.parser(scale.__doc__)
    parser.prog = "scale.py"  # the usage line as before the split (argparse would say __main__.py)
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help=f"corpus sizes in chunks (default {DEFAULT_SIZES})")
    parser.add_argument("--engines", default=",".join(ENGINES), help="sqlite, postgresql or both (default)")
    parser.add_argument("--scenarios", default=",".join(SCENARIOS), help="users, collections or both (default)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the runs without a bulk corpus")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the dev questions at rest (default 3)")
    parser.add_argument("--window", type=float, default=30, help="seconds of questions during uploads (default 30)")
    parser.add_argument("--gunicorn-workers", type=int, default=2)
    parser.add_argument("--pdfs", nargs="+", default=PDFS, metavar="PDF", help="dev PDFs to ingest (default all)")
    parser.add_argument("--questions", type=int, help="ask only the first N dev questions about them")
    group = parser.add_argument_group("the collections scenario")
    group.add_argument("--collections", type=int, default=DEFAULT_COLLECTIONS, help="team collections (default 500)")
    group.add_argument("--reads", type=int, default=DEFAULT_READS, help="how many of them dana reads (default 20)")
    group.add_argument(
        "--scope-chunks",
        default=DEFAULT_SCOPES,
        help=f"chunks in each asker's scope, a run each (default {DEFAULT_SCOPES})",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--analyze", action="store_true", help="PostgreSQL: ANALYZE after the bulk load")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directories (logs, databases)")
    parser.add_argument("--json", type=Path, help="also write every run's measurements to this file")
    args = cli.parse(parser, argv, TINY)
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    if not engines or any(e not in ENGINES for e in engines):
        parser.error(f"--engines: choose from {', '.join(ENGINES)}")
    engines = [e for e in ENGINES if e in engines]
    scenarios = {s.strip() for s in args.scenarios.split(",") if s.strip()}
    if not scenarios or scenarios - set(SCENARIOS):
        parser.error(f"--scenarios: choose from {', '.join(SCENARIOS)}")
    sizes = sorted({parse_size(s) for s in args.sizes.split(",") if s.strip()})
    if any(s <= 0 for s in sizes):
        parser.error("--sizes: positive numbers of chunks")
    if unknown := set(args.pdfs) - set(PDFS):
        parser.error(f"--pdfs: not in bench/data/pdfs: {', '.join(sorted(unknown))}")
    asked_questions = questions(args.pdfs, args.questions)
    if not asked_questions:
        parser.error("no dev questions about these PDFs")
    largest = max(sizes)
    scopes = sorted({parse_size(s) for s in args.scope_chunks.split(",") if s.strip()})
    if "collections" in scenarios and (not scopes or largest < 2 * max(scopes)):
        parser.error(f"--sizes: the collections scenario (at {label(largest)}) holds two of the largest scope")
    plan = ([] if args.no_baseline else [0]) + sizes if "users" in scenarios else []
    began = time.monotonic()
    print(
        f"bench.scale: engines {', '.join(engines)}; "
        + (
            f"users: corpus sizes {', '.join(label(s) for s in plan)}, {len(asked_questions)} questions x "
            f"{args.rounds} at rest, {args.window:.0f} s during uploads; "
            if plan
            else ""
        )
        + (
            f"collections: {label(largest)} chunks, {args.collections} collections, dana reads {args.reads}, "
            f"{', '.join(f'{scope:,}' for scope in scopes)} chunks in each scope"
            if "collections" in scenarios
            else ""
        ),
        flush=True,
    )
    runs: dict[tuple[str, int], Run] = {}
    for engine in engines:
        for size in plan:
            runs[(engine, size)] = measure(args, engine, size, asked_questions)
    shared: dict[tuple[str, int], CollectionsRun] = {}
    if "collections" in scenarios:
        for engine in engines:
            for scope in scopes:
                shared[(engine, scope)] = measure_collections(args, engine, largest, scope, asked_questions)
    status = 0
    if runs:
        print()
        missed = report(runs, engines, sizes)
        # A tiny run's times mean nothing: only changed answers and failed uploads fail it.
        status = summary(runs, engines, sizes, missed, targets=not args.tiny)
    if shared:
        status = max(status, collections_summary(shared, engines, scopes, args))
    print(f"wall time {time.monotonic() - began:.0f} s")
    if args.json:
        measured = {f"{e}:{s}": asdict(r) for (e, s), r in runs.items()}
        measured |= {f"{e}:collections:{s}": asdict(r) for (e, s), r in shared.items()}
        args.json.write_text(json.dumps(measured, indent=1))
    return status


if __name__ == "__main__":
    cli.run(main)
