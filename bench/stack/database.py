"""A stack's fresh SQLite database and collected static files, made once and then copied.

Migrating and collecting static files take seconds per stack; this module keys a cache in
var/bench/cache/ by the sources they are made from, so most stacks only copy a file.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
import tempfile
from pathlib import Path

from bench.stack.children import Stack
from bench.stack.commands import _manage_all
from scripts.processes import ROOT

# What a fresh SQLite database and the collected static files are made from: when none of these
# files changed, a copy of the last ones made is the same as making them again.
SCHEMA_SOURCES = ("chat/migrations", "chat/static", "config", "requirements")
CACHE = ROOT / "var" / "bench" / "cache"


def _schema_key() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for source in SCHEMA_SOURCES:
        for path in sorted((ROOT / source).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _fresh_sqlite(stack: Stack) -> None:
    """A migrated SQLite database at `stack.db_path`, and collected static files for the stack.

    `migrate` and `collectstatic` take seconds of CPU per stack (most of a tiny run), so they
    run once per version of their sources (SCHEMA_SOURCES) into var/bench/cache/; each stack
    then copies the database and serves the static files from there (read-only).
    """
    ready = CACHE / f"stack-{_schema_key()}"
    if not (ready / "db.sqlite3").exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        build = Path(tempfile.mkdtemp(prefix="building-", dir=CACHE))
        env = {**stack.env, "DATABASE_URL": f"sqlite:///{build / 'db.sqlite3'}", "STATIC_ROOT": str(build / "static")}
        try:
            _manage_all(
                env, stack.tmp / "manage.log", [["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]]
            )
            build.rename(ready)  # atomic; another benchmark may have been quicker
        except OSError:
            pass
        finally:
            shutil.rmtree(build, ignore_errors=True)
    for suffix in ("", "-wal"):
        if (ready / f"db.sqlite3{suffix}").exists():
            shutil.copyfile(ready / f"db.sqlite3{suffix}", stack.db_path.with_name(stack.db_path.name + suffix))
    stack.env["STATIC_ROOT"] = str(ready / "static")
