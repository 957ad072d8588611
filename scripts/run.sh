#!/usr/bin/env bash
# Start pdfchat with everything it needs: Redis (unless REDIS_URL is set), the database,
# gunicorn on :5000 (HTTP_PORT) and one RQ worker. Ctrl-C stops all of them.
source "$(dirname "$0")/bootstrap.sh" base

redis_pid=""
cleanup() { [ -n "$redis_pid" ] && kill "$redis_pid" 2>/dev/null; wait 2>/dev/null; true; }
trap cleanup EXIT INT TERM

if [ -z "${REDIS_URL:-}" ]; then
  export REDIS_URL="redis://127.0.0.1:${REDIS_PORT:-6379}/0"
  if python -c "import redis,sys; redis.Redis.from_url('$REDIS_URL').ping()" 2>/dev/null; then
    echo "==> using the Redis already answering at $REDIS_URL"
  else
    find_redis_server
    mkdir -p var/redis
    echo "==> starting $REDIS_SERVER on 127.0.0.1:${REDIS_PORT:-6379} (data in var/redis)"
    "$REDIS_SERVER" --port "${REDIS_PORT:-6379}" --bind 127.0.0.1 --dir "$PWD/var/redis" \
      --save 60 1 --appendonly no --loglevel warning &
    redis_pid=$!
    for _ in $(seq 50); do
      python -c "import redis; redis.Redis.from_url('$REDIS_URL').ping()" 2>/dev/null && break
      sleep 0.1
    done
  fi
fi

python manage.py migrate --noinput
python manage.py collectstatic --noinput -v0
echo "==> pdfchat on http://127.0.0.1:${HTTP_PORT:-5000}/docs (Ctrl-C stops everything)"
honcho start -f Procfile
