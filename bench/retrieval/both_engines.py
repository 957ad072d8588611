"""Both engines, side by side (--database both): Django is set up once per process, so the
benchmark runs itself again as a child process per engine (`python -m bench.retrieval
--database ENGINE --json FILE`) and prints their summaries together.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench.retrieval.evaluation import SUMMARY_HEADER
from bench.stack import ROOT
from bench.tables import Num, Ratio, print_table


def compare_databases(argv: Sequence[str]) -> int:
    """Run once per engine (a process each: Django is set up once per process), then side by side."""
    summaries = {}
    with tempfile.TemporaryDirectory(prefix="pdfchat-retrieval-both-") as tmp:
        for database in ("sqlite", "postgres"):
            print(f"=== {database}", flush=True)
            out = Path(tmp) / f"{database}.json"
            command = [sys.executable, "-m", "bench.retrieval", *argv, "--database", database, "--json", str(out)]
            done = subprocess.run(command, cwd=ROOT, check=False)
            if done.returncode != 0:
                return done.returncode
            summaries[database] = json.loads(out.read_text())
    rows = [[database, *row] for database, summary in summaries.items() for row in summary["halves"]]
    print_table(["database", "weight", *SUMMARY_HEADER], rows, left=4, title="=== side by side")
    measures = (
        ("ingestion, text searchable, pages/s", "text_pages_per_s", ".0f"),
        ("ingestion with vectors, pages/s", "vector_pages_per_s", ".1f"),
        ("search latency median, ms", "latency_ms", ".2f"),
    )
    print_table(
        ["measure", "sqlite", "postgres"],
        [[name, *(Num(summaries[db][key], spec) for db in ("sqlite", "postgres"))] for name, key, spec in measures],
        ratios=[Ratio("postgres", to="sqlite")],
    )
    same = summaries["sqlite"]["halves"] == summaries["postgres"]["halves"]
    print(f"\nengines agree: {'yes' if same else 'NO'}")
    return 0
