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

Ingest and vectors jobs' work horses run under an address-space cap (INGEST_MEMORY_LIMIT_MB,
RLIMIT_AS set in the forked horse): a decompression bomb fails with a readable message, as a
MemoryError or as a horse that PDFium aborted, and the worker takes the next job.
"""

import ctypes
import logging
import os
import re
import resource
import signal
import time
import traceback
from datetime import UTC, datetime

from django.conf import settings
from django.db import connections
from rq import worker as rq_worker
from rq.callbacks import execute_failure_callback
from rq.exceptions import AbandonedJobError
from rq.job import Job
from rq.job_lifecycle import call_exception_handlers
from rq.queue import Queue
from rq.timeouts import JobTimeoutException

from chat import metrics, request_ids
from chat.errors import ReadableError

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
        # The request id of the job (its meta, chat/request_ids.py) in every log line while it
        # runs: this worker's (monitoring, a killed horse's callback) and its forked horse's,
        # which inherits it. The jobs it enqueues carry it on (lifecycle._enqueue).
        with request_ids.bound(str((job.meta or {}).get(request_ids.META_KEY) or "")):
            super().execute_job(job, queue)

    def handle_work_horse_killed(self, job: Job, retpid: int, ret_val: int, rusage: object) -> None:
        """A work horse that died (SIGKILL, out of memory) never ran the job's failure callback:
        RQ retries or fails the job, but its row would stay "processing" for good. The callback
        runs here, as RQ's cleanup runs it for a job whose whole worker died."""
        super().handle_work_horse_killed(job, retpid, ret_val, rusage)
        exc = horse_death(job, ret_val, rusage)  # out of memory, or killed/crashed (AbandonedJobError)
        try:
            execute_failure_callback(job, self.death_penalty_class, type(exc), exc, None)
        except Exception:  # as RQ's cleanup: a failing callback must not take the worker down
            logger.exception("failure callback for job %s raised", job.id)

    def handle_exception(self, job: Job, *exc_info: object) -> None:
        """A ReadableError (an encrypted or broken PDF, a model server's refusal) is an
        outcome the user is shown, not a bug: one WARNING line with its message instead of
        RQ's ERROR with a traceback. Other exceptions keep RQ's traceback. The exception
        handlers run either way; the job's stored exc_info keeps the traceback."""
        if not isinstance(exc_info[1] if len(exc_info) > 1 else None, ReadableError):
            return super().handle_exception(job, *exc_info)
        self.log.warning("Worker %s: job %s failed: %s", self.name, job.id, exc_info[1])
        call_exception_handlers(self._exc_handlers, job, *exc_info)

    # --- Memory limit of ingest work horses (INGEST_MEMORY_LIMIT_MB) ----------------------------

    def main_work_horse(self, job: Job, queue: Queue) -> None:
        """In the forked work horse, before the job runs: its metrics go to the files of this
        worker's horses (one horse at a time runs, so one set of files serves them all, rather
        than a new set per job: chat/metrics.py); and for ingest and vectors jobs its address
        space is capped (RLIMIT_AS). Tesseract, started by the horse, inherits the cap."""
        metrics.share_files_as(f"horse-of-{self.pid or os.getppid()}")  # the worker's pid
        limit = memory_limit_mb(job.origin)
        if limit:
            _, hard = resource.getrlimit(resource.RLIMIT_AS)
            soft = limit << 20 if hard == resource.RLIM_INFINITY else min(limit << 20, hard)
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
        super().main_work_horse(job, queue)

    def _finalize_failure(self, job: Job, queue: Queue, execution: object, exc_info: tuple) -> None:
        """(RQ 3.0's failure path in the horse.) The failure callback gets `horse_failure`'s."""
        super()._finalize_failure(job, queue, execution, horse_failure(exc_info, limit_mb=memory_limit_mb(job.origin)))


