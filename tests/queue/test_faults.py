"""Faults caused for real: failing model servers, retries, Redis down, a worker elsewhere gone
quiet. Killed workers: tests/e2e/test_faults.py."""

from datetime import UTC, datetime, timedelta

import django_rq
import pytest
from django.conf import settings
from rest_framework.test import APIClient
from rq.job import JobStatus
from rq.utils import utcformat
from rq.worker import Worker

from chat.models import ChatJob
from chat.selectors.access import Asker
from chat.services.chat_jobs import submit_chat
from tests.support.pdfs import REFCARD_QUESTION
from tests.support.processes import run_chat_queue, start_redis

transactional = pytest.mark.django_db(transaction=True)


@transactional
def test_a_transient_failure_is_retried_and_the_job_finishes(openai_stub, refcard_rows, settings):
    settings.EMBEDDINGS_BACKEND = "none"
    settings.CHAT_RETRY_INTERVALS = [0]
    openai_stub.fail_next(503, times=1, message="overloaded")
    chat_job = submit_chat(asker=Asker(user=None), message=REFCARD_QUESTION)
    run_chat_queue()

    row = ChatJob.objects.get(id=chat_job.id)
    assert row.status == ChatJob.Status.FINISHED, row.error
    assert row.error == ""
    assert len(openai_stub.chat_requests()) == 2


@transactional
def test_a_rejected_api_key_fails_at_once_despite_retries(openai_stub, refcard_rows, settings):
    settings.EMBEDDINGS_BACKEND = "none"
    settings.CHAT_RETRY_INTERVALS = [0, 0, 0]
    settings.OPENAI_MAX_RETRIES = 3
    openai_stub.fail_next(401, times=10, message="Incorrect API key provided")
    chat_job = submit_chat(asker=Asker(user=None), message=REFCARD_QUESTION)
    run_chat_queue()

    row = ChatJob.objects.get(id=chat_job.id)
    assert row.status == ChatJob.Status.FAILED
    assert row.error == "The model server rejected the API key (HTTP 401)."
    assert len(openai_stub.chat_requests()) == 1
    assert django_rq.get_queue("chat").fetch_job(str(chat_job.id)).get_status() == JobStatus.FAILED
    body = APIClient().get(f"/chat/jobs/{chat_job.id}").json()
    assert body["status"] == "failed" and "Traceback" not in body["error"]


@transactional
def test_retries_that_run_out_end_failed(openai_stub, refcard_rows, settings):
    settings.EMBEDDINGS_BACKEND = "none"
    settings.CHAT_RETRY_INTERVALS = [0, 0]
    openai_stub.fail_next(429, times=10, message="rate limited")
    chat_job = submit_chat(asker=Asker(user=None), message=REFCARD_QUESTION)
    run_chat_queue()

    row = ChatJob.objects.get(id=chat_job.id)
    assert row.status == ChatJob.Status.FAILED
    assert row.error == "The model server answered HTTP 429: rate limited"
    assert len(openai_stub.chat_requests()) == 3


@transactional
def test_with_redis_stopped_polling_an_unfinished_job_is_503_and_a_finished_one_still_works(
    settings, refcard_rows, tmp_path
):
    client = APIClient()
    own_redis, url = start_redis(tmp_path)
    settings.RQ_QUEUES = {name: {**config, "URL": url} for name, config in settings.RQ_QUEUES.items()}
    running_id = client.post("/chat/async", {"message": "q"}, format="json").json()["job_id"]
    done = ChatJob.objects.create(message="q", status=ChatJob.Status.FINISHED, answer="42", backend="extractive")
    assert client.get("/health").json()["redis"] == {"ok": True}
    own_redis.stop()  # Redis goes away
    running = ChatJob.objects.get(id=running_id)

    assert client.post("/chat/async", {"message": "q"}, format="json").status_code == 503
    assert ChatJob.objects.filter(status=ChatJob.Status.FAILED, error__contains="unavailable").count() == 1

    response = client.get(f"/chat/jobs/{running.id}")
    assert response.status_code == 503
    assert response.json() == {"detail": "The job queue is unavailable; please try again later."}
    assert client.get(f"/chat/jobs/{done.id}").json()["answer"] == "42"
    assert client.post("/chat/sync", {"message": REFCARD_QUESTION}, format="json").status_code == 200
    health = client.get("/health")
    assert health.status_code == 503
    assert health.json()["status"] == "down" and health.json()["redis"]["ok"] is False


@transactional
def test_health_does_not_count_a_worker_elsewhere_whose_heartbeat_stopped():
    connection = django_rq.get_connection("chat")
    remote = Worker(["chat"], connection=connection, name="on-another-host")
    remote.hostname = "another-host"
    remote.register_birth()
    try:
        assert APIClient().get("/health").json()["workers"]["chat"] == 1
        stale = datetime.now(UTC) - timedelta(seconds=settings.RQ_MAINTENANCE_INTERVAL + 60)
        connection.hset(remote.key, "last_heartbeat", utcformat(stale))
        assert APIClient().get("/health").json()["workers"]["chat"] == 0
    finally:
        remote.register_death()
