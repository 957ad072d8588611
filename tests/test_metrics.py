"""GET /metrics (chat/web_metrics.py, docs/operations.md "Metrics"), in this process: who may
scrape it, and each counter moving after a question, an upload (its OCR pages and vectors too),
a failed job and a throttled request. Without PROMETHEUS_MULTIPROC_DIR (as here) it shows this
process's own values."""

import asyncio
import io
import os
import shutil
import subprocess
import sys
import uuid

import pytest
from django.contrib.auth.models import User
from prometheus_client import CollectorRegistry, multiprocess
from prometheus_client.parser import text_string_to_metric_families
from rest_framework.test import APIClient
from rq import SimpleWorker

from chat import metrics
from chat.api.event_streams import _counted
from chat.models import ChatJob, Chunk
from chat.queue.connection import get_queue
from scripts.processes import ROOT
from tests.support.ingestion import ingest_inline
from tests.support.pdfs import REFCARD, REFCARD_QUESTION, scanned_copy
from tests.support.processes import child_env, run_chat_queue, wait_until

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff() -> APIClient:
    client = APIClient()
    client.force_login(User.objects.create(username="ops", is_staff=True))
    return client


def scrape(client: APIClient) -> dict[tuple[str, frozenset], float]:
    response = client.get("/metrics")
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("text/plain; version=")
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.content.decode())
        for sample in family.samples
    }


