"""gunicorn settings for every way the web server is started: `make run`, a web host
(`gunicorn config.asgi:application -c config/gunicorn.py`), the tests and the benchmarks.

uvicorn workers (config/gunicorn_worker.py) serve the ASGI application (config/asgi.py):
event streams wait in each process's event loop, and the rest of the API runs as WSGI in
a pool of WEB_THREADS threads per process. An answer spends most of its time waiting for
the model server, so size it as WEB_CONCURRENCY processes (about one per core) x
WEB_THREADS threads, with each process's threads >= the concurrent answers you want to
serve: keep-alive connections stay with the process that accepted them, so the split
between processes is uneven (with 12 threads, 20 clients on 2 processes queued some
answers behind others: 8.0 answers/s against 9.7 with 16; bench/llm_bound.py). Each
thread may hold a database connection (CONN_MAX_AGE).
"""

import os

bind = f"{os.environ.get('HTTP_HOST', '0.0.0.0')}:{os.environ.get('HTTP_PORT', '5000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "config.gunicorn_worker.Worker"
# Long enough for a model's answer (OPENAI_TIMEOUT) and an upload; a stuck worker is replaced.
timeout = int(os.environ.get("WEB_TIMEOUT", "120"))
# On SIGTERM, requests in flight get this long to finish.
graceful_timeout = int(os.environ.get("WEB_GRACEFUL_TIMEOUT", "5"))
accesslog = "-"


def child_exit(server: object, worker: object) -> None:
    """A worker that exits leaves its Prometheus files in PROMETHEUS_MULTIPROC_DIR: its live
    gauges (open event streams) must stop counting; its counters stay in the totals."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
