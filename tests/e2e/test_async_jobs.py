"""End to end: POST /chat/async, a real `manage.py rqworker` process, poll the job."""

import django_rq
import pytest
from rest_framework.test import APIClient
from rq.job import JobStatus

from chat.models import ChatJob
from tests.support.pdfs import REFCARD_QUESTION, REFCARD_QUESTION_PAGE
from tests.support.processes import openai_env, wait_until

pytestmark = pytest.mark.django_db(transaction=True)


def submit_and_wait(message: str, timeout: float = 60) -> dict:
    client = APIClient()
    response = client.post("/chat/async", {"message": message}, format="json")
    assert response.status_code == 202, response.content
    job_id = response.json()["job_id"]

    def done():
        body = client.get(f"/chat/jobs/{job_id}").json()
        return body if body["status"] in ("finished", "failed") else None

    return wait_until(done, timeout, f"job {job_id} to finish", interval=0.1)


def test_offline_job_runs_in_a_real_worker(start_worker, refcard):
    worker = start_worker("chat")
    body = submit_and_wait(REFCARD_QUESTION)

    assert body["status"] == "finished", worker.output()
    assert body["backend"] == "extractive"
    assert "semilogx" in body["answer"]
    assert body["sources"][0]["page"] == REFCARD_QUESTION_PAGE
    row = ChatJob.objects.get(id=body["job_id"])
    assert row.status == ChatJob.Status.FINISHED and row.answer == body["answer"]
    assert row.started_at is not None and row.finished_at is not None
    rq_job = django_rq.get_queue("chat").fetch_job(body["job_id"])
    assert rq_job.get_status() == JobStatus.FINISHED
    assert rq_job.return_value()["answer"] == body["answer"]


def test_openai_job_runs_in_a_real_worker(start_worker, openai_stub, refcard):
    worker = start_worker("chat", **openai_env(openai_stub), EMBEDDINGS_BACKEND="none")
    body = submit_and_wait(REFCARD_QUESTION)

    assert body["status"] == "finished", worker.output()
    assert body["backend"] == "openai"
    assert body["answer"].startswith("stub answer: Excerpts:")
    assert body["answer"].endswith("Question: " + REFCARD_QUESTION)
    assert body["sources"][0]["page"] == REFCARD_QUESTION_PAGE
    [request] = openai_stub.chat_requests()
    assert request.body["model"] == "gpt-test"
    assert "semilogx" in request.body["messages"][1]["content"]
    assert ChatJob.objects.get(id=body["job_id"]).result["model"] == "gpt-test"


def test_failing_model_ends_failed_in_rq_and_row(start_worker, openai_stub, refcard):
    openai_stub.fail_next(500, times=20, message="model crashed")
    worker = start_worker("chat", **openai_env(openai_stub), EMBEDDINGS_BACKEND="none")
    body = submit_and_wait(REFCARD_QUESTION)

    assert body["status"] == "failed", worker.output()
    assert body["answer"] is None
    assert body["error"] == "The model server answered HTTP 500: model crashed"
    assert ChatJob.objects.get(id=body["job_id"]).status == ChatJob.Status.FAILED
    rq_job = django_rq.get_queue("chat").fetch_job(body["job_id"])
    # RQ runs the failure callback (which fails the row) before it stores its own status.
    wait_until(lambda: rq_job.get_status(refresh=True) == JobStatus.FAILED, 10, "RQ to record the failure")
    assert "model crashed" in rq_job.latest_result().exc_string


def test_jobs_queued_before_a_worker_starts_are_done_when_it_starts(start_worker):
    client = APIClient()
    ids = [client.post("/chat/async", {"message": f"q{i}"}, format="json").json()["job_id"] for i in range(3)]
    assert ChatJob.objects.filter(status=ChatJob.Status.QUEUED).count() == 3

    start_worker("chat")
    wait_until(
        lambda: ChatJob.objects.filter(id__in=ids, status=ChatJob.Status.FINISHED).count() == 3,
        60,
        "all three jobs to finish",
    )
