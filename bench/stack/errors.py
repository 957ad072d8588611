"""How a benchmark fails: BenchError, and waiting for a condition that raises it on a timeout.

Every other module of the harness raises BenchError, and a benchmark's command line
(bench/cli.py) turns it into a non-zero exit; it lives alone so that each of them can import
it without importing the rest.
"""

from __future__ import annotations

from functools import partial

from scripts import processes


class BenchError(Exception):
    """The benchmark could not run, or what it measured went wrong: exit non-zero."""


wait_until = partial(processes.wait_until, error=BenchError)
