"""Retrieval on scanned copies of dev PDFs against their text originals: what OCR costs.

    python bench/scanned_retrieval.py                       # shared-mime-info-spec.pdf and refcard-a4.pdf
    python bench/scanned_retrieval.py --pdfs bash.pdf --dpi 200

Each chosen dev PDF (bench/data/pdfs) is copied twice into a temporary folder: as it is, and
as a scan (tests/pdfs.py `scanned_copy`: every page replaced by a grey picture of itself at
--dpi, no text layer). bench/retrieval.py then ingests each folder into a fresh SQLite
database, through the app's ingestion (OCR with the configured engine, OCR_LANGUAGES), and
asks the dev questions of those PDFs. The table puts hit@1, hit@5, MRR and keyword coverage
of both side by side, with the time ingestion took.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from stack import print_table  # noqa: E402 - bench/ is first on sys.path when run as a script

from tests.pdfs import scanned_copy  # noqa: E402

DATA = ROOT / "bench" / "data"
METRICS = ("hit@1", "hit@5", "MRR", "keywords")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pdfs", nargs="+", default=["shared-mime-info-spec.pdf", "refcard-a4.pdf"])
    parser.add_argument("--dpi", type=int, default=200, help="the scans' resolution (default 200)")
    args = parser.parse_args(argv)

    questions = [q for q in map(json.loads, (DATA / "dev_questions.jsonl").open()) if q["pdf"] in args.pdfs]
    rows = [("copy", "questions", *METRICS, "ingest s")]
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
            metrics = run_retrieval(folder, work / "questions.jsonl")
            rows.append((copy, str(len(questions)), *(metrics.get(m, "-") for m in METRICS),
                         f"{time.perf_counter() - started:.0f}"))  # fmt: skip
    print(f"\n{', '.join(args.pdfs)}; scans at {args.dpi} dpi, OCR by the configured engine\n")
    print_table(rows)
    return 0


def run_retrieval(folder: Path, questions: Path) -> dict[str, str]:
    """bench/retrieval.py on one folder; the metrics of its summary line."""
    command = [sys.executable, str(ROOT / "bench" / "retrieval.py"), "--pdfs", str(folder),
               "--questions", str(questions), "--database", "sqlite"]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env={**os.environ}, check=False)
    if done.returncode:
        print(done.stdout, done.stderr, file=sys.stderr)
        raise SystemExit(f"bench/retrieval.py failed on {folder.name}")
    return parse_summary(done.stdout)


def parse_summary(output: str) -> dict[str, str]:
    """The metrics of bench/retrieval.py's "summary" row (its "per half" table)."""
    lines = output.splitlines()
    for n, line in enumerate(lines):
        if line.lstrip().startswith("summary") and n >= 2:
            header = re.split(r"\s{2,}", lines[n - 2].strip())
            values = re.split(r"\s{2,}", line.strip())
            found = dict(zip(header, values, strict=False))
            return {metric: found.get(metric, "-") for metric in METRICS}
    raise SystemExit("could not read bench/retrieval.py's output:\n" + output[-2000:])


if __name__ == "__main__":
    sys.exit(main())
