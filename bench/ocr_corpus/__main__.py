"""`python -m bench.ocr_corpus`: the options (and their --tiny values), then the corpus and the
runs; `--child` is one run, in the process the parent started for it. Its --help is the
package's docstring (bench/ocr_corpus/__init__.py).
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench import cli, ocr_corpus
from bench.ocr_corpus.constants import APP_DPI, PACKAGES, RUNS
from bench.ocr_corpus.corpus import fetch_corpus, tiny_corpus
from bench.ocr_corpus.one_run import child
from bench.ocr_corpus.runs import measure
from bench.stack import ROOT

# --tiny: a corpus of 4 small PDFs made here, OCR at a low resolution.
TINY = {"dpi": 100}


def main(argv: Sequence[str] | None = None) -> int:
    parser = cli.parser(ocr_corpus.__doc__)
    parser.prog = "ocr_corpus.py"  # the usage line as before the split
    parser.add_argument("--pdfs", type=int, default=200, help="how many PDFs (default 200)")
    parser.add_argument("--dir", type=Path, help="use the PDFs in this folder (recursively) instead of downloading")
    parser.add_argument("--cache", type=Path, default=ROOT / "var" / "bench" / "debian-pdfs")
    parser.add_argument("--packages", nargs="+", default=PACKAGES, help="Debian packages whose PDFs make the corpus")
    parser.add_argument("--dpi", type=int, default=APP_DPI, help=f"OCR_DPI of the runs (default {APP_DPI}, the app's)")
    parser.add_argument("--runs", nargs="+", choices=list(RUNS), default=list(RUNS))
    parser.add_argument("--limit-seconds", type=float, default=600, help="per run: start no PDF after this")
    parser.add_argument("-v", "--verbose", action="store_true", help="a line per PDF")
    parser.add_argument("--child", choices=list(RUNS), help=argparse.SUPPRESS)
    parser.add_argument("--list", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = cli.parse(parser, argv, TINY)
    if args.child:
        return child(args)
    with tempfile.TemporaryDirectory(prefix="pdfchat-ocr-corpus-") as tmp:
        work = Path(tmp)
        folder = tiny_corpus(work / "corpus") if args.tiny else args.dir or fetch_corpus(args.cache, args.packages)
        return measure(args, folder, work)


if __name__ == "__main__":
    cli.run(main)
