"""What every benchmark's command line shares: `--tiny`, and how a run ends.

`--tiny` runs the benchmark's whole code path on a few documents and requests, in seconds:
tests/bench runs each one so that a benchmark that no longer works fails a test instead of
waiting for the next person who wants its numbers. A tiny run's numbers mean nothing; its
table and exit status do. The tiny values are defaults, so an option given explicitly
still wins (`--tiny --jobs 10`).

A benchmark's `main(argv)` returns its exit status; `run(main)` is its `__main__`:

    if __name__ == "__main__":
        run(main)

It turns SIGTERM and SIGHUP into SystemExit (so that `with running_stack(...)` tears the
stack down as on Ctrl-C), prints a BenchError as "FAILED: ..." with exit status 1, and an
interrupt as 130.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Callable, Mapping, Sequence
from types import FrameType
from typing import Any

from bench.stack import BenchError

TINY_HELP = "a few documents and requests, in seconds: proves the benchmark runs (tests/bench), measures nothing"


def parser(doc: str | None) -> argparse.ArgumentParser:
    """An argument parser whose --help is the benchmark's docstring."""
    return argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)


def parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None, tiny: Mapping[str, Any]) -> argparse.Namespace:
    """Parse `argv` with a `--tiny` option whose defaults are `tiny` (argparse dests)."""
    parser.add_argument("--tiny", action="store_true", help=TINY_HELP)
    argv = list(sys.argv[1:] if argv is None else argv)
    known, _ = parser.parse_known_args(argv)
    if known.tiny:
        unknown = set(tiny) - {action.dest for action in parser._actions}
        if unknown:
            raise ValueError(f"tiny defaults for options the parser does not have: {sorted(unknown)}")
        parser.set_defaults(**tiny)
    return parser.parse_args(argv)


def _exit_on_signal(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def exit_on_termination() -> None:
    """Turn SIGTERM and SIGHUP into SystemExit, so that the stack is torn down as on Ctrl-C."""
    signal.signal(signal.SIGTERM, _exit_on_signal)
    signal.signal(signal.SIGHUP, _exit_on_signal)


def run(main: Callable[[], int]) -> None:
    """Run a benchmark's `main` as a program and exit with its status (see the module's docstring)."""
    exit_on_termination()
    try:
        status = main()
    except BenchError as exc:
        print(f"\nFAILED: {exc}", file=sys.stderr, flush=True)
        status = 1
    except KeyboardInterrupt:
        print("\ninterrupted; everything the benchmark started has been stopped", file=sys.stderr)
        status = 130
    sys.exit(status)
