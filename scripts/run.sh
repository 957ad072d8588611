#!/usr/bin/env bash
# Start pdfchat with everything it needs (scripts/run.py): Redis (unless REDIS_URL is set),
# the database, gunicorn on :5000 (HTTP_PORT) and the RQ workers. Ctrl-C stops all of them.
source "$(dirname "$0")/bootstrap.sh" base
if [ -z "${REDIS_URL:-}" ]; then
  find_redis_server
fi
find_tesseract
exec python scripts/run.py
