"""`python -m bench.retrieval`: the options (and their --tiny values), the sets chosen, then one
engine in this process or both side by side. Its --help is the package's docstring
(bench/retrieval/__init__.py).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from bench import cli, retrieval
from bench.retrieval.both_engines import compare_databases
from bench.retrieval.one_engine import run_one_engine
from bench.retrieval.sets import SETS, QuestionSet

# --tiny: the Octave card (3 pages, 12 questions) on SQLite, with the configured embeddings.
TINY = {"set": "dev", "only": ["refcard-a4.pdf"], "database": "sqlite"}


def _variation(text: str) -> tuple[str, list[float]]:
    """ "NAME=v1,v2" -> (NAME, [v1, v2]): a setting tried at several values (--vary)."""
    name, _, values = text.partition("=")
    if not name.isupper() or not values:
        raise argparse.ArgumentTypeError("write SETTING=V1,V2 (an UPPERCASE setting, numbers)")
    try:
        return name, [float(value) for value in values.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not numbers: {values}") from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = cli.parser(retrieval.__doc__)
    parser.prog = "retrieval.py"  # the usage line as before the split (argparse would say __main__.py)
    parser.add_argument("--set", choices=[*SETS, "all"], default="all", help="which question sets (default all)")
    parser.add_argument("--only", nargs="+", metavar="PDF", default=[], help="these PDFs of the sets (file names)")
    parser.add_argument("--pdfs", type=Path, help="your own folder of PDFs (instead of --set)")
    parser.add_argument("--questions", type=Path, help="with --pdfs: its questions (JSONL)")
    parser.add_argument("--off-topic", type=Path, help="with --pdfs: off-topic questions (JSONL)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every question's ranks")
    parser.add_argument("--database", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument(
        "--vector-weights",
        type=lambda text: [float(x) for x in text.split(",")],
        help="evaluate these fusion weights of the vector ranking on the same ingestion (e.g. 0,0.5,1,2; 0: BM25 only)",
    )
    parser.add_argument(
        "--vary",
        type=_variation,
        metavar="SETTING=V1,V2",
        help="evaluate a numeric setting at these values on the same ingestion (e.g. PROXIMITY_WEIGHT=0,0.2); "
        "CHUNK_SIZE and CHUNK_OVERLAP ingest the sets again for each value",
    )
    parser.add_argument("--json", type=Path, help="also write the summary (per half, speed) to this file")
    argv = list(sys.argv[1:] if argv is None else argv)
    args = cli.parse(parser, argv, TINY)
    if args.database == "both":
        return compare_databases(argv)
    if args.pdfs:
        if not args.questions:
            parser.error("--pdfs needs --questions")
        sets = [QuestionSet("own", args.pdfs, args.questions, args.off_topic, "test")]
    else:
        sets = list(SETS.values()) if args.set == "all" else [SETS[args.set]]
    sets = [replace(s, only=tuple(args.only)) for s in sets]
    missing = [s.name for s in sets if not s.pdf_paths()]
    if missing:
        parser.error(f"no PDFs in set(s) {', '.join(missing)} ({', '.join(str(s.pdfs) for s in sets)})")
    return run_one_engine(args, sets)


if __name__ == "__main__":
    cli.run(main)
