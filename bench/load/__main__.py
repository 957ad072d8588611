"""`python -m bench.load`: the options (and their --tiny values), one run or, with
--compare-metrics, one per metrics mode and their comparison. Its --help is the package's
docstring (bench/load/__init__.py).
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Sequence
from datetime import UTC, datetime

from bench import cli, load
from bench.load.constants import SETTINGS
from bench.load.metrics_comparison import METRICS_MODES, print_comparison
from bench.load.run import run

# --tiny: a handful of submissions, BM25 alone (no model to load in the worker).
TINY = {"submissions": 8, "clients": 2, "gunicorn_workers": 1, "timeout": 60, "pollers": 2}
TINY_SETTINGS = {"EMBEDDINGS_BACKEND": "none"}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = cli.parser(load.__doc__)
    parser.prog = "load.py"  # the usage line as before the split (argparse would say __main__.py)
    add = parser.add_argument
    add("--submissions", type=int, default=1000, help="POST /chat/async requests (default 1000)")
    add("--clients", type=int, default=50, help="concurrent client threads (default 50)")
    add("--gunicorn-workers", type=int, default=2, help="gunicorn -w (default 2, as make run)")
    add("--rq-workers", type=int, default=1, help="`manage.py rqworker chat` processes (default 1)")
    add(
        "--worker-class",
        metavar="DOTTED.PATH",
        help="rqworker --worker-class (default: the configured one, settings.RQ['WORKER_CLASS'])",
    )
    add("--timeout", type=float, default=900, help="seconds from the first submission to drain all (default 900)")
    add("--pollers", type=int, default=4, help="threads polling GET /chat/jobs/{id} (default 4)")
    add("--poll-window", type=int, default=64, help="most unfinished jobs polled per round (default 64)")
    add("--poll-interval", type=float, default=0.2, help="pause after a round that found unfinished jobs (default 0.2)")
    add(
        "--compare-metrics",
        action="store_true",
        help="the same load with metrics on (PROMETHEUS_MULTIPROC_DIR) and off (METRICS_ENABLED=false), side by side",
    )
    add("--keep", action="store_true", help="keep the temporary directory (logs, database) for inspection")
    args = cli.parse(parser, argv, TINY)
    if min(args.submissions, args.clients, args.gunicorn_workers, args.rq_workers, args.pollers, args.poll_window) < 1:
        parser.error("counts must be >= 1")
    if args.timeout <= 0 or args.poll_interval < 0:
        parser.error("--timeout must be > 0 and --poll-interval >= 0")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    print(
        f"pdfchat load test: {args.submissions} POST /chat/async from {args.clients} clients; "
        f"gunicorn -w {args.gunicorn_workers}, {args.rq_workers} rq worker(s)"
        f"{f' ({args.worker_class})' if args.worker_class else ''}, {os.cpu_count()} CPUs; "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC\n"
        "token auth on; throttling OFF (THROTTLE_CHAT='', THROTTLE_UPLOAD=''); retries off; "
        "offline extractive backend (no OPENAI_*)",
        flush=True,
    )
    began = time.monotonic()
    settings = {**SETTINGS, **(TINY_SETTINGS if args.tiny else {})}
    if not args.compare_metrics:
        status = run(args, settings)
    else:
        results: dict[str, dict[str, float | None]] = {}
        status = 0
        for mode, extra in METRICS_MODES.items():
            print(f"\n=== {mode} ===", flush=True)
            results[mode] = {}
            status |= run(args, {**settings, **extra}, measures=results[mode], multiprocess=mode == "metrics on")
        print_comparison(results)
    print(f"(total {time.monotonic() - began:.0f} s including set-up)")
    return status


if __name__ == "__main__":
    cli.run(main)
