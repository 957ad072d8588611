"""End to end: upload a real PDF, a real worker ingests it, then ask about a known page."""

import pytest
from rest_framework.test import APIClient

from chat.models import Document
from tests.support.pdfs import MIME_SPEC, REFCARD_QUESTION, REFCARD_QUESTION_PAGE, encrypted_copy
from tests.support.processes import wait_until

pytestmark = pytest.mark.django_db(transaction=True)

QUESTION = "Is there an extended attribute that can store a file's MIME type?"
PAGE = 14  # user.mime_type (dev question mime-11)


def upload(client, path, title=""):
    with path.open("rb") as file:
        return client.post("/documents", {"file": file, "title": title}, format="multipart")


def wait_for_document(client, document_id, timeout=60):
    def settled():
        body = client.get(f"/documents/{document_id}").json()
        return body if body["status"] in ("ready", "failed") else None

    return wait_until(settled, timeout, "the document to be ingested", interval=0.1)


def test_upload_ingest_and_ask_sync_and_async(start_worker, media_root):
    start_worker("ingest", "vectors", "chat", MEDIA_ROOT=str(media_root))
    client = APIClient()

    response = upload(client, MIME_SPEC, title="MIME spec")
    assert response.status_code == 202
    document = wait_for_document(client, response.json()["document_id"])
    assert document["status"] == "ready", document
    assert document["pages_total"] == document["pages_done"] == 17
    assert document["chunks"] > 17

    sync = client.post("/chat/sync", {"message": QUESTION}, format="json").json()
    assert PAGE in [source["page"] for source in sync["sources"]]
    assert sync["sources"][0]["title"] == "MIME spec"
    assert "user.mime_type" in sync["answer"]

    job_id = client.post("/chat/async", {"message": QUESTION}, format="json").json()["job_id"]
    job = wait_until(
        lambda: (body := client.get(f"/chat/jobs/{job_id}").json())["status"] == "finished" and body,
        60,
        "the chat job",
        interval=0.1,
    )
    assert job["sources"] == sync["sources"]
    assert job["answer"] == sync["answer"]


def test_a_bad_pdf_fails_in_the_worker_with_a_clear_error(start_worker, media_root, tmp_path):
    start_worker("ingest", "vectors", MEDIA_ROOT=str(media_root))
    client = APIClient()
    response = upload(client, encrypted_copy(MIME_SPEC, tmp_path / "locked.pdf"))
    document = wait_for_document(client, response.json()["document_id"])
    assert document["status"] == "failed"
    assert "encrypted" in document["error"]
    assert document["chunks"] == 0
    assert Document.objects.get(id=document["document_id"]).chunks.count() == 0


def test_text_is_searchable_first_and_vectors_follow_in_the_background(start_worker, media_root, settings):
    from tests.support.pdfs import REFCARD

    settings.EMBEDDINGS_BACKEND = "local"  # the bundled model, in the worker and in this process
    start_worker("ingest", "vectors", MEDIA_ROOT=str(media_root), EMBEDDINGS_BACKEND="local")
    client = APIClient()
    document = wait_for_document(client, upload(client, REFCARD).json()["document_id"])
    assert document["status"] == "ready" and document["vector_status"] in ("queued", "running", "ready")

    def vectors_ready():
        body = client.get(f"/documents/{document['document_id']}").json()
        return body if body["vector_status"] in ("ready", "failed") else None

    done = wait_until(vectors_ready, 90, "the vectors", interval=0.2)
    assert done["vector_status"] == "ready" and done["vectors_done"] == done["chunks"] > 0
    stored = Document.objects.get(id=document["document_id"])
    assert stored.vector_model.startswith("multilingual-e5-small")
    vectors = [chunk.embedding for chunk in stored.chunks.all()]
    assert all(v is not None and v.shape == (384,) for v in vectors)
    sync = client.post("/chat/sync", {"message": REFCARD_QUESTION}, format="json").json()
    assert sync["sources"][0]["page"] == REFCARD_QUESTION_PAGE
