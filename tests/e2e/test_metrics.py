"""End to end: 2 gunicorn workers and a real RQ worker (its work horses too) write to one
PROMETHEUS_MULTIPROC_DIR, as under `make run`; whichever web worker answers the scrape shows
every process's counts, after an upload, a question, a job failed by the model server and a
throttled request."""

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.support.pdfs import REFCARD, REFCARD_QUESTION
from tests.support.processes import wait_until

pytestmark = pytest.mark.django_db(transaction=True)
TOKEN = "e2e-scraper"


def scrape(url: str) -> dict[tuple[str, frozenset], float]:
    response = httpx.get(url + "/metrics", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
    assert response.status_code == 200, response.text
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


FAILED = {"failed", "stopped", "canceled"}


def job_status(url: str, job_id: str) -> str:
    return httpx.get(f"{url}/chat/jobs/{job_id}", timeout=5).json()["status"]


def value(samples: dict, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def test_two_web_workers_and_a_worker_are_added_up(start_web, start_worker, media_root, tmp_path, openai_server):
    env = {"PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "metrics"), "METRICS_TOKEN": TOKEN, "MEDIA_ROOT": str(media_root)}
    (tmp_path / "metrics").mkdir()
    url = start_web(workers=2, THROTTLE_CHAT="2/hour", **env)  # per hour: the waits below may pass a minute
    model = {"OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": openai_server.base_url, "OPENAI_MAX_RETRIES": "0"}
    start_worker("ingest", "vectors", "chat", EMBEDDINGS_BACKEND="none", **model, **env)
    openai_server.reset()
    assert httpx.get(url + "/metrics", timeout=10).status_code == 401
    assert httpx.get(url + "/metrics", headers={"Authorization": "Bearer nope"}, timeout=10).status_code == 403

    with REFCARD.open("rb") as file:
        uploaded = httpx.post(url + "/documents", files={"file": ("refcard.pdf", file)}, timeout=30)
    assert uploaded.status_code == 202, uploaded.text
    document = uploaded.json()["document_id"]
    wait_until(lambda: httpx.get(f"{url}/documents/{document}", timeout=5).json()["status"] == "ready", 60, "ingestion")
    asked = httpx.post(url + "/chat/async", json={"message": REFCARD_QUESTION}, timeout=30).json()
    wait_until(
        lambda: httpx.get(f"{url}/chat/jobs/{asked['job_id']}", timeout=5).json()["status"] == "finished", 60, "answer"
    )
    openai_server.fail_next(500, times=5)  # the model server fails: the next job fails
    failing = httpx.post(url + "/chat/async", json={"message": REFCARD_QUESTION}, timeout=30).json()
    wait_until(lambda: job_status(url, failing["job_id"]) in FAILED, 60, "the failing job to fail")
    throttled = httpx.post(url + "/chat/sync", json={"message": REFCARD_QUESTION}, timeout=30)
    assert throttled.status_code == 429, throttled.text  # the third question in a minute
    for _ in range(4):  # whichever web worker answers, the same totals
        samples = scrape(url)
        assert value(samples, "pdfchat_jobs_total", kind="chat", event="failed") == 1
        assert value(samples, "pdfchat_model_errors_total", kind="server") == 1
        assert value(samples, "pdfchat_throttled_total", scope="chat") == 1
        assert value(samples, "pdfchat_http_requests_total", route="^chat/sync/?$", method="POST", status="429") == 1
        assert value(samples, "pdfchat_jobs_total", kind="ingestion", event="started") == 1
        assert value(samples, "pdfchat_jobs_total", kind="ingestion", event="finished") == 1
        assert value(samples, "pdfchat_jobs_total", kind="chat", event="finished") == 1
        assert value(samples, "pdfchat_ingestion_pages_total") == 3
        assert value(samples, "pdfchat_answers_total", backend="openai") == 1
        assert value(samples, "pdfchat_http_requests_total", route="^documents/?$", method="POST", status="202") == 1
        assert value(samples, "pdfchat_http_requests_total", route="^chat/async/?$", method="POST", status="202") == 2
        assert value(samples, "pdfchat_documents", status="ready") == 1
        assert value(samples, "pdfchat_queue_depth", queue="chat") == 0
