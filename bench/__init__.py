"""pdfchat's benchmarks: each measures one thing and prints it as a table (docs/benchmarks.md).

Run one as `python -m bench.<name>` from the repository's root, or through `make bench-*`
(scripts/bench.sh, which also finds redis-server and Tesseract). Every one takes `--tiny`:
a few documents and requests, seconds, and tests/bench runs each so in `make test`, so a
benchmark that no longer works fails a test the day it breaks.

The harness, shared by all of them (one copy each, so every table means the same):

    stack.py      a private stack: redis-server, a fresh database, gunicorn, RQ workers
    inprocess.py  the app's code in this process on a throw-away database
    ingest.py     the only door into chat's ingestion (make_searchable, store_chunks)
    stats.py      percentile (nearest rank), median, mean, rate
    tables.py     the table printer, with ratio columns against a baseline run
    cli.py        --tiny, and how a benchmark's run ends (exit status, Ctrl-C, SIGTERM)

The benchmarks: async_overhead (make bench), load, retrieval, followups, scanned_retrieval,
scale, sharing, llm_bound, streaming, fairness, limits, ocr_ingestion, ocr_corpus. Experiments that
chose between alternatives are retired once decided, their numbers kept in docs/decisions/.
"""
