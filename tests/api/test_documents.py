"""Documents through HTTP: upload checks, dedupe, listing, progress fields, delete."""

import io

import django_rq
import pytest
from rest_framework.test import APIClient

from chat.models import Chunk, Document
from tests.support.factories import DocumentFactory
from tests.support.pdfs import MIME_SPEC, REFCARD

pytestmark = pytest.mark.django_db


@pytest.fixture
def client(media_root) -> APIClient:
    return APIClient()


def upload(client, data: bytes, name: str = "file.pdf", **extra):
    file = io.BytesIO(data)
    file.name = name
    return client.post("/documents", {"file": file, **extra}, format="multipart")


def test_upload_stores_hashes_and_queues_ingestion(client, media_root, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, REFCARD.read_bytes(), "refcard-a4.pdf", title="Octave card")
    assert response.status_code == 202, response.content
    body = response.json()
    assert body["status"] == "queued" and body["title"] == "Octave card" and body["filename"] == "refcard-a4.pdf"
    document = Document.objects.get(id=body["document_id"])
    assert (media_root / document.file.name).read_bytes() == REFCARD.read_bytes()
    assert len(document.sha256) == 64 and document.size_bytes == REFCARD.stat().st_size
    queue = django_rq.get_queue("ingest")
    assert queue.job_ids == [body["job_id"]]
    assert queue.fetch_job(body["job_id"]).kwargs == {"document_id": body["document_id"]}


def test_same_bytes_again_return_the_existing_document(client, media_root):
    first = upload(client, REFCARD.read_bytes(), "a.pdf")
    second = upload(client, REFCARD.read_bytes(), "b.pdf")
    assert (first.status_code, second.status_code) == (202, 200)
    assert second.json()["document_id"] == first.json()["document_id"]
    assert Document.objects.count() == 1
    assert len(list((media_root / "documents").iterdir())) == 1


def test_same_bytes_with_a_new_title_rename_the_document(client):
    first = upload(client, REFCARD.read_bytes(), "a.pdf", title="Old name").json()
    again = upload(client, REFCARD.read_bytes(), "a.pdf", title="Octave reference card")
    assert again.status_code == 200 and again.json()["title"] == "Octave reference card"
    assert Document.objects.get(id=first["document_id"]).title == "Octave reference card"
    assert upload(client, REFCARD.read_bytes(), "a.pdf").json()["title"] == "Octave reference card"  # no title: kept


def test_title_defaults_to_the_file_name(client):
    assert upload(client, REFCARD.read_bytes(), "Octave Reference.pdf").json()["title"] == "Octave Reference"


@pytest.mark.parametrize(
    ("data", "status", "message"),
    [
        (b"", 400, "empty"),
        (b"hello, I am a text file", 415, "not a PDF"),
        (b"\x89PNG\r\n\x1a\n" + b"0" * 100, 415, "not a PDF"),
    ],
)
def test_bad_files_are_refused_and_leave_nothing(client, media_root, data, status, message):
    response = upload(client, data, "evil.pdf")  # the name says PDF; the bytes decide
    assert response.status_code == status
    assert message in response.json()["detail"]
    assert not Document.objects.exists()
    assert not (media_root / "documents").exists() or not any((media_root / "documents").iterdir())


def test_files_over_the_limit_are_413(client, settings, media_root):
    settings.DOCUMENT_MAX_BYTES = 1000
    response = upload(client, b"%PDF-1.7\n" + b"0" * 2000)
    assert response.status_code == 413
    assert "larger than the limit" in response.json()["detail"]
    assert not Document.objects.exists()


def test_path_traversal_in_the_file_name_is_harmless(client, media_root):
    body = upload(client, REFCARD.read_bytes(), "../../../etc/passwd.pdf").json()
    document = Document.objects.get(id=body["document_id"])
    assert document.filename == "passwd.pdf"
    assert document.file.name == f"documents/{document.sha256}.pdf"


def test_missing_file_field_is_400(client):
    response = client.post("/documents", {"title": "x"}, format="multipart")
    assert response.status_code == 400
    assert "file" in response.json()


def test_json_upload_is_415(client):
    assert client.post("/documents", {"file": "x"}, format="json").status_code == 415


def test_list_is_paginated_and_filterable(client):
    upload(client, REFCARD.read_bytes())
    upload(client, MIME_SPEC.read_bytes())
    Document.objects.filter(filename="file.pdf").update(status=Document.Status.QUEUED)
    body = client.get("/documents").json()
    assert body["count"] == 2 and len(body["results"]) == 2 and "next" in body
    Document.objects.filter(size_bytes=REFCARD.stat().st_size).update(status=Document.Status.READY)
    ready = client.get("/documents?status=ready").json()
    assert [d["size_bytes"] for d in ready["results"]] == [REFCARD.stat().st_size]
    assert client.get("/documents?status=bogus").status_code == 400


def test_retrieve_shows_progress_fields(client, refcard_rows):
    body = client.get(f"/documents/{refcard_rows.id}").json()
    assert body["status"] == "ready"
    assert body["pages_total"] == 3 and body["pages_done"] == 3
    assert body["chunks"] == Chunk.objects.filter(document=refcard_rows).count() > 0
    assert body["error"] is None