class MemoryLimitExceeded(ReadableError):
    """A job needed more than INGEST_MEMORY_LIMIT_MB (a MemoryError, or a horse killed by it)."""

    def __init__(self, limit_mb: int) -> None:
        super().__init__(
            f"The PDF needs more memory than the limit of {limit_mb} MB to be read (INGEST_MEMORY_LIMIT_MB)."
        )


def memory_limit_mb(queue_name: str | None) -> int:
    """The address-space cap (MB) of a work horse running a job from this queue; 0: none."""
    if queue_name in (settings.INGEST_QUEUE, settings.VECTORS_QUEUE):
        return max(0, settings.INGEST_MEMORY_LIMIT_MB)
    return 0


_CTYPES_WRAPPED = re.compile(r"argument \d+: (\w+): ?(.*)", re.DOTALL)


def horse_failure(exc_info: tuple, *, limit_mb: int) -> tuple:
    """The failure a job in the horse ended with, as its callback should see it. RQ's timeout
    (or a MemoryError) raised while ctypes converted an argument for PDFium arrives as
    ctypes.ArgumentError("argument 1: JobTimeoutException: ..."): unwrapped. A MemoryError under
    a cap becomes a readable MemoryLimitExceeded, after freeing what the failed frames held."""
    _, exc, tb = exc_info
    wrapped = _CTYPES_WRAPPED.match(str(exc)) if isinstance(exc, ctypes.ArgumentError) else None
    if wrapped and wrapped[1] in ("JobTimeoutException", "MemoryError"):
        inner = JobTimeoutException(wrapped[2]) if wrapped[1] == "JobTimeoutException" else MemoryError()
        inner.__cause__, exc = exc, inner
    if limit_mb and isinstance(exc, MemoryError):
        if tb is not None:
            traceback.clear_frames(tb)
        readable = MemoryLimitExceeded(limit_mb)
        readable.__cause__, exc = exc, readable
    return exc_info if exc is exc_info[1] else (type(exc), exc, tb)


# How a work horse under the cap dies when an allocation fails: PDFium aborts (SIGABRT); a
# segfault, a bus error or the kernel's OOM killer count only if it had used half of the cap.
_OUT_OF_MEMORY_SIGNALS = (signal.SIGSEGV, signal.SIGBUS, signal.SIGKILL)


def horse_death(job: Job, ret_val: int | None, rusage: object) -> BaseException:
    """Why a work horse died without settling its job: JobTimeoutException when RQ killed it past
    the job's timeout (stuck in one long PDFium call, out of SIGALRM's reach: not worth a retry);
    MemoryLimitExceeded when it ran under a memory cap and died as an allocation failure ends;
    otherwise AbandonedJobError (killed or crashed). Never raises: the worker must live on."""
    try:
        return _horse_death(job, ret_val, rusage)
    except Exception:
        logger.exception("could not tell why the work horse of job %s died", job.id)
        return AbandonedJobError()


def _horse_death(job: Job, ret_val: int | None, rusage: object) -> BaseException:
    signum = os.WTERMSIG(ret_val) if ret_val and os.WIFSIGNALED(ret_val) else None
    ran = (datetime.now(UTC) - job.started_at).total_seconds() if job.started_at else 0
    if signum == signal.SIGKILL and job.timeout is not None and 0 < job.timeout < ran:
        return JobTimeoutException(f"Task exceeded maximum timeout value ({job.timeout} seconds)")
    limit = memory_limit_mb(job.origin)
    if not limit or signum is None:
        return AbandonedJobError()
    peak_mb = getattr(rusage, "ru_maxrss", 0) / 1024  # KB on Linux
    if signum == signal.SIGABRT or (signum in _OUT_OF_MEMORY_SIGNALS and peak_mb >= limit / 2):
        return MemoryLimitExceeded(limit)
    return AbandonedJobError()


def warm_up() -> None:
    """Import what jobs use here (chat/queue/warm.py), so forked jobs start warm."""
    from chat.queue import warm

    started = time.perf_counter()
    if warm.warm_up():
        logger.info("warmed up for jobs in %.2f s", time.perf_counter() - started)
    connections.close_all()  # a child must never share the parent's database connection
