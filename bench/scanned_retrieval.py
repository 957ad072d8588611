"""Retrieval on scanned copies of dev PDFs against their text originals: what OCR costs.

    python -m bench.scanned_retrieval                       # shared-mime-info-spec.pdf and refcard-a4.pdf
    python -m bench.scanned_retrieval --pdfs bash.pdf --dpi 200
    python -m bench.scanned_retrieval --tiny                # the Octave card's 3 pages: proves it runs

Each chosen dev PDF (bench/data/pdfs) is copied twice into a temporary folder: as it is, and
as a scan (tests/support/pdfs.py `scanned_copy`: every page replaced by a grey picture of
itself at --dpi, no text layer). bench.retrieval then ingests each folder into a fresh
SQLite database, through the app's ingestion (OCR with the configured engine,
OCR_LANGUAGES), and asks the dev questions of those PDFs. The table puts hit@1, hit@5, MRR and keyword coverage
of both side by side (the text original is the baseline), with the time ingestion took.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench import cli
from bench.retrieval import SUMMARY_HEADER
from bench.stack import ROOT, BenchError
from bench.tables import Num, Ratio, print_table

DATA = ROOT / "bench" / "data"
METRICS = ("hit@1", "hit@5", "MRR", "keywords")
# --tiny: one 3-page PDF scanned coarsely, OCR at a low resolution, BM25 alone.
TINY = {"pdfs": ["refcard-a4.pdf"], "dpi": 72}
TINY_ENV = {"OCR_DPI": "100", "EMBEDDINGS_BACKEND": "none"}


def main(argv: Sequence[str] | None = None) -> int:
    from tests.support.pdfs import scanned_copy

    parser = cli.parser(__doc__)
    parser.add_argument("--pdfs", nargs="+", default=["shared-mime-info-spec.pdf", "refcard-a4.pdf"])
    parser.add_argument("--dpi", type=int, default=200, help="the scans' resolution (default 200)")
    args = cli.parse(parser, argv, TINY)
    env = {**os.environ, **(TINY_ENV if args.tiny else {})}

    questions = [q for q in map(json.loads, (DATA / "dev_questions.jsonl").open()) if q["pdf"] in args.pdfs]
    if not questions:
        raise BenchError(f"no dev questions about {args.pdfs}")
    metrics: dict[str, dict[str, str]] = {}
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="pdfchat-scanned-") as tmp:
        work = Path(tmp)
        (work / "questions.jsonl").write_text("".join(json.dumps(q) + "\n" for q in questions))
        for copy in ("text", "scanned"):
            folder = work / copy
            folder.mkdir()
            for name in args.pdfs:
                if copy == "text":
                    (folder / name).write_bytes((DATA / "pdfs" / name).read_bytes())
                else:
                    scanned_copy(DATA / "pdfs" / name, folder / name, dpi=args.dpi)
            started = time.perf_counter()
            metrics[copy] = run_retrieval(folder, work / "questions.jsonl", work / f"{copy}.json", env)
            seconds[copy] = time.perf_counter() - started
    # One row per measure, the copies side by side: the scan against its text original.
    rows = [[m, *(Num(float(metrics[copy][m]), ".3f") for copy in ("text", "scanned"))] for m in METRICS]
    rows.append(["run time, s", Num(seconds["text"], ".0f"), Num(seconds["scanned"], ".0f")])
    print_table(
        ["measure", "text", "scanned"],
        rows,
        ratios=[Ratio("scanned", to="text")],
        title=f"{', '.join(args.pdfs)} ({len(questions)} questions); scans at {args.dpi} dpi, OCR by the app's engine",
    )
    return 0


def run_retrieval(folder: Path, questions: Path, out: Path, env: dict[str, str]) -> dict[str, str]:
    """bench.retrieval on one folder, on SQLite: its one half's metrics, by name."""
    command = [sys.executable, "-m", "bench.retrieval", "--pdfs", str(folder), "--questions", str(questions),
               "--database", "sqlite", "--json", str(out)]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env, check=False)
    if done.returncode:
        print(done.stdout, done.stderr, file=sys.stderr)
        raise BenchError(f"bench.retrieval failed on {folder.name}")
    halves = json.loads(out.read_text())["halves"]
    if len(halves) != 1:
        raise BenchError(f"bench.retrieval gave {len(halves)} halves for one set of questions")
    return dict(zip(["weight", *SUMMARY_HEADER], halves[0], strict=True))


if __name__ == "__main__":
    cli.run(main)
