"""A private, throw-away pdfchat stack for the benchmarks that drive the whole app over HTTP.

    with running_stack(prefix="pdfchat-x-", settings={"API_AUTH_REQUIRED": "False"}, keep=False) as stack:
        manage(stack, "ingest", "some.pdf", "-v0")         # whatever else the benchmark needs
        start_web(stack, workers=2)                        # gunicorn, once it answers
        stack.start("worker", processes.rqworker_command("chat"))
        ...                                                # measure against stack.base_url

Everything runs on loopback ports and in a temporary directory: a private redis-server, a
fresh database (a copy of a migrated SQLite file, or a server that `database` starts, then
migrated), collected static files and child processes, each in its own session and logging
to a file there. The commands are the ones `make run` and the tests use
(scripts/processes.py), so a benchmark measures what is deployed. All is torn down when the
`with` block ends, also on Ctrl-C or an exception; on a BenchError the last lines of every
log are printed first.

Import from `bench.stack`; one module each concern: `errors` (BenchError, wait_until),
`children` (the Stack, stopping a child, proc_status_kb), `environment` (child_env),
`commands` (manage), `database` (the cached fresh SQLite file), `users` (api_users), `web`
(start_web, warm_up, workers_on) and `running` (running_stack, which puts them together).
"""

from __future__ import annotations

from bench.stack.children import Stack, proc_status_kb
from bench.stack.commands import manage
from bench.stack.environment import MODELS_DIR as MODELS_DIR  # for bench/inprocess.py, outside __all__
from bench.stack.errors import BenchError, wait_until
from bench.stack.running import running_stack
from bench.stack.users import api_users
from bench.stack.web import start_web, warm_up, workers_on
from scripts.processes import ROOT, Process, free_port

__all__ = [
    "ROOT",
    "BenchError",
    "Process",
    "Stack",
    "api_users",
    "free_port",
    "manage",
    "proc_status_kb",
    "running_stack",
    "start_web",
    "wait_until",
    "warm_up",
    "workers_on",
]
