#!/usr/bin/env bash
# Run the whole test suite: lint, then pytest (which starts its own redis-server, RQ
# workers, gunicorn and OpenAI-protocol stub on loopback). Extra arguments go to pytest.
source "$(dirname "$0")/bootstrap.sh" dev
find_redis_server
echo "==> ruff"
ruff check .
ruff format --check .
echo "==> pytest"
exec pytest "$@"
