"""The request id (chat/request_ids.py): taken from X-Request-ID or made, returned on every
response, in the log records of the request, in the jobs it enqueues, and as JSON lines."""

import asyncio
import io
import json
import logging

import django_rq
import pytest
from django.conf import settings as django_settings
from django.http import StreamingHttpResponse
from django.test import RequestFactory
from rest_framework.test import APIClient

from chat import request_ids
from chat.models import ChatJob, Document
from tests.support.pdfs import REFCARD

pytestmark = pytest.mark.django_db


class Records(logging.Handler):
    """Collects records, with the filter the configured handlers have."""

    def __init__(self) -> None:
        super().__init__()
        self.addFilter(request_ids.RequestIdFilter())
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def records() -> Records:
    handler = Records()
    root = logging.getLogger()
    root.addHandler(handler)
    yield handler
    root.removeHandler(handler)


def test_a_sane_id_is_echoed():
    response = APIClient().get("/health", HTTP_X_REQUEST_ID="abc-123_x.y:z")
    assert response["X-Request-ID"] == "abc-123_x.y:z"


@pytest.mark.parametrize("given", ["a" * 129, "has space", "semi;colon", "é", "new\nline", ""])
def test_an_insane_id_is_replaced(given):
    response = APIClient().get("/health", HTTP_X_REQUEST_ID=given)
    made = response["X-Request-ID"]
    assert made != given and len(made) == 32 and int(made, 16) >= 0


def test_the_longest_sane_id_is_kept():
    assert APIClient().get("/health", HTTP_X_REQUEST_ID="a" * 128)["X-Request-ID"] == "a" * 128


def test_without_one_an_id_is_made_per_request():
    first, second = (APIClient().get("/health")["X-Request-ID"] for _ in range(2))
    assert len(first) == 32 and first != second


@pytest.mark.parametrize("path", ["/", "/no-such-page", "/chat/jobs/not-a-job", "/metrics"])
def test_pages_errors_and_refusals_carry_it(path):
    response = APIClient().get(path, HTTP_X_REQUEST_ID="rid-1")
    assert response["X-Request-ID"] == "rid-1", response.status_code


def test_log_records_of_the_request_carry_it(records):
    response = APIClient().get("/no-such-page", HTTP_X_REQUEST_ID="rid-logged")
    assert response.status_code == 404
    [not_found] = [r for r in records.records if r.name == "django.request"]
    assert not_found.request_id == "rid-logged"
    logging.getLogger("chat").warning("after the request")
    assert records.records[-1].request_id == "-"


def test_the_configured_handlers_add_it():
    assert "request_id" in django_settings.LOGGING["formatters"]["plain"]["format"]
    for handler in logging.getLogger().handlers:
        if type(handler) is logging.StreamHandler:
            assert any(isinstance(f, request_ids.RequestIdFilter) for f in handler.filters)
            assert "request_id" in handler.formatter._fmt
            break
    else:
        pytest.fail("no console handler on the root logger")


def test_an_async_stream_carries_it_while_it_streams():
    seen = []

    async def events():
        seen.append(request_ids.current())
        yield b"data: 1\n\n"
        seen.append(request_ids.current())

    async def view(request):
        return StreamingHttpResponse(events())

    async def serve() -> tuple:
        middleware = request_ids.RequestIdMiddleware(view)
        response = await middleware(RequestFactory().get("/stream", HTTP_X_REQUEST_ID="rid-stream"))
        outside = request_ids.current()
        return response, outside, [chunk async for chunk in response]

    response, outside, chunks = asyncio.run(serve())
    assert response["X-Request-ID"] == "rid-stream" and outside == ""
    assert chunks == [b"data: 1\n\n"] and seen == ["rid-stream", "rid-stream"]


