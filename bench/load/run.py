"""One load run on a fresh stack: set up, warm up, submit, drain, verify; its exit status.
--compare-metrics makes two, each with its own stack.
"""

from __future__ import annotations

import argparse
import threading
import time

from bench.load.drain import drain
from bench.load.stack_setup import prepare
from bench.load.submit import submit_all
from bench.load.verify import check
from bench.stack import running_stack, warm_up


def run(
    args: argparse.Namespace,
    settings: dict[str, str],
    *,
    measures: dict[str, float | None] | None = None,
    multiprocess: bool | None = None,
) -> int:
    """One load run on a fresh stack; its exit status. `multiprocess`: True sets
    PROMETHEUS_MULTIPROC_DIR (a fresh directory in the stack's) for every child, False
    removes it from their environment, None leaves the environment as it is."""
    began = time.monotonic()
    stop = threading.Event()
    try:
        with running_stack(prefix="pdfchat-load-", settings=settings, keep=args.keep) as stack:
            if multiprocess:
                (stack.tmp / "metrics").mkdir()
                stack.env["PROMETHEUS_MULTIPROC_DIR"] = str(stack.tmp / "metrics")
            elif multiprocess is False:
                stack.env.pop("PROMETHEUS_MULTIPROC_DIR", None)
            prepare(stack, args)
            print(f"set-up done in {time.monotonic() - began:.1f} s ({stack.tmp})", flush=True)
            warm_up(stack)
            deadline = time.monotonic() + args.timeout
            t0 = time.perf_counter()
            submissions = submit_all(stack, args.submissions, args.clients, deadline, stop)
            submit_seconds = time.perf_counter() - t0
            accepted = [sub.job_id for sub in submissions if sub.job_id]
            print(f"submitted {len(accepted)}/{len(submissions)} in {submit_seconds:.2f} s; draining ...", flush=True)
            drained = drain(stack, accepted, args.pollers, args.poll_window, args.poll_interval, deadline)
            print(f"drained in {drained.seconds:.2f} s after the submissions ({drained.polls} polls)", flush=True)
            return check(stack, args, submissions, submit_seconds, drained, measures)
    finally:
        stop.set()
