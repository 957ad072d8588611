"""Faults caused for real: failing and slow model servers, retries, killed workers, Redis down."""

import signal
import time
from datetime import UTC, datetime, timedelta

import django_rq
import pytest
from django.conf import settings
from rest_framework.test import APIClient
from rq.job import JobStatus
from rq.registry import StartedJobRegistry
from rq.scheduler import RQScheduler
from rq.utils import utcformat
from rq.worker import Worker

from chat.models import ChatJob
from chat.services.chat_jobs import submit_chat
from tests.conftest import REFCARD_QUESTION, openai_env, run_chat_queue, start_redis, wait_until

transactional = pytest.mark.django_db(transaction=True)


@transactional
def test_a_transient_failure_is_retried_and_the_job_finishes(openai_stub, refcard, settings):
    settings.EMBEDDINGS_BACKEND = "none"
    settings.CHAT_RETRY_INTERVALS = [0]
    openai_stub.fail_next(503, times=1, message="overloaded")
    chat_job = submit_chat(message=REFCARD_QUESTION)
    run_chat_queue()

    row = ChatJob.objects.get(id=chat_job.id)
    assert row.status == ChatJob.Status.FINISHED, row.error
    assert row.error == ""
    assert len(openai_stub.chat_requests()) == 2


@transactional
def test_a_rejected_api_key_fails_at_once_despite_retries(openai_stub, refcard, settings):
    settings.EMBEDDINGS_BACKEND = "none"
    settings.CHAT_RETRY_INTERVALS = [0, 0, 0]
    settings.OPENAI_MAX_RETRIES = 3
    openai_stub.fail_next(401, times=10, message="Incorrect API key provided")
    chat_job = submit_chat(message=REFCARD_QUESTION)
    run_chat_queue()

    row = ChatJob.objects.get(id=chat_job.id)
    assert row.status == ChatJob.Status.FAILED
    assert row.error == "The model server rejected the API key (HTTP 401)."
    assert len(openai_stub.chat_requests()) == 1
    assert django_rq.get_queue("chat").fetch_job(str(chat_job.id)).get_status() == JobStatus.FAILED
    body = APIClient().get(f"/chat/jobs/{chat_job.id}").json()
    assert body["status"] == "failed" and "Traceback" not in body["error"]


@transactional
def test_retries_that_run_out_end_failed(openai_stub, refcard, settings):
    settings.EMBEDDINGS_BACKEND = "none"
    settings.CHAT_RETRY_INTERVALS = [0, 0]
    openai_stub.fail_next(429, times=10, message="rate limited")
    chat_job = submit_chat(message=REFCARD_QUESTION)
    run_chat_queue()

    row = ChatJob.objects.get(id=chat_job.id)
    assert row.status == ChatJob.Status.FAILED
    assert row.error == "The model server answered HTTP 429: rate limited"
    assert len(openai_stub.chat_requests()) == 3


def start_job_and_kill_its_worker(start_worker, openai_stub):
    """A real worker starts a job that hangs on a slow model server; then it is SIGKILLed."""
    openai_stub.delay = 30
    env = {**openai_env(openai_stub), "EMBEDDINGS_BACKEND": "none", "OPENAI_TIMEOUT": "60"}
    # Heartbeats every second: RQ considers the job abandoned 61 s after the last one.
    worker = start_worker("chat", **env, RQ_JOB_MONITORING_INTERVAL="1")
    chat_job = submit_chat(message=REFCARD_QUESTION)
    wait_until(
        lambda: ChatJob.objects.get(id=chat_job.id).status == ChatJob.Status.STARTED and openai_stub.chat_requests(),
        30,
        "the worker to start the job",
    )
    worker.stop(signal.SIGKILL)
    openai_stub.delay = 0
    assert ChatJob.objects.get(id=chat_job.id).status == ChatJob.Status.STARTED  # stuck, for now
    return chat_job


@pytest.mark.e2e
@transactional
def test_a_killed_workers_job_is_failed_by_registry_cleanup(start_worker, openai_stub, refcard):
    chat_job = start_job_and_kill_its_worker(start_worker, openai_stub)
    # What a live worker's maintenance pass does once the dead worker's heartbeat expired.
    registry = StartedJobRegistry("chat", connection=django_rq.get_connection("chat"))
    registry.cleanup(timestamp=time.time() + 3600)

    row = ChatJob.objects.get(id=chat_job.id)
    assert row.status == ChatJob.Status.FAILED
    assert row.error == "The worker running this job stopped before finishing it (it was killed or crashed)."
    assert django_rq.get_queue("chat").fetch_job(str(chat_job.id)).get_status() == JobStatus.FAILED


def age_dead_workers_leases(queue: str) -> None:
    """Expire what a killed worker left in Redis, as it expires by itself 61 s after the kill:
    its jobs' heartbeats and its scheduler's lock on the queue.

    Only Redis's clock is moved: the live worker still has to find the job and take the lock.
    """
    registry = StartedJobRegistry(queue, connection=django_rq.get_connection(queue))
    entries = registry.connection.zrange(registry.key, 0, -1)
    registry.connection.zadd(registry.key, {entry: time.time() - 1 for entry in entries})
    registry.connection.delete(RQScheduler.get_locking_key(queue))


@pytest.mark.e2e
@transactional
def test_a_killed_workers_job_is_retried_by_a_plain_rqworker(start_worker, openai_stub, refcard, settings):
    # A delayed retry waits in RQ's scheduled registry: only a scheduler moves it to the queue,
    # and the next worker is started as users do, without --with-scheduler.
    settings.CHAT_RETRY_INTERVALS = [1]
    chat_job = start_job_and_kill_its_worker(start_worker, openai_stub)
    age_dead_workers_leases("chat")
    start_worker("chat", **openai_env(openai_stub), EMBEDDINGS_BACKEND="none", RQ_MAINTENANCE_INTERVAL="2")
    wait_until(lambda: ChatJob.objects.get(id=chat_job.id).status == ChatJob.Status.FINISHED, 60, "the retry")
    assert len(openai_stub.chat_requests()) == 2


@transactional
def test_with_redis_stopped_polling_an_unfinished_job_is_503_and_a_finished_one_still_works(
    settings, refcard, tmp_path
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


@pytest.mark.e2e
@transactional
def test_health_reports_workers(start_worker):
    client = APIClient()
    body = client.get("/health").json()
    assert body["status"] == "degraded" and body["workers"]["chat"] == 0 and body["database"] == {"ok": True}
    chat_worker = start_worker("chat", "default")
    start_worker("ingest", "vectors")
    body = wait_until(lambda: (b := client.get("/health").json())["status"] == "ok" and b, 30, "workers to register")
    assert body["workers"] == {"chat": 1, "ingest": 1, "vectors": 1, "default": 1}

    chat_worker.stop(signal.SIGKILL)  # it cannot deregister; RQ keeps its entry for 105 s
    body = client.get("/health").json()
    assert body["workers"] == {"chat": 0, "ingest": 1, "vectors": 1, "default": 0} and body["status"] == "degraded"


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