def test_a_sync_stream_carries_it_while_it_streams():
    seen = []

    def events():
        seen.append(request_ids.current())
        yield b"x"
        seen.append(request_ids.current())

    middleware = request_ids.RequestIdMiddleware(lambda request: StreamingHttpResponse(events()))
    response = middleware(RequestFactory().get("/", HTTP_X_REQUEST_ID="rid-sync"))
    assert request_ids.current() == ""
    assert list(response) == [b"x"] and seen == ["rid-sync", "rid-sync"]


def test_chat_async_stores_it_in_the_row_and_the_rq_job(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = APIClient().post("/chat/async", {"message": "hi"}, format="json", HTTP_X_REQUEST_ID="rid-job")
    assert response.status_code == 202, response.content
    assert response["X-Request-ID"] == "rid-job"
    job_id = response.json()["job_id"]
    assert ChatJob.objects.get(id=job_id).request_id == "rid-job"
    assert django_rq.get_queue("chat").fetch_job(job_id).meta["request_id"] == "rid-job"


def test_a_made_id_is_stored_too(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = APIClient().post("/chat/async", {"message": "hi"}, format="json")
    row = ChatJob.objects.get(id=response.json()["job_id"])
    assert row.request_id == response["X-Request-ID"] and len(row.request_id) == 32


def test_an_upload_ingestion_job_carries_it(media_root, django_capture_on_commit_callbacks):
    file = io.BytesIO(REFCARD.read_bytes())
    file.name = "refcard.pdf"
    with django_capture_on_commit_callbacks(execute=True):
        response = APIClient().post("/documents", {"file": file}, format="multipart", HTTP_X_REQUEST_ID="rid-up")
    assert response.status_code == 202, response.content
    document = Document.objects.get(id=response.json()["document_id"])
    assert django_rq.get_queue("ingest").fetch_job(document.job_id).meta["request_id"] == "rid-up"


def test_a_job_enqueued_outside_a_request_has_no_id_in_meta(django_capture_on_commit_callbacks):
    from chat.selectors.access import Asker
    from chat.services.chat_jobs import submit_chat

    with django_capture_on_commit_callbacks(execute=True):
        job = submit_chat(message="hi", asker=Asker(user=None))
    assert job.request_id == ""
    assert "request_id" not in django_rq.get_queue("chat").fetch_job(str(job.id)).meta


def test_the_worker_runs_a_job_with_its_id(records, monkeypatch):
    """Worker.execute_job (chat/queue/worker.py) binds the job's id around the run."""
    from rq import Queue
    from rq.job import Job

    from chat.queue import worker as worker_module

    seen = []
    monkeypatch.setattr(worker_module, "warm_up", lambda: None)
    monkeypatch.setattr(
        worker_module.rq_worker.Worker, "execute_job", lambda self, job, queue: seen.append(request_ids.current())
    )
    queue = django_rq.get_queue("chat")
    job = Job.create("chat.tasks.run_chat", connection=queue.connection, meta={"request_id": "rid-w"})
    worker = worker_module.Worker([queue], connection=queue.connection)
    worker.execute_job(job, Queue("chat", connection=queue.connection))
    assert seen == ["rid-w"] and request_ids.current() == ""


def test_json_lines_carry_it():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(request_ids.JsonFormatter())
    handler.addFilter(request_ids.RequestIdFilter())
    log = logging.getLogger("tests.request_ids.json")
    log.addHandler(handler)
    log.propagate = False
    try:
        with request_ids.bound("rid-json"):
            log.warning("hello %s", "world")
        try:
            raise ValueError("boom")
        except ValueError:
            log.exception("failed")
    finally:
        log.removeHandler(handler)
        log.propagate = True
    first, second = (json.loads(line) for line in stream.getvalue().splitlines())
    assert first["message"] == "hello world" and first["request_id"] == "rid-json"
    assert first["level"] == "WARNING" and first["logger"] == "tests.request_ids.json"
    assert first["timestamp"] and first["process_name"] == "MainProcess" and "exc_info" not in first
    assert second["request_id"] == "-" and "ValueError: boom" in second["exc_info"]
