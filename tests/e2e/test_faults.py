"""Faults caused for real with real workers: a worker killed in the middle of a job, and what
/health says about workers that come and go. The in-process faults (failing model servers,
retries, Redis down) are tested in tests/queue/test_faults.py."""

import signal
import time

import django_rq
import pytest
from rest_framework.test import APIClient
from rq.job import JobStatus
from rq.registry import StartedJobRegistry
from rq.scheduler import RQScheduler

from chat.models import ChatJob
from chat.selectors.access import Asker
from chat.services.chat_jobs import submit_chat
from tests.support.pdfs import REFCARD_QUESTION
from tests.support.processes import openai_env, wait_until

transactional = pytest.mark.django_db(transaction=True)


def start_job_and_kill_its_worker(start_worker, openai_stub):
    """A real worker starts a job that hangs on a slow model server; then it is SIGKILLed."""
    openai_stub.delay = 30
    env = {**openai_env(openai_stub), "EMBEDDINGS_BACKEND": "none", "OPENAI_TIMEOUT": "60"}
    # Heartbeats every second: RQ considers the job abandoned 61 s after the last one.
    worker = start_worker("chat", **env, RQ_JOB_MONITORING_INTERVAL="1")
    chat_job = submit_chat(asker=Asker(user=None), message=REFCARD_QUESTION)
    wait_until(
        lambda: ChatJob.objects.get(id=chat_job.id).status == ChatJob.Status.STARTED and openai_stub.chat_requests(),
        30,
        "the worker to start the job",
    )
    worker.stop(signal.SIGKILL)
    openai_stub.delay = 0
    assert ChatJob.objects.get(id=chat_job.id).status == ChatJob.Status.STARTED  # stuck, for now
    return chat_job


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
