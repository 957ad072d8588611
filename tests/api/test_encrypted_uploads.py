"""Encrypted PDFs: the upload's `password` field unlocks them; without it they fail with a
message saying so, logged by the worker as one WARNING line, not an ERROR traceback. With a real
worker: tests/e2e/test_encrypted_uploads.py; the chat page's password dialog:
tests/browser/test_encrypted_uploads.py."""

import hashlib
import io
import logging

import django_rq
import pypdfium2 as pdfium
import pytest
from rest_framework.test import APIClient
from rq.job import Job

from chat.backends.pdf import PdfError
from chat.backends.pdf.pdfium import NEEDS_PASSWORD
from chat.models import Document
from chat.queue.worker import Worker
from chat.services.ingestion.jobs import ingest as ingest_job
from tests.support.pdfs import REFCARD, REFCARD_QUESTION, REFCARD_QUESTION_PAGE

pytestmark = pytest.mark.django_db


@pytest.fixture
def client(media_root) -> APIClient:
    return APIClient()


def upload(client, path, **extra):
    file = io.BytesIO(path.read_bytes())
    file.name = path.name
    return client.post("/documents", {"file": file, **extra}, format="multipart")


def test_the_right_password_stores_a_decrypted_copy_that_ingests_and_answers(client, media_root, locked):
    response = upload(client, locked, password="s3cret pass")
    assert response.status_code == 202, response.content
    body = response.json()
    assert "password" not in body
    document = Document.objects.get(id=body["document_id"])
    stored = (media_root / document.file.name).read_bytes()
    assert stored != locked.read_bytes() and b"s3cret" not in stored
    assert len(pdfium.PdfDocument(stored)) == 3  # opens without a password
    assert body["sha256"] == hashlib.sha256(stored).hexdigest() and body["size_bytes"] == len(stored)

    assert ingest_job(document_id=document.id).status == Document.Status.READY
    answer = client.post("/chat/sync", {"message": REFCARD_QUESTION}, format="json").json()
    assert answer["sources"][0]["page"] == REFCARD_QUESTION_PAGE

    again = upload(client, locked, password="s3cret pass")  # the same file and password: the same document
    assert again.status_code == 200 and again.json()["document_id"] == body["document_id"]


def test_a_wrong_password_is_refused_and_stores_nothing(client, media_root, locked):
    response = upload(client, locked, password="s3cret")  # a prefix of it is not it
    assert response.status_code == 400
    assert response.json()["detail"] == "The password does not open this PDF. Check it and upload the file again."
    assert not Document.objects.exists()
    assert not (media_root / "documents").exists() or not any((media_root / "documents").iterdir())


def test_a_password_on_an_unencrypted_pdf_is_ignored(client, media_root):
    response = upload(client, REFCARD, password="anything")
    assert response.status_code == 202
    document = Document.objects.get(id=response.json()["document_id"])
    assert (media_root / document.file.name).read_bytes() == REFCARD.read_bytes()


def test_without_its_password_an_encrypted_pdf_fails_saying_how_to_give_it(client, locked):
    document_id = upload(client, locked).json()["document_id"]
    with pytest.raises(PdfError):
        ingest_job(document_id=document_id)
    document = client.get(f"/documents/{document_id}").json()
    assert document["status"] == "failed" and document["chunks"] == 0
    assert document["error"] == NEEDS_PASSWORD
    assert "needs its password" in NEEDS_PASSWORD and "`password` field" in NEEDS_PASSWORD
    assert "no password was given" not in NEEDS_PASSWORD


def test_the_password_is_masked_in_error_reports(client, locked, monkeypatch):
    """What Django reports of a crashed upload (logged with the request; mailed to ADMINS if
    configured) masks the password, as it does a login's."""
    from django.core.signals import got_request_exception
    from django.views.debug import SafeExceptionReporterFilter

    def crash(**kwargs):
        raise RuntimeError("a bug while storing")

    crashed = []
    monkeypatch.setattr("chat.api.views.accept_upload", crash)
    got_request_exception.connect(receiver := lambda sender, request, **kw: crashed.append(request))
    try:
        client.raise_request_exception = False
        assert upload(client, locked, password="s3cret pass").status_code == 500
    finally:
        got_request_exception.disconnect(receiver)
    reported = SafeExceptionReporterFilter().get_post_parameters(crashed[0])
    assert reported["password"] == SafeExceptionReporterFilter.cleansed_substitute


@pytest.fixture
def worker_log(caplog, monkeypatch):
    """RQ's worker logger, captured (a worker started in this process may have stopped it propagating)."""
    monkeypatch.setattr(logging.getLogger("rq.worker"), "propagate", True)
    caplog.set_level(logging.DEBUG, logger="rq.worker")
    return caplog


def failing_job(exc: BaseException) -> tuple[Worker, Job, tuple]:
    queue = django_rq.get_queue("ingest")
    job = Job.create("chat.tasks.run_ingestion", kwargs={"document_id": "x"}, connection=queue.connection)
    try:
        raise exc
    except BaseException as raised:
        exc_info = (type(raised), raised, raised.__traceback__)
    return Worker([queue], connection=queue.connection), job, exc_info


def test_the_worker_logs_a_readable_failure_as_one_warning_line(worker_log):
    worker, job, exc_info = failing_job(PdfError(NEEDS_PASSWORD))
    handled = []
    worker.push_exc_handler(lambda *args: handled.append(args) or True)
    worker.handle_exception(job, *exc_info)
    records = [r for r in worker_log.records if r.name == "rq.worker" and r.levelno >= logging.INFO]
    assert [(r.levelname, r.getMessage()) for r in records] == [
        ("WARNING", f"Worker {worker.name}: job {job.id} failed: {NEEDS_PASSWORD}")
    ]
    assert handled  # RQ's exception handlers still run


def test_the_worker_keeps_tracebacks_for_bugs(worker_log):
    worker, job, exc_info = failing_job(ZeroDivisionError("a real bug"))
    worker.handle_exception(job, *exc_info)
    errors = [r for r in worker_log.records if r.name == "rq.worker" and r.levelno == logging.ERROR]
    assert len(errors) == 1 and "Traceback" in errors[0].getMessage() and "a real bug" in errors[0].getMessage()
