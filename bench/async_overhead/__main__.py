"""`python -m bench.async_overhead`: the options (and their --tiny values), the stack, each
path with each worker class in alternating order, then the tables. Its --help is the package's
docstring (bench/async_overhead/__init__.py).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import redis

from bench import async_overhead, cli
from bench.async_overhead.bare_path import run_bare, setup_django
from bench.async_overhead.constants import PATHS, PDF, QUESTION, SETTINGS, SIMPLE_WORKER
from bench.async_overhead.full_path import run_full
from bench.async_overhead.measurement import Run, Settings
from bench.async_overhead.report import report, short
from bench.async_overhead.worker import configured_worker_class
from bench.stack import ROOT, manage, running_stack, start_web, warm_up

# --tiny: a few jobs through one worker class (the configured one), BM25 alone (no model to load).
TINY = {"jobs": 3, "gunicorn_workers": 1, "timeout": 60}
TINY_SETTINGS = {"EMBEDDINGS_BACKEND": "none"}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = cli.parser(async_overhead.__doc__)
    parser.prog = "async_overhead.py"  # the usage line as before the split (argparse would say __main__.py)
    add = parser.add_argument
    add("--jobs", type=int, default=200, help="jobs per measurement (default 200)")
    add("--repeat", type=int, default=1, help="measurements per path and worker class; medians shown (default 1)")
    add("--concurrency", type=int, default=1, help="client threads POSTing /chat/async (default 1: sequential)")
    add("--poll", type=float, default=0.01, help="seconds between status checks of a job (default 0.01)")
    add(
        "--worker-class",
        action="append",
        dest="worker_classes",
        metavar="DOTTED.PATH",
        help=f"RQ worker class; repeatable (default: the configured one, then {SIMPLE_WORKER}; --tiny: the first)",
    )
    add("--gunicorn-workers", type=int, default=2, help="gunicorn -w (default 2, as make run)")
    add(
        "--pdf",
        type=Path,
        nargs="+",
        default=[PDF],
        help=f"PDFs ingested before measuring (default: {PDF.relative_to(ROOT)})",
    )
    add("--question", default=QUESTION, help="what every job asks; the PDF must answer it")
    add("--expect-backend", default="extractive", help="backend every answer must come from (default extractive)")
    add("--timeout", type=float, default=120, help="seconds one measurement may take (default 120)")
    add("--keep", action="store_true", help="keep the temporary directory (logs, database) for inspection")
    args = cli.parse(parser, argv, TINY)
    if min(args.jobs, args.repeat, args.concurrency, args.gunicorn_workers) < 1 or args.poll < 0:
        parser.error("--jobs, --repeat, --concurrency and --gunicorn-workers must be >= 1, --poll >= 0")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    cfg = Settings(args.jobs, args.question, args.poll, args.timeout, args.concurrency, args.expect_backend)
    print(
        f"pdfchat async overhead: {args.jobs} jobs x {args.repeat} runs per path and worker class; "
        f"gunicorn -w {args.gunicorn_workers}, 1 rq worker, {os.cpu_count()} CPUs; "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC",
        flush=True,
    )
    runs: list[Run] = []
    began = time.monotonic()
    settings = {**SETTINGS, **(TINY_SETTINGS if args.tiny else {})}
    with running_stack(prefix="pdfchat-bench-", settings=settings, keep=args.keep) as stack:
        manage(stack, "ingest", *(str(pdf.resolve()) for pdf in args.pdf), "-v0")
        start_web(stack, args.gunicorn_workers)
        setup_django(stack.env)
        default = [configured_worker_class(), SIMPLE_WORKER][: 1 if args.tiny else 2]
        args.worker_classes = list(dict.fromkeys(args.worker_classes or default))
        width = max(len(short(wc)) for wc in args.worker_classes)
        warm_up(stack)
        with contextlib.closing(redis.Redis.from_url(stack.redis_url)) as conn:
            for round_ in range(args.repeat):
                for wc in args.worker_classes:
                    # Alternate which path goes first, so drift over the run hits both alike.
                    for path in PATHS if round_ % 2 == 0 else PATHS[::-1]:
                        run = (run_bare if path == "bare" else run_full)(stack, conn, wc, cfg)
                        runs.append(run)
                        print(
                            f"  run {round_ + 1}/{args.repeat}  {path}  {short(wc):<{width}}"
                            f"{run.seconds:6.2f} s  {run.rate:6.1f} jobs/s",
                            flush=True,
                        )
    report(runs, args)
    print(f"\n(total {time.monotonic() - began:.0f} s including set-up)")
    return 0


if __name__ == "__main__":
    cli.run(main)