@pytest.mark.parametrize("document_id", ["00000000-0000-0000-0000-000000000000", "nope", "1"])
def test_unknown_documents_are_404(client, document_id):
    assert client.get(f"/documents/{document_id}").status_code == 404
    assert client.delete(f"/documents/{document_id}/").json() == {"detail": "No document with this id."}


def test_delete_removes_file_rows_and_vectors(client, refcard_rows, media_root):
    path = media_root / refcard_rows.file.name
    assert path.exists()
    response = client.delete(f"/documents/{refcard_rows.id}")
    assert response.status_code == 204
    assert not Document.objects.exists() and not Chunk.objects.exists()
    assert not path.exists()
    answer = client.post("/chat/sync", {"message": "semilogx"}, format="json").json()
    assert answer["sources"] == []


@pytest.mark.django_db(transaction=True)
def test_upload_with_redis_down_is_503_and_the_document_is_marked_failed(client, settings):
    from scripts.processes import free_port

    dead = f"redis://127.0.0.1:{free_port()}/0"
    settings.RQ_QUEUES = {name: {**config, "URL": dead} for name, config in settings.RQ_QUEUES.items()}
    response = upload(client, REFCARD.read_bytes())
    assert response.status_code == 503
    assert response.json() == {"detail": "The job queue is unavailable; please try again later."}
    assert Document.objects.get().status == Document.Status.FAILED


def test_uploading_a_failed_document_again_retries_it(client, django_capture_on_commit_callbacks):
    first = upload(client, REFCARD.read_bytes()).json()
    Document.objects.filter(id=first["document_id"]).update(
        status=Document.Status.FAILED, error="queue was down", pages_total=3, pages_done=2
    )
    with django_capture_on_commit_callbacks(execute=True):
        again = upload(client, REFCARD.read_bytes())
    assert again.status_code == 200
    body = again.json()
    assert body["document_id"] == first["document_id"]
    assert body["status"] == "queued" and body["error"] is None and body["job_id"] != first["job_id"]
    assert (body["pages_done"], body["pages_total"]) == (0, None)  # nothing left over from the failed run
    assert body["job_id"] in django_rq.get_queue("ingest").job_ids


def test_a_huge_body_is_refused_before_it_is_read(client, settings):
    settings.DOCUMENT_MAX_BYTES = 1000
    response = upload(client, b"%PDF-1.7\n" + b"0" * (3 * 1024 * 1024))
    assert response.status_code == 413
    assert "larger than the limit" in response.json()["detail"]
    assert not Document.objects.exists()


def test_a_huge_form_field_is_a_clear_4xx(client):
    response = upload(client, REFCARD.read_bytes(), title="t" * (3 * 1024 * 1024))
    assert response.status_code == 413
    assert "too large" in response.json()["detail"]
    assert not Document.objects.exists()


def test_unicode_titles_and_file_names_survive(client):
    body = upload(client, REFCARD.read_bytes(), "Руководство 日本語 🚀.pdf", title="Ünïcödé 資料").json()
    assert body["title"] == "Ünïcödé 資料" and body["filename"] == "Руководство 日本語 🚀.pdf"


def test_the_file_is_served_inline_to_its_owner_only(settings, media_root):
    from django.contrib.auth.models import User

    settings.API_AUTH_REQUIRED = True
    owner, other = User.objects.create(username="olga"), User.objects.create(username="oscar")
    document = DocumentFactory(pdf=REFCARD, title="card", owner=owner, pages_total=3)
    client = APIClient()
    assert client.get(f"/documents/{document.id}/file").status_code == 401
    client.force_authenticate(other)
    assert client.get(f"/documents/{document.id}/file").status_code == 404
    client.force_authenticate(owner)
    response = client.get(f"/documents/{document.id}/file")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert b"".join(response.streaming_content) == REFCARD.read_bytes()


def test_a_file_missing_from_storage_is_a_404_that_says_so(media_root, caplog):
    document = DocumentFactory(title="card")
    document.file.storage.delete(document.file.name)  # lost: a disk replaced, a bad restore
    response = APIClient().get(f"/documents/{document.id}/file")
    assert response.status_code == 404
    assert "missing from the server's storage" in response.json()["detail"]
    assert any("missing" in record.getMessage() and record.levelname == "ERROR" for record in caplog.records)


def test_the_viewer_page_is_for_the_owner_only(settings, media_root):
    from django.contrib.auth.models import User
    from django.test import Client

    settings.API_AUTH_REQUIRED = True
    owner, other = User.objects.create(username="vera"), User.objects.create(username="victor")
    document = DocumentFactory(pdf=REFCARD, title="card <b>", owner=owner, pages_total=3)
    browser = Client()
    assert browser.get(f"/documents/{document.id}/view?page=3").status_code == 302  # to the login page
    browser.force_login(other)
    assert browser.get(f"/documents/{document.id}/view?page=3").status_code == 404
    browser.force_login(owner)
    page = browser.get(f"/documents/{document.id}/view?page=3&highlight=semilogx&back=https://evil.example/")
    html = page.content.decode()
    assert page.status_code == 200 and f"/documents/{document.id}/file" in html and "card &lt;b&gt;" in html
    assert "evil.example" not in html  # only a back link on this site
