"""The RQ worker class `manage.py rqworker` uses (settings.RQ["WORKER_CLASS"]).

RQ's forking worker runs each job in a fresh child process: a PDF that crashes or bloats
PDFium takes only that child down, and a killed child is noticed through its heartbeat.
A cold child would import the tasks (Django, langchain, PDFium, the stemmer) for every
job, so this worker imports them in the parent before its first fork, and the children
inherit them (copy-on-write). Not when the worker starts: warmed then (the chat model's
HTTP client built), a worker pool's worker now and then ignored its stop signal, and the
first job pays the 0.8 s instead. Search needs no warming: it lives in the database.

It also takes the abandoned-job settings from Django's: RQ's defaults look for jobs whose
worker was killed only every 10 minutes, and an idle worker wakes from its blocking wait
only every 405 s (worker TTL - 15 s) to check; ours settle such a job within minutes.
(RQ's SimpleWorker, which does not fork, is no alternative: without a heartbeat it
considers a job abandoned only after the job's whole timeout.)

And it always runs RQ's scheduler, as if started with --with-scheduler: retries wait in
RQ's scheduled registry, and a plain `manage.py rqworker` would leave them there for good.
Only one worker per queue holds the scheduler lock at a time; the others skip it.
"""

import logging
import os
import socket
import time
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import connections
from rq import worker as rq_worker
from rq.job import Job
from rq.queue import Queue

logger = logging.getLogger(__name__)


class Worker(rq_worker.Worker):
    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("maintenance_interval", settings.RQ_MAINTENANCE_INTERVAL)
        kwargs.setdefault("job_monitoring_interval", settings.RQ_JOB_MONITORING_INTERVAL)
        # Wake up at least once per maintenance interval (rqworker passes 420 by default).
        wake_ttl = settings.RQ_MAINTENANCE_INTERVAL + 15
        kwargs["worker_ttl"] = min(int(kwargs.get("worker_ttl") or wake_ttl), wake_ttl)
        super().__init__(*args, **kwargs)

    def work(self, *args: object, **kwargs: object) -> bool:
        kwargs["with_scheduler"] = True
        return super().work(*args, **kwargs)

    def execute_job(self, job: Job, queue: Queue) -> None:
        warm_up()
        super().execute_job(job, queue)


def warm_up() -> None:
    """Import what jobs use here (chat/warm.py), so forked jobs start warm."""
    from chat import warm

    started = time.perf_counter()
    if warm.warm_up():
        logger.info("warmed up for jobs in %.2f s", time.perf_counter() - started)
    connections.close_all()  # a child must never share the parent's database connection


def is_alive(worker: rq_worker.Worker) -> bool:
    """Whether a registered worker still runs: RQ keeps a killed worker's entry for up to
    worker TTL + 60 s (105 s with our settings), and one stopped while Redis was away never
    deregisters. On this host its process is looked up; elsewhere its heartbeat must be
    recent: an idle worker beats every RQ_MAINTENANCE_INTERVAL, a busy one every
    RQ_JOB_MONITORING_INTERVAL."""
    if worker.hostname == socket.gethostname() and worker.pid:
        try:
            os.kill(worker.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            pass  # it exists, as another user
    if worker.last_heartbeat is None:
        return False
    beat = max(settings.RQ_MAINTENANCE_INTERVAL, settings.RQ_JOB_MONITORING_INTERVAL)
    last = worker.last_heartbeat if worker.last_heartbeat.tzinfo else worker.last_heartbeat.replace(tzinfo=UTC)
    return datetime.now(UTC) - last <= timedelta(seconds=beat + 15)
