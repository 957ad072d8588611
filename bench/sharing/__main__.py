"""`python -m bench.sharing`: the options (and their --tiny values), then one engine in this
process or both side by side. Its --help is the package's docstring (bench/sharing/__init__.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from bench import cli, sharing
from bench.sharing.both_engines import both_engines
from bench.sharing.constants import ENGINES, PDFS, questions
from bench.sharing.one_engine import run_here
from bench.sharing.report import report

# --tiny: the Octave card (3 pages) twice, 4 questions twice, SQLite.
TINY = {"database": "sqlite", "rounds": 2, "question_rounds": 2, "pdfs": ["refcard-a4.pdf"], "questions": 4}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = cli.parser(sharing.__doc__)
    parser.prog = "sharing.py"  # the usage line as before the split
    parser.add_argument("--database", choices=[*ENGINES, "both"], default="both")
    parser.add_argument("--rounds", type=int, default=10, help="upload rounds of every PDF (default 10)")
    parser.add_argument("--question-rounds", type=int, default=5, help="rounds of the questions (default 5)")
    parser.add_argument("--pdfs", nargs="+", default=PDFS, metavar="PDF", help="dev PDFs to upload (default all)")
    parser.add_argument("--questions", type=int, help="ask only the first N dev questions about them")
    parser.add_argument("--json", type=Path, help="also write the measurements to this file")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)  # both_engines' run of one
    args = cli.parse(parser, argv, TINY)
    if unknown := set(args.pdfs) - set(PDFS):
        parser.error(f"--pdfs: not in bench/data/pdfs: {', '.join(sorted(unknown))}")
    if not questions(args.pdfs, args.questions):
        parser.error("no dev questions about these PDFs")
    if args.rounds < 1 or args.question_rounds < 1:
        parser.error("--rounds and --question-rounds: at least 1")
    if args.database == "both":
        return both_engines(argv, args)
    run = run_here(args, args.database)
    if args.json:
        args.json.write_text(json.dumps(asdict(run)))
    if args.child:  # both_engines prints the table
        return 0
    return report({args.database: run}, tiny=args.tiny)


if __name__ == "__main__":
    cli.run(main)
