"""The Prometheus metrics pdfchat records (docs/operations.md, "Metrics"), defined once here.

A neutral module: it imports nothing from chat, so every layer may record into it. With
PROMETHEUS_MULTIPROC_DIR set (as `make run` sets it) prometheus_client writes each process's
values to files in that directory, web workers, RQ workers and work horses alike (one RQ
worker's successive horses to one set of files: share_files_as), and `GET /metrics`
(chat/web_metrics.py) adds them up; without it, each process keeps its own values in memory
and /metrics shows only the process that answers.

The gauges computed when scraped (queue depth and age, documents by status) are not here:
chat/web_metrics.py reads them from Redis and the database at each scrape.
"""

import os
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import TypeVar

from prometheus_client import Counter, Gauge, Histogram, values

T = TypeVar("T")

# The name of the files a process writes in PROMETHEUS_MULTIPROC_DIR: its pid, unless it took
# another (share_files_as). By pid, so that a forked process never writes to its parent's.
_file_names: dict[int, str] = {}


def _process_identifier() -> str:
    pid = os.getpid()
    return _file_names.get(pid, str(pid))


def share_files_as(name: str) -> None:
    """From now on this process writes to the files of `name`, carrying on the values a process
    of that name left there, instead of files of its own pid. For RQ's work horses (a new
    process per job, chat/queue/worker.py): by pid, their files would pile up, one set per job,
    and every scrape would read them all. Only for processes that never run at the same time
    as another of the same name: two processes writing one file lose counts."""
    _file_names[os.getpid()] = re.sub(r"[^A-Za-z0-9.-]", "-", name)  # "_" separates a file name's parts


# Before any metric is made: every value of this module's metrics is named by the function above.
if values.ValueClass._multiprocess:  # PROMETHEUS_MULTIPROC_DIR is set
    values.ValueClass = values.MultiProcessValue(process_identifier=_process_identifier)

# Seconds: from a fast page to a long answer of a slow model.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)

HTTP_REQUESTS = Counter(
    "pdfchat_http_requests", "HTTP requests answered, by URL route template", ["route", "method", "status"]
)
HTTP_DURATION = Histogram(
    "pdfchat_http_request_duration_seconds",
    "Time to the response (a stream's first byte), by URL route template",
    ["route", "method"],
    buckets=LATENCY_BUCKETS,
)
ANSWERS = Counter(
    "pdfchat_answers", "Answers given, by the backend that wrote them ('none': nothing to ask)", ["backend"]
)
RETRIEVAL_DURATION = Histogram(
    "pdfchat_retrieval_duration_seconds", "Time to find an answer's passages", buckets=LATENCY_BUCKETS
)
MODEL_CALL_DURATION = Histogram(
    "pdfchat_model_call_duration_seconds", "Time of the chat model's answer call", ["backend"], buckets=LATENCY_BUCKETS
)
MODEL_ERRORS = Counter(
    "pdfchat_model_errors", "Failed answer calls to the chat model (after retries), by kind", ["kind"]
)
JOBS = Counter(
    "pdfchat_jobs", "Queued jobs started, finished, failed (for good) and retried, by kind", ["kind", "event"]
)
INGESTION_PAGES = Counter("pdfchat_ingestion_pages", "PDF pages read by ingestion")
OCR_PAGES = Counter("pdfchat_ocr_pages", "Scanned pages recognised by OCR")
VECTORS = Counter("pdfchat_vectors", "Chunk vectors computed and stored")
EVENT_STREAMS_OPEN = Gauge(
    "pdfchat_event_streams_open", "Event streams open now (answers and job events)", multiprocess_mode="livesum"
)
THROTTLED = Counter("pdfchat_throttled", "Requests refused by a rate limit, by scope", ["scope"])


def model_error_kind(exc: BaseException) -> str:
    """The `kind` label of pdfchat_model_errors (timeout, connection, rate_limit, server or
    other), from the model server's error (or the one it caused)."""
    import openai  # only when an answer failed

    cause = exc.__cause__ or exc
    if isinstance(cause, openai.APITimeoutError):  # a subclass of APIConnectionError
        return "timeout"
    if isinstance(cause, openai.APIConnectionError):
        return "connection"
    if isinstance(cause, openai.RateLimitError):
        return "rate_limit"
    if isinstance(cause, openai.APIStatusError) and cause.status_code >= 500:
        return "server"
    return "other"


@contextmanager
def model_call(backend: str, *, errors: type[BaseException] | tuple[type[BaseException], ...]) -> Iterator[None]:
    """Times a chat model's answer call and counts its failures of type `errors` (the model's,
    not an answer stopped for lost access) by kind."""
    started = time.perf_counter()
    try:
        yield
    except errors as exc:
        MODEL_ERRORS.labels(model_error_kind(exc)).inc()
        raise
    finally:
        MODEL_CALL_DURATION.labels(backend).observe(time.perf_counter() - started)


def counts_answers(answer: Callable[..., T]) -> Callable[..., T]:
    """Counts each answer the function returns by its `backend`."""

    @wraps(answer)
    def counted(*args: object, **kwargs: object) -> T:
        result = answer(*args, **kwargs)
        ANSWERS.labels(getattr(result, "backend", "unknown")).inc()
        return result

    return counted


def job_kind(task: str) -> str:
    """A task's kind label: "chat.tasks.run_ocr_batch" -> "ocr_batch"."""
    return task.rsplit(".", 1)[-1].removeprefix("run_")


def counts_job(task: Callable[..., T]) -> Callable[..., T]:
    """Counts an RQ task's runs: started, and finished if it returns (failures and retries are
    counted where they are settled, chat/queue/lifecycle.py, a killed work horse's too)."""
    kind = job_kind(task.__name__)

    @wraps(task)
    def counted(*args: object, **kwargs: object) -> T:
        JOBS.labels(kind, "started").inc()
        result = task(*args, **kwargs)
        JOBS.labels(kind, "finished").inc()
        return result

    return counted
