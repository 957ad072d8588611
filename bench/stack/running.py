"""running_stack: the `with` block that starts a stack and always tears it down.

It puts the other modules together (Redis, the database, the environment) and owns the
teardown: children stopped, the database server left, the folder removed, also on Ctrl-C or
an exception, with the last lines of every log printed on a BenchError.
"""

from __future__ import annotations

import contextlib
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from bench.stack.children import Stack
from bench.stack.commands import _manage_all
from bench.stack.database import _fresh_sqlite
from bench.stack.environment import child_env
from bench.stack.errors import BenchError
from scripts import processes
from scripts.processes import free_port


@contextlib.contextmanager
def running_stack(
    *,
    prefix: str,
    settings: Mapping[str, str],
    keep: bool,
    database: Callable[[Path], contextlib.AbstractContextManager[str]] | None = None,
) -> Iterator[Stack]:
    """Start Redis, migrate a fresh database and collect static files; stop everything after.

    `prefix` names the temporary directory, `settings` are the benchmark's own environment
    variables for the children (see child_env), `keep` keeps the directory (logs, database).
    `database`, if given, is called with the temporary directory and returns a context
    manager whose value is the DATABASE_URL of every child (a server it starts there, for
    example); it is entered before `migrate` and left after every child has stopped.
    Without it the database is a fresh SQLite file, `Stack.db_path`.
    """
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    http_port = free_port()
    db_path = tmp / "db.sqlite3"
    env = child_env(tmp, db_path, "", settings)
    stack = Stack(tmp, env, "", f"http://127.0.0.1:{http_port}", db_path)
    resources = contextlib.ExitStack()
    try:
        if database is not None:
            env["DATABASE_URL"] = resources.enter_context(database(tmp))
        server, redis_url = processes.start_redis(
            data_dir=tmp / "redis", log=tmp / "redis-server.log", error=BenchError
        )
        stack.processes.append(server)
        stack.redis_url = env["REDIS_URL"] = redis_url
        if database is None:
            _fresh_sqlite(stack)
        else:  # migrate and collectstatic are independent of each other: at once
            commands = [["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]]
            _manage_all(stack.env, tmp / "manage.log", commands)
        yield stack
    except BenchError:
        for log in sorted(tmp.glob("*.log")):
            lines = log.read_text(errors="replace").splitlines()[-25:]
            print(f"\n--- {log.name} (last lines) ---\n" + "\n".join(lines), file=sys.stderr)
        raise
    finally:
        # A second Ctrl-C must not cut the teardown short (it is bounded: SIGKILL after 15 s).
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            stack.stop_all()
        finally:
            resources.close()  # the database (a server) only once nothing uses it
        if keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
        signal.signal(signal.SIGINT, previous)