def value(samples: dict, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def moved(before: dict, after: dict, name: str, **labels: str) -> float:
    return value(after, name, **labels) - value(before, name, **labels)


# --- Who may scrape ----------------------------------------------------------------------------


def test_with_a_token_the_scraper_and_staff_get_in_and_nobody_else(settings, staff):
    settings.METRICS_TOKEN = "scrape-me"
    assert APIClient().get("/metrics").status_code == 401
    assert APIClient().get("/metrics")["WWW-Authenticate"].startswith("Bearer")
    member = APIClient()
    member.force_login(User.objects.create(username="member"))
    assert member.get("/metrics").status_code == 403
    for header in ("Bearer wrong", "Bearer scrape-me-too", "Token scrape-me", "Bearer "):
        assert APIClient().get("/metrics", HTTP_AUTHORIZATION=header).status_code == 403, header
    scraper = APIClient().get("/metrics", HTTP_AUTHORIZATION="Bearer scrape-me")
    assert scraper.status_code == 200 and b"pdfchat_documents" in scraper.content
    assert staff.get("/metrics").status_code == 200
    assert staff.post("/metrics").status_code == 405


def test_without_a_token_only_staff_get_in(settings, staff):
    settings.METRICS_TOKEN = ""
    assert APIClient().get("/metrics").status_code == 401
    assert APIClient().get("/metrics", HTTP_AUTHORIZATION="Bearer ").status_code == 403
    assert APIClient().get("/metrics", HTTP_AUTHORIZATION="Bearer anything").status_code == 403
    assert staff.get("/metrics").status_code == 200


# --- The counters move ---------------------------------------------------------------------------


def test_a_question_counts_its_request_answer_retrieval_and_model_call(staff, refcard_rows):
    before = scrape(staff)
    response = APIClient().post("/chat/sync", {"message": REFCARD_QUESTION}, format="json")
    assert response.status_code == 200 and response.json()["backend"] == "extractive"
    after = scrape(staff)
    route = "^chat/sync/?$"  # the URL pattern's route template
    assert moved(before, after, "pdfchat_http_requests_total", route=route, method="POST", status="200") == 1
    assert moved(before, after, "pdfchat_http_request_duration_seconds_count", route=route, method="POST") == 1
    assert moved(before, after, "pdfchat_answers_total", backend="extractive") == 1
    assert moved(before, after, "pdfchat_retrieval_duration_seconds_count") == 1
    assert moved(before, after, "pdfchat_model_call_duration_seconds_count", backend="extractive") == 1


def test_the_route_label_is_the_template_never_the_path(staff):
    unknown = uuid.uuid4()
    APIClient().get(f"/documents/{unknown}")
    APIClient().get(f"/no/such/page/{unknown}")
    text = staff.get("/metrics").content.decode()
    assert str(unknown) not in text
    assert 'route="^documents/(?P<document_id>[^/]+)/?$"' in text
    assert 'route="<unmatched>"' in text


def test_an_upload_counts_its_job_pages_and_documents(staff, media_root, django_capture_on_commit_callbacks):
    before = scrape(staff)
    file = io.BytesIO(REFCARD.read_bytes())
    file.name = "refcard.pdf"
    with django_capture_on_commit_callbacks(execute=True):
        assert APIClient().post("/documents", {"file": file}, format="multipart").status_code == 202
    queued = scrape(staff)
    assert value(queued, "pdfchat_queue_depth", queue="ingest") == 1
    assert value(queued, "pdfchat_queue_oldest_job_age_seconds", queue="ingest") >= 0
    assert value(queued, "pdfchat_documents", status="queued") == 1
    queues = [get_queue("ingest"), get_queue("vectors")]
    SimpleWorker(queues, connection=queues[0].connection).work(burst=True)
    after = scrape(staff)
    assert moved(before, after, "pdfchat_jobs_total", kind="ingestion", event="started") == 1
    assert moved(before, after, "pdfchat_jobs_total", kind="ingestion", event="finished") == 1
    assert moved(before, after, "pdfchat_ingestion_pages_total") == 3
    assert value(after, "pdfchat_queue_depth", queue="ingest") == 0
    assert value(after, "pdfchat_queue_oldest_job_age_seconds", queue="ingest") == 0
    assert value(after, "pdfchat_documents", status="ready") == 1
    assert value(after, "pdfchat_documents", status="failed") == 0


@pytest.mark.django_db(transaction=True)
def test_a_failed_job_counts_its_model_error_by_kind(
    staff, refcard_rows, openai_stub, django_capture_on_commit_callbacks
):
    before = scrape(staff)
    openai_stub.fail_next(500, times=5)
    with django_capture_on_commit_callbacks(execute=True):
        assert APIClient().post("/chat/async", {"message": REFCARD_QUESTION}, format="json").status_code == 202
    run_chat_queue()
    after = scrape(staff)
    assert moved(before, after, "pdfchat_jobs_total", kind="chat", event="started") == 1
    assert moved(before, after, "pdfchat_jobs_total", kind="chat", event="failed") == 1
    assert moved(before, after, "pdfchat_jobs_total", kind="chat", event="finished") == 0
    assert moved(before, after, "pdfchat_model_errors_total", kind="server") == 1
    assert moved(before, after, "pdfchat_model_call_duration_seconds_count", backend="openai") == 1


def test_a_throttled_request_counts_by_scope(settings, staff):
    settings.API_THROTTLE_RATES = {"chat": "1/day"}
    before = scrape(staff)
    codes = [APIClient().post("/chat/sync", {"message": "hi"}, format="json").status_code for _ in range(2)]
    assert codes == [200, 429]
    after = scrape(staff)
    assert moved(before, after, "pdfchat_throttled_total", scope="chat") == 1
    route = "^chat/sync/?$"
    assert moved(before, after, "pdfchat_http_requests_total", route=route, method="POST", status="429") == 1


def test_an_event_stream_is_counted_while_open():
    async def events():
        yield b"one"
        yield b"two"

    async def read() -> list[float]:
        seen = [metrics.EVENT_STREAMS_OPEN._value.get()]
        stream = _counted(events())
        await anext(stream)
        seen.append(metrics.EVENT_STREAMS_OPEN._value.get())
        await stream.aclose()  # the client went away
        seen.append(metrics.EVENT_STREAMS_OPEN._value.get())
        return seen

    start, during, end = asyncio.run(read())
    assert (during - start, end - start) == (1, 0)


# --- Multiprocess mode ----------------------------------------------------------------------------

SETUP = "import django; django.setup(); from chat import metrics; "


def in_child(code: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", SETUP + code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.django_db(transaction=True)
def test_multiprocess_mode_adds_up_every_process_and_forgets_dead_ones_live_gauges(tmp_path):
    """As under `make run`: processes write to one PROMETHEUS_MULTIPROC_DIR, a scrape adds them
    up; a dead web worker's open streams stop counting (config/gunicorn.py, child_exit)."""
    env = child_env(PROMETHEUS_MULTIPROC_DIR=str(tmp_path))
    in_child("metrics.JOBS.labels('chat', 'started').inc()", env)
    pid = in_child("import os; metrics.JOBS.labels('chat', 'started').inc(); "
                   "metrics.EVENT_STREAMS_OPEN.inc(); print(os.getpid())", env).strip()  # fmt: skip
    scraping = (
        "from prometheus_client import generate_latest; from chat.web_metrics import scrape_registry; "
        "print(generate_latest(scrape_registry()).decode())"
    )
    text = in_child(scraping, env)
    assert 'pdfchat_jobs_total{event="started",kind="chat"} 2.0' in text
    assert "pdfchat_event_streams_open 1.0" in text
    assert 'pdfchat_documents{status="ready"}' in text  # the scrape-time gauges too
    in_child(f"from prometheus_client import multiprocess; multiprocess.mark_process_dead({pid})", env)
    text = in_child(scraping, env)
    assert 'pdfchat_jobs_total{event="started",kind="chat"} 2.0' in text
    assert "pdfchat_event_streams_open 0.0" in text


@pytest.mark.django_db(transaction=True)
def test_a_workers_successive_work_horses_share_their_files(start_worker, tmp_path, refcard_rows):
    """Each job runs in a new work horse (a new pid); files named by pid would pile up, one set
    per job, and a scrape would read them all. A worker's horses (one at a time) share one set,
    each carrying on the counts the last one left."""
    metrics_dir = tmp_path / "metrics"
    metrics_dir.mkdir()
    worker = start_worker("chat", PROMETHEUS_MULTIPROC_DIR=str(metrics_dir))

    def run_jobs(count: int) -> None:
        for _ in range(count):
            assert APIClient().post("/chat/async", {"message": REFCARD_QUESTION}, format="json").status_code == 202
        finished = ChatJob.objects.filter(status=ChatJob.Status.FINISHED)
        wait_until(lambda: finished.count() == ChatJob.objects.count(), 60, "the jobs to finish", interval=0.1)

    def job_count(event: str) -> float:
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry, path=str(metrics_dir))
        return registry.get_sample_value("pdfchat_jobs_total", {"kind": "chat", "event": event})

    run_jobs(2)
    files = sorted(path.name for path in metrics_dir.iterdir())
    run_jobs(5)
    assert sorted(path.name for path in metrics_dir.iterdir()) == files, worker.output()
    pid = worker.popen.pid  # the worker's own files, and its horses'
    assert {name.rsplit("_", 1)[1] for name in files} == {f"{pid}.db", f"horse-of-{pid}.db"}, files
    assert job_count("started") == job_count("finished") == 7


@pytest.mark.skipif(
    shutil.which("tesseract") is None and os.environ.get("CI") != "true",
    reason="no tesseract (apt-get install tesseract-ocr tesseract-ocr-eng)",
)
def test_ocr_pages_and_vectors_are_counted(staff, media_root, tmp_path, settings):
    settings.EMBEDDINGS_BACKEND = "local"  # the bundled model, in this process
    before = scrape(staff)
    document = ingest_inline(scanned_copy(REFCARD, tmp_path / "mixed.pdf", pages={3}), title="mixed")
    after = scrape(staff)
    assert document.ocr_pages == [3]
    assert moved(before, after, "pdfchat_ocr_pages_total") == 1
    assert moved(before, after, "pdfchat_ingestion_pages_total") == 3
    assert moved(before, after, "pdfchat_vectors_total") == Chunk.objects.filter(document=document).count() > 0
