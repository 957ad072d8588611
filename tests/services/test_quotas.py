"""Per-user quotas: stored bytes refused at upload (413), pages failing the ingestion."""

import io

import pytest
from django.contrib.auth import get_user_model
from rest_framework.test import APIClient

from chat.models import Document
from chat.services.ingestion.jobs import ingest as ingest_job
from chat.services.quotas import QuotaExceeded
from tests.support.ingestion import ingest_inline
from tests.support.pdfs import MIME_SPEC, REFCARD

pytestmark = pytest.mark.django_db

REFCARD_PAGES, MIME_SPEC_PAGES = 3, 17


def make_user(name: str):
    return get_user_model().objects.create_user(name, password="pw-for-tests")


def client_for(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def upload(client, path, **extra):
    file = io.BytesIO(path.read_bytes())
    file.name = path.name
    return client.post("/documents", {"file": file, **extra}, format="multipart")


def test_an_upload_past_the_byte_quota_is_refused_with_the_numbers(media_root, settings):
    limit = settings.QUOTA_BYTES_PER_USER = REFCARD.stat().st_size + MIME_SPEC.stat().st_size - 1
    alice, bob = make_user("alice"), make_user("bob")
    client = client_for(alice)

    assert upload(client, REFCARD).status_code == 202
    refused = upload(client, MIME_SPEC)
    assert refused.status_code == 413
    detail = refused.json()["detail"]
    assert detail.startswith("Storage quota reached")
    new, used, limit = (f"{n / 1024:.1f} KB" for n in (MIME_SPEC.stat().st_size, REFCARD.stat().st_size, limit))
    assert f"this file ({new}) and your documents ({used}) would pass your limit of {limit}" in detail
    assert Document.objects.filter(owner=alice).count() == 1
    assert len(list((media_root / "documents").iterdir())) == 1  # nothing of the refused file stored

    assert upload(client_for(bob), MIME_SPEC).status_code == 202  # a quota is per user


def test_the_same_bytes_again_are_no_new_usage(media_root, settings):
    settings.QUOTA_BYTES_PER_USER = REFCARD.stat().st_size  # exactly full after one upload
    client = client_for(make_user("alice"))
    first = upload(client, REFCARD)
    again = upload(client, REFCARD, title="renamed")
    assert (first.status_code, again.status_code) == (202, 200)
    assert again.json()["document_id"] == first.json()["document_id"]


def test_a_byte_quota_of_zero_is_no_limit(media_root, settings):
    settings.QUOTA_BYTES_PER_USER = 0
    client = client_for(make_user("alice"))
    assert upload(client, REFCARD).status_code == 202
    assert upload(client, MIME_SPEC).status_code == 202


def test_deleting_documents_makes_room(media_root, settings):
    settings.QUOTA_BYTES_PER_USER = MIME_SPEC.stat().st_size
    client = client_for(make_user("alice"))
    document_id = upload(client, REFCARD).json()["document_id"]
    assert upload(client, MIME_SPEC).status_code == 413
    assert client.delete(f"/documents/{document_id}").status_code == 204
    assert upload(client, MIME_SPEC).status_code == 202


def test_a_pdf_past_the_page_quota_fails_in_ingestion_with_the_numbers(media_root, settings):
    settings.QUOTA_PAGES_PER_USER = REFCARD_PAGES + MIME_SPEC_PAGES - 1
    alice, bob = make_user("alice"), make_user("bob")
    refcard = ingest_inline(REFCARD, owner=alice)
    assert refcard.status == Document.Status.READY

    with pytest.raises(QuotaExceeded):
        ingest_inline(MIME_SPEC, owner=alice)
    failed = Document.objects.get(owner=alice, filename=MIME_SPEC.name)
    assert failed.status == Document.Status.FAILED and failed.chunk_count == 0
    assert failed.error == (
        "Page quota reached: this PDF's 17 pages and the 3 pages of your other documents would pass "
        "your limit of 19 pages. Delete documents to make room."
    )
    assert ingest_inline(MIME_SPEC, owner=bob).status == Document.Status.READY  # bob has his own

    # Neither the failed document nor a document's own earlier reading counts against it.
    settings.QUOTA_PAGES_PER_USER = REFCARD_PAGES
    Document.objects.filter(id=refcard.id).update(status=Document.Status.QUEUED)  # a job runs a queued document
    assert ingest_job(document_id=refcard.id).status == Document.Status.READY


def test_a_page_quota_of_zero_is_no_limit(media_root, settings):
    settings.QUOTA_PAGES_PER_USER = 0
    owner = make_user("alice")
    assert ingest_inline(REFCARD, owner=owner).status == Document.Status.READY
    assert ingest_inline(MIME_SPEC, owner=owner).status == Document.Status.READY


def test_sizes_in_messages_are_for_people():
    from chat.services.quotas import _size

    assert [_size(n) for n in (512, 1536, 3 * 1024**2 + 1024**2 // 10, 2 * 1024**3, 3000 * 1024**3)] == [
        "512 bytes",
        "1.5 KB",
        "3.1 MB",
        "2.0 GB",
        "3,000.0 GB",
    ]
