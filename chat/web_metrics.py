"""`GET /metrics`: the Prometheus metrics of every process (docs/operations.md, "Metrics").

A plain Django view, not DRF's: the API's authentication takes every `Bearer` header for an
API token, and the scraper's token is not one. Who may scrape (docs/access.md):

- with METRICS_TOKEN set, `Authorization: Bearer <METRICS_TOKEN>` (compared in constant time);
- a signed-in staff user's session, always (the default while METRICS_TOKEN is unset: the
  counts say how busy the service is and which documents fail, not for every user);
- anyone else: 401 without credentials, 403 with others (an API token, a wrong token, a
  session that is not staff's).

With PROMETHEUS_MULTIPROC_DIR set, the values are those of every process that wrote to that
directory (MultiProcessCollector); else this process's own. The gauges of the queues and the
documents are computed here, at each scrape, from Redis and the database (`StateCollector`).

`RequestMetrics`, the middleware, counts and times each request by its URL route template
(never the raw path, whose ids would make a series each).
"""

import hmac
import logging
import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from asgiref.sync import iscoroutinefunction, markcoroutinefunction
from django.conf import settings
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_GET
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, generate_latest, multiprocess
from prometheus_client.core import GaugeMetricFamily, Metric
from redis.exceptions import RedisError
from rq.job import Job

from chat import metrics
from chat.models import Document
from chat.queue.connection import connection, get_queue

logger = logging.getLogger(__name__)


# --- The view ------------------------------------------------------------------------------


@require_GET
def metrics_view(request: HttpRequest) -> HttpResponse:
    if not settings.METRICS_ENABLED:
        raise Http404("Metrics are off (METRICS_ENABLED).")
    refused = _refusal(request)
    if refused is not None:
        return refused
    return HttpResponse(generate_latest(scrape_registry()), content_type=CONTENT_TYPE_LATEST)


def _refusal(request: HttpRequest) -> HttpResponse | None:
    """None if the caller may scrape; else the 401 or 403 to answer."""
    header = request.META.get("HTTP_AUTHORIZATION", "")
    scheme, _, credentials = header.partition(" ")
    token = settings.METRICS_TOKEN
    if token and scheme.lower() == "bearer" and hmac.compare_digest(credentials.strip().encode(), token.encode()):
        return None
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.is_staff and not header:
        return None
    if header or (user is not None and user.is_authenticated):
        return _plain(403, "Scraping /metrics needs METRICS_TOKEN as a Bearer token, or a staff session.")
    response = _plain(401, "Scraping /metrics needs METRICS_TOKEN as a Bearer token, or a staff session.")
    response["WWW-Authenticate"] = 'Bearer realm="metrics"'
    return response


def _plain(status: int, text: str) -> HttpResponse:
    return HttpResponse(text + "\n", status=status, content_type="text/plain; charset=utf-8")


def scrape_registry() -> CollectorRegistry:
    """Every process's values (multiprocess mode) or this process's, and the scrape-time gauges."""
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        multiprocess.MultiProcessCollector(registry)
    else:
        registry.register(_ThisProcess())
    registry.register(StateCollector())
    return registry


class _ThisProcess:
    """The default registry's metrics (single-process mode)."""

    def collect(self) -> Iterator[Metric]:
        yield from REGISTRY.collect()


class StateCollector:
    """Gauges read at each scrape: each queue's depth and the age of its oldest queued job
    (left out if Redis does not answer), and the documents by status."""

    def collect(self) -> Iterator[Metric]:
        depth = GaugeMetricFamily("pdfchat_queue_depth", "Jobs waiting in the queue", labels=["queue"])
        age = GaugeMetricFamily(
            "pdfchat_queue_oldest_job_age_seconds", "Age of the queue's oldest waiting job (0: empty)", labels=["queue"]
        )
        now = datetime.now(UTC)
        for name in settings.RQ_QUEUES:
            try:
                queue = get_queue(name)
                depth.add_metric([name], queue.count)
                age.add_metric([name], _oldest_age(queue, now))
            except RedisError as exc:
                logger.warning("metrics: queue %s unreadable: %s", name, exc)
        yield depth
        yield age
        documents = GaugeMetricFamily("pdfchat_documents", "Documents by status", labels=["status"])
        counts = dict(Document.objects.values_list("status").annotate(n=Count("id")).order_by())
        for status in Document.Status.values:
            documents.add_metric([status], counts.get(status, 0))
        yield documents


def _oldest_age(queue: object, now: datetime) -> float:
    ids = queue.get_job_ids(0, 1)
    if not ids:
        return 0.0
    job = Job.fetch(ids[0], connection=connection(queue.name))
    enqueued = job.enqueued_at
    if enqueued is None:
        return 0.0
    if enqueued.tzinfo is None:
        enqueued = enqueued.replace(tzinfo=UTC)
    return max(0.0, (now - enqueued).total_seconds())


# --- The middleware ---------------------------------------------------------------------------

METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}
UNMATCHED = "<unmatched>"  # a 404 for a path no pattern matches: one series for all of them


class RequestMetrics:
    """pdfchat_http_requests_total and pdfchat_http_request_duration_seconds, by the resolved
    URL pattern's route (a stream: until its response starts)."""

    sync_capable = True
    async_capable = True

    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response
        if iscoroutinefunction(get_response):
            markcoroutinefunction(self)

    def __call__(self, request: HttpRequest) -> object:
        if iscoroutinefunction(self):
            return self._acall(request)
        started = time.perf_counter()
        response = self.get_response(request)
        _record(request, response, started)
        return response

    async def _acall(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = await self.get_response(request)
        _record(request, response, started)
        return response


def _record(request: HttpRequest, response: HttpResponse, started: float) -> None:
    match = getattr(request, "resolver_match", None)
    route = str(match.route) if match is not None and match.route else UNMATCHED
    method = request.method if request.method in METHODS else "other"
    metrics.HTTP_REQUESTS.labels(route, method, str(response.status_code)).inc()
    metrics.HTTP_DURATION.labels(route, method).observe(time.perf_counter() - started)
