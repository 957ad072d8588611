"""The offline embedding model's throughput: passages embedded a second, the way it runs now
(EMBEDDING_THREADS runs of one thread each, one passage per run) against one run of
EMBEDDING_THREADS threads (how it ran before), side by side, on the same passages.

    python -m bench.embedding                       # 200 passages of the dev set's bash.pdf
    python -m bench.embedding --passages 400 --threads 2
    python -m bench.embedding --tiny                # 4 passages: proves it runs

Passages are cut from the PDF's text as ingestion's chunks are long (1,200 characters), and
embedded as passages (e5's "passage: "), in rounds that alternate the two ways so that a
machine busy with something else hurts both alike. The vectors of both ways are compared
too: they must agree (cosine > 0.9999), or the table says so.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence

from bench import cli
from bench.stack import ROOT, BenchError
from bench.tables import Num, Ratio, print_table

PDF = ROOT / "bench" / "data" / "pdfs" / "bash.pdf"
CHUNK_CHARS = 1200
TINY = {"passages": 4, "rounds": 1, "threads": 2}


def passages(count: int) -> list[str]:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(PDF)
    try:
        text = " ".join(pdf[n].get_textpage().get_text_range() for n in range(min(len(pdf), 80)))
    finally:
        pdf.close()
    cut = [text[start : start + CHUNK_CHARS] for start in range(0, len(text) - CHUNK_CHARS, CHUNK_CHARS)]
    if len(cut) < count:
        raise BenchError(f"{PDF.name} gives {len(cut)} passages, not {count}")
    return cut[:count]


def main(argv: Sequence[str] | None = None) -> int:
    parser = cli.parser(__doc__)
    parser.add_argument("--passages", type=int, default=200)
    parser.add_argument("--threads", type=int, default=int(os.environ.get("EMBEDDING_THREADS", "2")))
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds of each way")
    args = cli.parse(parser, argv, TINY)
    if not PDF.exists():
        raise BenchError(f"{PDF} is missing")
    import numpy as np

    from chat.backends.embeddings.e5_onnx import OnnxE5

    texts = passages(args.passages)
    ways = {
        "1 run of N threads (before)": OnnxE5(threads=args.threads, parallel_runs=False),
        "N runs of 1 thread (now)": OnnxE5(threads=args.threads),
    }
    seconds = dict.fromkeys(ways, 0.0)
    vectors = {}
    for model in ways.values():
        model.passage(texts[:2])  # warm up
    for _ in range(args.rounds):
        for name, model in ways.items():
            started = time.perf_counter()
            vectors[name] = model.passage(texts)
            seconds[name] += time.perf_counter() - started
    before, now = (vectors[name] for name in ways)
    agree = float(np.min(np.sum(before * now, axis=1)))
    before_rate, now_rate = (args.passages * args.rounds / seconds[name] for name in ways)
    print_table(
        ["model", "threads", "passages", "before /s", "now /s"],
        [["multilingual-e5-small (int8)", args.threads, args.passages, Num(before_rate, ".1f"), Num(now_rate, ".1f")]],
        ratios=[Ratio("now /s", to="before /s", title="now/before")],
        title=f"Passages of {PDF.name} embedded a second ({args.rounds} alternating rounds)",
    )
    print(f"\nvectors agree: {'yes' if agree > 0.9999 else 'NO'} (lowest cosine {agree:.6f})")
    return 0 if agree > 0.9999 else 1


if __name__ == "__main__":
    cli.run(main)
