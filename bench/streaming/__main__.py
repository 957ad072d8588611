"""`python -m bench.streaming`: the options (and their --tiny values), the model and the stack,
the latency and open runs of each way, then their tables and the exit status. Its --help is the
package's docstring (bench/streaming/__init__.py).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from bench import cli, streaming
from bench.stack import ROOT, BenchError, manage, running_stack, start_web, wait_until, workers_on
from bench.stats import percentile
from bench.streaming.cells import failed, later, p50, spread
from bench.streaming.clients import run_many
from bench.streaming.model import start_model
from bench.streaming.timing import KINDS
from bench.tables import Ratio, print_table
from scripts import processes

# --tiny: a few short answers, a few streams at once, 2 chat workers.
TINY = {"questions": 3, "clients": 2, "open": [4], "ramp": 0.2, "tokens": 5, "token_delay": 0.01, "chat_workers": 2}


def main(argv: Sequence[str] | None = None) -> int:
    parser = cli.parser(streaming.__doc__)
    parser.prog = "streaming.py"  # the usage line as before the split (argparse would say __main__.py)
    parser.add_argument("--questions", type=int, default=50, help="latency: questions per way (default 50)")
    parser.add_argument("--clients", type=int, default=10, help="latency: concurrent clients (default 10)")
    parser.add_argument("--open", type=int, nargs="+", default=[100, 200], help="streams at once (default 100 200)")
    parser.add_argument("--ramp", type=float, default=1.0, help="open: also open them over this many s (default 1)")
    parser.add_argument("--tokens", type=int, default=60, help="words in each answer (default 60)")
    parser.add_argument("--token-delay", type=float, default=0.05, help="seconds between words (default 0.05)")
    parser.add_argument("--chat-workers", type=int, default=8, help="rqworker-pool chat workers (default 8)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = cli.parse(parser, argv, TINY)

    model_url, stop_model = start_model(args.tokens, args.token_delay)
    try:
        settings = {
            "OPENAI_API_KEY": "bench",
            "OPENAI_BASE_URL": model_url,
            "OPENAI_TIMEOUT": "120",
            "EMBEDDINGS_BACKEND": "none",
            "API_AUTH_REQUIRED": "False",
            "CHAT_RETRY_INTERVALS": "",
            "LOG_LEVEL": "WARNING",
        }
        with running_stack(prefix="pdfchat-streaming-", settings=settings, keep=args.keep) as stack:
            manage(stack, "ingest", str(ROOT / "bench" / "data" / "pdfs" / "refcard-a4.pdf"), "-v0")
            start_web(stack, workers=2)
            stack.start("chat", processes.rqworker_command("chat", "default", workers=args.chat_workers))
            wait_until(lambda: workers_on(stack, "chat") == args.chat_workers, 60, f"{args.chat_workers} chat workers")
            latency = {kind: asyncio.run(run_many(stack, model_url, kind, args.questions, args.clients))
                       for kind in KINDS}  # fmt: skip
            opened = {
                (kind, n, ramp): asyncio.run(run_many(stack, model_url, kind, n, n, kind == "job", ramp))
                for n in args.open for ramp in (0.0, args.ramp) for kind in ("stream", "job")
            }  # fmt: skip
    finally:
        stop_model()

    answer_seconds = args.tokens * args.token_delay
    print(f"\nmodel: {args.tokens} words {args.token_delay} s apart ({answer_seconds:.1f} s an answer)")
    base = latency["model"]
    rows = []
    for kind in KINDS:
        timings = latency[kind]
        rows.append([kind, spread(timings, "first_event"), spread(timings, "first_delta"),
                     later(timings, base, "first_delta"), spread(timings, "done"), p50(timings, "done"),
                     failed(timings)])  # fmt: skip
    print_table(
        ["way", "first event p50/p95", "first delta p50/p95", "vs model", "done p50/p95", "done p50", "failed"],
        rows,
        ratios=[Ratio("done p50", row=0, title="vs model")],
        title=f"latency: {args.questions} questions from {args.clients} clients, seconds (vs model: the model's own "
        "p50 subtracted, or divided by)",
    )
    rows = []
    for (kind, n, ramp), timings in opened.items():
        first_p95 = percentile([t.first_event for t in timings], 95)
        target = "-" if n < 200 else ("met" if first_p95 is not None and first_p95 < 0.5 else "missed")
        opening = f"over {ramp:g} s" if ramp else "at once"
        rows.append([kind, n, opening, spread(timings, "first_event", with_max=True),
                     spread(timings, "first_delta"), spread(timings, "done"), f"{n - failed(timings)}/{n}",
                     target])  # fmt: skip
    print_table(
        ["way", "streams", "opened", "first event p50/p95/max", "first delta p50/p95", "done p50/p95", "done",
         "target"],
        rows,
        title="open streams at once, seconds (target: 200 with the first event p95 < 0.5 s)",
    )  # fmt: skip
    problems = [t.error for group in (*latency.values(), *opened.values()) for t in group if t.error]
    if problems:
        raise BenchError(f"{len(problems)} streams failed, e.g. {problems[0]}")
    return 0


if __name__ == "__main__":
    cli.run(main)
