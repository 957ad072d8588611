"""The runs, each in a process of its own (`python -m bench.ocr_corpus --child RUN`): the
OCR-missing one with a PATH that has no `tesseract`, as on a host without the package; then
their rows read back and the table printed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from bench.ocr_corpus.constants import RUNS
from bench.ocr_corpus.corpus import pick
from bench.ocr_corpus.report import report
from bench.stack import ROOT, BenchError


def measure(args: argparse.Namespace, folder: Path, work: Path) -> int:
    """Both runs, each in a process of its own; then the table."""
    pdfs = pick(folder, args.pdfs)
    if not pdfs:
        raise BenchError(f"no PDFs under {folder}")
    print(f"corpus: {len(pdfs)} PDFs under {folder} ({sum(p.stat().st_size for p in pdfs) / 1e6:.0f} MB)", flush=True)
    results: dict[str, list[dict]] = {}
    seconds: dict[str, float] = {}
    listing = work / "pdfs.txt"
    listing.write_text("".join(f"{p}\n" for p in pdfs))
    for run in args.runs:
        out = work / f"{run}.jsonl"
        command = [sys.executable, "-m", "bench.ocr_corpus", "--child", run, "--list", str(listing),
                   "--out", str(out), "--dpi", str(args.dpi), "--limit-seconds", str(args.limit_seconds)]  # fmt: skip
        command += ["--verbose"] if args.verbose else []
        print(f"\n=== {RUNS[run]}", flush=True)
        started = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, env=run_environment(run, work), check=False)
        seconds[run] = time.perf_counter() - started
        if done.returncode:
            raise BenchError(f"the {RUNS[run]} run failed ({done.returncode})")
        results[run] = [json.loads(line) for line in out.read_text().splitlines()]
    report(results, seconds, len(pdfs), args.dpi)
    return 0


def run_environment(run: str, work: Path) -> dict[str, str]:
    env = {**os.environ}
    if run == "missing":
        env["PATH"] = path_without("tesseract", work / "no-tesseract")
    return env


def path_without(program: str, shadow_root: Path) -> str:
    """PATH with every folder holding `program` replaced by a copy (symlinks) without it."""
    folders = []
    for n, folder in enumerate(os.environ.get("PATH", "").split(os.pathsep)):
        if folder and (Path(folder) / program).exists():
            shadow = shadow_root / str(n)
            shadow.mkdir(parents=True)
            for entry in Path(folder).iterdir():
                if entry.name != program:
                    (shadow / entry.name).symlink_to(entry)
            folder = str(shadow)
        folders.append(folder)
    return os.pathsep.join(folders)
