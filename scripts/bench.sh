#!/usr/bin/env bash
# Run one benchmark of bench/ (docs/benchmarks.md): `bench.sh NAME ARGS` runs
# `python -m bench.<module> ARGS` in the project's environment, after finding (or installing)
# what it needs: redis-server for the ones that start a stack, Tesseract for the OCR ones.
# NAME is a module or package of bench/ or one of the short names the Makefile uses; without one,
# `async`. Every benchmark takes --tiny (a few documents and requests, seconds: proves it
# runs, measures nothing; tests/bench runs each one so in `make test`) and --help.
source "$(dirname "$0")/bootstrap.sh" dev
name="${1:-async}"
[ $# -gt 0 ] && shift
case "$name" in
  async) module=async_overhead ;;
  llm) module=llm_bound ;;
  *) module="${name//-/_}" ;;
esac
if { [ ! -f "bench/$module.py" ] && [ ! -f "bench/$module/__main__.py" ]; } \
  || [[ "$module" =~ ^(__init__|cli|ingest|inprocess|stack|stats|tables)$ ]]; then
  echo "bench.sh: no benchmark '$name'; one of:" >&2
  ls bench/*.py bench/*/__main__.py | sed -E 's#^bench/##; s#(/__main__)?\.py$##' | sort \
    | grep -vxE '__init__|cli|ingest|inprocess|stack|stats|tables' | sed 's/^/  /' >&2
  exit 2
fi
case "$module" in
  retrieval|followups|embedding) ;;              # the app's code in this process: nothing to start
  ocr_corpus) find_tesseract ;;
  scanned_retrieval) find_tesseract ;;
  ocr_ingestion) find_redis_server; find_tesseract ;;
  *) find_redis_server ;;
esac
exec python -m "bench.$module" "$@"
