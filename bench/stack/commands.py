"""Running `manage.py` commands for a stack, one or several at once, logged to its folder.

Migrations, static files, ingestion and API users all go through manage.py with the stack's
environment; one function runs them, logs both streams and turns a failure into BenchError.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from bench.stack.children import Stack
from bench.stack.errors import BenchError
from scripts.processes import ROOT


def manage(stack: Stack, *command: str) -> str:
    """Run `manage.py COMMAND` with the stack's environment and wait; returns its stdout.

    Both streams also go to `<tmp>/manage.log`; a non-zero exit raises BenchError.
    """
    return _manage_all(stack.env, stack.tmp / "manage.log", [list(command)])[0]


def _manage_all(env: Mapping[str, str], log_path: Path, commands: Sequence[Sequence[str]]) -> list[str]:
    """Run several `manage.py` commands at once (they must not depend on each other); their stdouts."""
    with log_path.open("ab") as log:
        running = [
            subprocess.Popen(
                [sys.executable, "manage.py", *command], cwd=ROOT, env=dict(env), stdout=subprocess.PIPE, stderr=log
            )
            for command in commands
        ]
        outputs = [child.communicate()[0] for child in running]
        for output in outputs:
            log.write(output)
    for command, child in zip(commands, running, strict=True):
        if child.returncode:
            raise BenchError(f"manage.py {command[0]} failed (exit {child.returncode}); see {log_path}")
    return [output.decode(errors="replace") for output in outputs]
