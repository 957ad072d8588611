"""The admin's document list as an ingestion view: stage, progress, age, worker, error, a
"stuck" flag past INGESTION_STUCK_AFTER, and the retry and cancel actions."""

import uuid
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from rq import SimpleWorker
from rq.job import Job, JobStatus

from chat.models import AuditEvent, Chunk, Document
from chat.queue.connection import get_queue
from chat.services.ingestion.resplitting import FROM_OCR, NOT_READY
from chat.services.ingestion_control import cancel_ingestion
from chat.tasks import run_ingestion
from tests.support.factories import DocumentFactory
from tests.support.ingestion import copy_of, ingest_inline, queue_upload
from tests.support.pdfs import MIME_SPEC, REFCARD

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/chat/document/"


@pytest.fixture
def staff_client(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw-for-tests")
    client.force_login(user)
    return client


def run_jobs() -> None:
    queues = [get_queue("ingest"), get_queue("vectors")]
    SimpleWorker(queues, connection=queues[0].connection).work(burst=True)


def running(title: str, *, started_ago: timedelta = timedelta(0), **fields) -> Document:
    document = DocumentFactory(
        title=title, status=Document.Status.PROCESSING, pages_total=10, pages_done=4, ingested_at=None,
        job_id=str(uuid.uuid4()), **fields,
    )  # fmt: skip
    Document.objects.filter(id=document.id).update(updated_at=timezone.now() - started_ago)
    document.refresh_from_db()
    return document


def started_job(document: Document, worker_name: str) -> Job:
    """The document's ingestion job, as RQ records it while a worker runs it."""
    queue = get_queue("ingest")
    job = Job.create("chat.tasks.run_ingestion", id=document.job_id, kwargs={"document_id": str(document.id)},
                     connection=queue.connection, origin=queue.name)  # fmt: skip
    job.worker_name = worker_name
    job.save()
    job.set_status(JobStatus.STARTED)
    return job


def post_action(client, action: str, *documents: Document):
    data = {"action": action, "_selected_action": [str(document.id) for document in documents]}
    return client.post(CHANGELIST, data, follow=True)


def test_the_list_shows_stage_progress_age_worker_and_error(staff_client, media_root):
    owner = get_user_model().objects.create_user("olga", password="pw")
    DocumentFactory(title="Ready card", owner=owner, pages_total=3, chunks=[(1, "a"), (2, "b")])
    DocumentFactory(
        title="Broken scan", status=Document.Status.FAILED, error="The PDF has no text.", pages_total=None, pages_done=0
    )
    busy = running("Busy manual", started_ago=timedelta(minutes=5))
    started_job(busy, "worker-host.4242")

    page = staff_client.get(CHANGELIST).content.decode()
    for header in ("Owner or collection", "Stage", "Pages", "Vectors", "Age", "Worker", "Stuck", "Error"):
        assert header in page
    assert "Ready card" in page and "olga" in page and "3/3" in page
    assert "Broken scan" in page and "The PDF has no text." in page
    assert "Busy manual" in page and "reading pages" in page and "4/10" in page and "5\xa0minutes" in page
    assert "worker-host.4242" in page


def test_the_worker_is_a_dash_when_redis_is_down(staff_client, media_root, settings):
    started_job(running("Busy manual"), "worker-host.4242")
    assert "worker-host.4242" in staff_client.get(CHANGELIST).content.decode()
    settings.RQ_QUEUES = {**settings.RQ_QUEUES, "ingest": {**settings.RQ_QUEUES["ingest"],
                                                           "URL": "redis://127.0.0.1:1/0"}}  # fmt: skip
    response = staff_client.get(CHANGELIST)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Busy manual" in page and "worker-host.4242" not in page and '<td class="field-worker">—</td>' in page


def test_filters_by_status(staff_client, media_root):
    DocumentFactory(title="Ready card")
    DocumentFactory(title="Broken scan", status=Document.Status.FAILED, error="boom")
    failed = staff_client.get(CHANGELIST + "?status__exact=failed").content.decode()
    assert "Broken scan" in failed and "Ready card" not in failed
    ready = staff_client.get(CHANGELIST + "?status__exact=ready").content.decode()
    assert "Ready card" in ready and "Broken scan" not in ready


def test_a_long_running_document_is_flagged_stuck(staff_client, media_root, settings):
    settings.INGESTION_STUCK_AFTER = 3600
    running("Old run", started_ago=timedelta(hours=2))
    running("Fresh run", started_ago=timedelta(minutes=1))
    DocumentFactory(title="Old but ready")
    Document.objects.filter(title="Old but ready").update(updated_at=timezone.now() - timedelta(days=3))

    stuck = staff_client.get(CHANGELIST + "?stuck=yes").content.decode()
    assert "Old run" in stuck and "Fresh run" not in stuck and "Old but ready" not in stuck
    everything = staff_client.get(CHANGELIST).content.decode()
    assert everything.count('alt="True"') == 1  # only the old run's icon is set


def test_retry_queues_a_failed_document_again_and_it_ends_ready(
    staff_client, media_root, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = queue_upload(REFCARD)
    get_queue("ingest").empty()
    Document.objects.filter(id=document.id).update(status=Document.Status.FAILED, error="worker died")
    old_job = document.job_id

    with django_capture_on_commit_callbacks(execute=True):
        response = post_action(staff_client, "retry_failed", document)
    assert "1 document(s) queued again." in response.content.decode()
    document.refresh_from_db()
    assert document.status == Document.Status.QUEUED and document.error == "" and document.job_id != old_job
    assert get_queue("ingest").job_ids == [document.job_id]
    event = AuditEvent.objects.get(action=AuditEvent.Action.INGESTION_RETRY)  # the trail says who, from where
    assert (event.actor_name, event.target_id, event.ip) == ("admin", str(document.id), "127.0.0.1")
    assert event.collection_key == document.collection.key

    run_jobs()
    document.refresh_from_db()
    assert document.status == Document.Status.READY and Chunk.objects.filter(document=document).exists()


def test_retry_leaves_documents_that_have_not_failed(staff_client, media_root):
    ready = DocumentFactory(title="Ready card")
    response = post_action(staff_client, "retry_failed", ready)
    assert "0 document(s) queued again." in response.content.decode()
    assert Document.objects.get(id=ready.id).status == Document.Status.READY
    assert not AuditEvent.objects.exists()  # nothing done, nothing recorded


def test_cut_again_queues_ready_documents_whose_job_cuts_them_anew_with_vectors(
    staff_client, media_root, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.CHUNK_SIZE, settings.CHUNK_OVERLAP = 1200, 200
    ready = ingest_inline(MIME_SPEC, title="mime")
    scanned = ingest_inline(copy_of(MIME_SPEC, tmp_path / "scanned.pdf", 1), title="scanned")
    Document.objects.filter(id=scanned.id).update(ocr_pages=[2])
    failed = DocumentFactory(title="Broken", status=Document.Status.FAILED, error="worker died")
    before = ready.chunk_count
    settings.CHUNK_SIZE, settings.CHUNK_OVERLAP = 500, 50  # an upgrade cuts shorter passages
    settings.EMBEDDINGS_BACKEND = "local"

    with django_capture_on_commit_callbacks(execute=True):
        response = post_action(staff_client, "resplit_ready", ready, scanned, failed)
    page = response.content.decode()
    assert "1 document(s) queued to be cut into passages again." in page
    assert f"Left as it is: scanned: {FROM_OCR}" in page
    assert f"Left as it is: Broken: {NOT_READY.format(status='failed')}" in page
    assert len(get_queue("ingest").job_ids) == 1
    event = AuditEvent.objects.get(action=AuditEvent.Action.RESPLIT)  # only the one queued is recorded
    assert (event.actor_name, event.target_id, event.collection_key) == ("admin", str(ready.id), ready.collection.key)
    assert Document.objects.get(id=ready.id).chunk_count == before  # nothing changes until the job runs

    for _ in range(20):  # the job queues the vectors', and each slice of them the next, on commit
        with django_capture_on_commit_callbacks(execute=True):
            run_jobs()
        if not (get_queue("ingest").count or get_queue("vectors").count):
            break
    ready.refresh_from_db()
    assert ready.status == Document.Status.READY and ready.chunk_count > before
    assert ready.vector_status == Document.VectorStatus.READY
    assert not Chunk.objects.filter(document=ready, embedding__isnull=True).exists()
    assert Document.objects.get(id=scanned.id).chunk_count == scanned.chunk_count


def test_cancel_stops_a_queued_document_and_marks_it(staff_client, media_root, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = queue_upload(REFCARD)
    assert get_queue("ingest").job_ids == [document.job_id]

    with django_capture_on_commit_callbacks(execute=True):
        response = post_action(staff_client, "cancel_running", document)
    assert "1 document(s) cancelled." in response.content.decode()
    document.refresh_from_db()
    assert document.status == Document.Status.FAILED and document.error == "Cancelled by admin"
    event = AuditEvent.objects.get(action=AuditEvent.Action.INGESTION_CANCEL)
    assert (event.actor_name, event.target_id, event.ip) == ("admin", str(document.id), "127.0.0.1")
    job = Job.fetch(document.job_id, connection=get_queue("ingest").connection)
    assert job.get_status() == JobStatus.CANCELED
    assert get_queue("ingest").job_ids == []

    run_jobs()  # nothing runs it
    document.refresh_from_db()
    assert document.status == Document.Status.FAILED and not Chunk.objects.filter(document=document).exists()


def test_a_cancelled_document_whose_job_runs_anyway_stays_cancelled(media_root):
    """Redis blinked while cancelling, so the queued job was not canceled: when it runs, it
    must not bring the document back to life."""
    document = queue_upload(REFCARD)  # its job is never queued (no commit here): as if Redis lost the cancel
    operator = get_user_model().objects.create_superuser("olga", "olga@example.com", "pw-for-tests")
    assert cancel_ingestion(document=document, actor=operator)

    run_ingestion(document_id=str(document.id))
    document.refresh_from_db()
    assert document.status == Document.Status.FAILED and document.error == "Cancelled by olga"
    assert not Chunk.objects.filter(document=document).exists() and document.pages_done == 0


def test_cancel_sends_a_running_job_the_stop_command(
    staff_client, media_root, django_capture_on_commit_callbacks, monkeypatch
):
    busy = running("Busy manual")
    started_job(busy, "worker-host.4242")
    stopped = []
    monkeypatch.setattr(
        "chat.services.ingestion_control.send_stop_job_command", lambda redis, job_id: stopped.append(job_id)
    )
    ready = DocumentFactory(title="Ready card")

    with django_capture_on_commit_callbacks(execute=True):
        post_action(staff_client, "cancel_running", busy, ready)
    assert stopped == [busy.job_id]
    busy.refresh_from_db()
    assert busy.status == Document.Status.FAILED and busy.error == "Cancelled by admin"
    assert Document.objects.get(id=ready.id).status == Document.Status.READY  # not queued or running: untouched
    assert list(AuditEvent.objects.values_list("action", "target_id")) == [("document.cancel", str(busy.id))]


def test_people_who_are_not_staff_cannot_reach_it(client, media_root):
    assert client.get(CHANGELIST).status_code == 302
    user = get_user_model().objects.create_user("olga", password="pw")
    client.force_login(user)
    response = client.get(CHANGELIST)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
