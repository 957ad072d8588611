"""Both engines, side by side (--database both): Django is set up once per process, so the
benchmark runs itself again as a child process per engine (`python -m bench.sharing ...
--database ENGINE --json FILE --child`) and prints their measurements in one table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from bench.sharing.constants import ENGINES
from bench.sharing.measured import Measured
from bench.sharing.report import report
from bench.stack import ROOT, BenchError


def both_engines(argv: Sequence[str], args: argparse.Namespace) -> int:
    """One process per engine (Django is set up once per process), then the table side by side."""
    runs = {}
    with tempfile.TemporaryDirectory(prefix="pdfchat-sharing-both-") as tmp:
        for engine in ENGINES:
            print(f"=== {engine}", flush=True)
            out = Path(tmp) / f"{engine}.json"
            command = [sys.executable, "-m", "bench.sharing", *argv, "--database", engine, "--json", str(out)]
            done = subprocess.run([*command, "--child"], cwd=ROOT, check=False)
            if not out.exists():
                raise BenchError(f"the {engine} run failed (exit {done.returncode})")
            runs[engine] = Measured(**json.loads(out.read_text()))
    print(f"\n=== side by side, {args.rounds} upload rounds, {args.question_rounds} question rounds")
    status = report(runs, tiny=args.tiny)
    if args.json:
        args.json.write_text(json.dumps({engine: asdict(run) for engine, run in runs.items()}, indent=1))
    return status
