#!/usr/bin/env bash
# Benchmarks, each printing a table. `bench.sh [async] ARGS` measures the async chat path
# against a bare RQ loop (bench/async_overhead.py); `bench.sh load ARGS` load-tests the
# async chat path with many concurrent clients, then verifies every job (bench/load.py);
# `bench.sh retrieval ARGS` measures retrieval quality and speed (bench/retrieval.py);
# `bench.sh scale ARGS` measures one user's questions while other users' chunks pile up, on
# SQLite and PostgreSQL (bench/scale.py); `bench.sh llm ARGS` drains questions that wait for a
# slow model server with 1, 4 and 8 workers, and /chat/sync (bench/llm_bound.py); `bench.sh
# streaming ARGS` times streamed answers and holds many streams open (bench/streaming.py); `bench.sh
# fairness ARGS` times one user's paper idle and behind another user's backlog (bench/fairness.py);
# `bench.sh limits ARGS` measures the request limits and per-user caps from outside (bench/limits.py).
# `bench.sh ocr-corpus ARGS` ingests 200 real Debian PDFs without and with OCR (bench/ocr_corpus.py).
# Extra arguments go to the benchmark.
source "$(dirname "$0")/bootstrap.sh" dev
case "${1:-}" in
  retrieval) shift; exec python bench/retrieval.py "$@" ;;
  load) shift; find_redis_server; exec python bench/load.py "$@" ;;
  scale) shift; find_redis_server; exec python bench/scale.py "$@" ;;
  llm) shift; find_redis_server; exec python bench/llm_bound.py "$@" ;;
  streaming) shift; find_redis_server; exec python bench/streaming.py "$@" ;;
  fairness) shift; find_redis_server; exec python bench/fairness.py "$@" ;;
  limits) shift; find_redis_server; exec python bench/limits.py "$@" ;;
  ocr-corpus) shift; find_tesseract; exec python bench/ocr_corpus.py "$@" ;;
  async) shift ;;
esac
find_redis_server
exec python bench/async_overhead.py "$@"
