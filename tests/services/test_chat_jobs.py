"""Chat jobs through the service layer and an in-process RQ worker (real Redis, no HTTP)."""

import django_rq
import pytest
from django.db import transaction
from rq.job import JobStatus

from chat.models import ChatJob
from chat.selectors.access import Asker
from chat.selectors.jobs import job_get
from chat.services.chat_jobs import submit_chat
from tests.support.pdfs import REFCARD_QUESTION, REFCARD_QUESTION_PAGE
from tests.support.processes import run_chat_queue


@pytest.mark.django_db(transaction=True)
def test_job_is_enqueued_only_after_the_row_is_committed():
    queue = django_rq.get_queue("chat")
    with transaction.atomic():
        chat_job = submit_chat(asker=Asker(user=None), message="hello")
        assert queue.job_ids == []  # nothing a worker could pick up before the commit
    assert queue.job_ids == [str(chat_job.id)]


@pytest.mark.django_db(transaction=True)
def test_worker_runs_the_job_and_mirrors_the_result(refcard_rows):
    chat_job = submit_chat(asker=Asker(user=None), message=REFCARD_QUESTION)
    run_chat_queue()

    row = ChatJob.objects.get(id=chat_job.id)
    assert row.status == ChatJob.Status.FINISHED
    assert row.backend == "extractive"
    assert "semilogx" in row.answer
    assert row.result["sources"][0]["page"] == REFCARD_QUESTION_PAGE
    assert row.started_at and row.finished_at and row.created_at <= row.started_at <= row.finished_at
    rq_job = django_rq.get_queue("chat").fetch_job(str(chat_job.id))
    assert rq_job.get_status() == JobStatus.FINISHED
    assert rq_job.return_value() == row.result
    assert row.result["answer"] == row.answer


@pytest.mark.django_db(transaction=True)
def test_result_survives_redis_expiry(redis_client, refcard_rows):
    chat_job = submit_chat(asker=Asker(user=None), message=REFCARD_QUESTION)
    run_chat_queue()
    redis_client.flushdb()  # as if the result TTL had passed

    found = job_get(job_id=str(chat_job.id), asker=Asker(user=None))
    assert found.status == ChatJob.Status.FINISHED
    assert "semilogx" in found.answer


@pytest.mark.django_db(transaction=True)
def test_failing_model_fails_job_in_rq_and_row(openai_stub, refcard_rows, settings):
    settings.EMBEDDINGS_BACKEND = "none"  # the document has no vectors
    openai_stub.fail_next(500, times=10, message="upstream exploded")
    chat_job = submit_chat(asker=Asker(user=None), message=REFCARD_QUESTION)
    run_chat_queue()

    row = ChatJob.objects.get(id=chat_job.id)
    assert row.status == ChatJob.Status.FAILED
    assert row.error == "The model server answered HTTP 500: upstream exploded"
    assert row.answer == ""
    rq_job = django_rq.get_queue("chat").fetch_job(str(chat_job.id))
    assert rq_job.get_status() == JobStatus.FAILED
    assert "upstream exploded" in rq_job.latest_result().exc_string


@pytest.mark.django_db(transaction=True)
def test_selector_folds_in_a_failure_only_rq_knows_about():
    chat_job = submit_chat(asker=Asker(user=None), message="hello")
    rq_job = django_rq.get_queue("chat").fetch_job(str(chat_job.id))
    # A job RQ failed without the row hearing of it (e.g. the callback could not run).
    rq_job.set_status(JobStatus.FAILED)

    found = job_get(job_id=str(chat_job.id), asker=Asker(user=None))
    assert found.status == ChatJob.Status.FAILED
    assert found.error
    assert ChatJob.objects.get(id=chat_job.id).status == ChatJob.Status.QUEUED  # selectors never write
