"""Django admin for chat jobs and the django-rq dashboard behind staff login."""

import pytest
from django.contrib.auth import get_user_model

from chat.models import ChatJob, Chunk, Document
from tests.support.factories import DocumentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw-for-tests")
    client.force_login(user)
    return client


def test_chat_jobs_are_listed_filtered_and_searchable(staff_client):
    ChatJob.objects.create(message="about pipefail", status=ChatJob.Status.FINISHED, answer="a")
    ChatJob.objects.create(message="about globbing", status=ChatJob.Status.FAILED, error="boom")

    page = staff_client.get("/admin/chat/chatjob/").content.decode()
    assert "about pipefail" in page and "about globbing" in page
    filtered = staff_client.get("/admin/chat/chatjob/?status__exact=failed").content.decode()
    assert "about globbing" in filtered and "about pipefail" not in filtered
    searched = staff_client.get("/admin/chat/chatjob/?q=pipefail").content.decode()
    assert "about pipefail" in searched and "about globbing" not in searched


def test_chat_job_detail_is_read_only(staff_client):
    job = ChatJob.objects.create(message="q", status=ChatJob.Status.FINISHED, answer="a")
    page = staff_client.get(f"/admin/chat/chatjob/{job.id}/change/")
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    staff_client.post(f"/admin/chat/chatjob/{job.id}/change/", {"message": "changed"})
    assert ChatJob.objects.get(id=job.id).message == "q"


def test_dashboard_needs_staff_login(client):
    response = client.get("/django-rq/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_dashboard_is_linked_from_the_admin_and_works(staff_client):
    index = staff_client.get("/admin/").content.decode()
    assert 'href="/django-rq/"' in index
    dashboard = staff_client.get("/django-rq/")
    assert dashboard.status_code == 200
    assert "chat" in dashboard.content.decode()


def test_documents_and_chunks_in_the_admin(staff_client, refcard_rows):
    page = staff_client.get("/admin/chat/document/").content.decode()
    assert "Octave refcard" in page and "3/3" in page
    assert "Octave refcard" not in staff_client.get("/admin/chat/document/?status__exact=failed").content.decode()
    detail = staff_client.get(f"/admin/chat/document/{refcard_rows.id}/change/").content.decode()
    assert "semilogx" in detail  # the chunks are shown inline
    chunks = staff_client.get(f"/admin/chat/chunk/?document__id__exact={refcard_rows.id}").content.decode()
    assert "semilogx" in chunks or "logarithmic" in chunks


def test_deleting_a_document_in_the_admin_removes_its_file(staff_client, refcard_rows, media_root):
    path = media_root / refcard_rows.file.name
    assert path.exists()
    response = staff_client.post(f"/admin/chat/document/{refcard_rows.id}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Document.objects.exists() and not Chunk.objects.exists()
    assert not path.exists()


def test_deleting_documents_in_bulk_in_the_admin_removes_their_files(staff_client, refcard_rows, media_root):
    other = DocumentFactory(chunks=[(1, "Another document.")])
    paths = [media_root / refcard_rows.file.name, media_root / other.file.name]
    assert all(path.exists() for path in paths)
    response = staff_client.post(
        "/admin/chat/document/",
        {"action": "delete_selected", "_selected_action": [str(refcard_rows.id), str(other.id)], "post": "yes"},
    )
    assert response.status_code == 302
    assert not Document.objects.exists() and not Chunk.objects.exists()
    assert not any(path.exists() for path in paths)


def test_staff_share_the_library_in_the_admin_and_each_change_is_audited(staff_client):
    from chat.models import AuditEvent, Membership
    from chat.selectors.access import Asker, roles
    from chat.services.default_collections import library
    from tests.support.factories import UserFactory

    shelf, dana = library(), UserFactory(username="dana")
    url = f"/admin/chat/collection/{shelf.pk}/change/"
    assert staff_client.get(url).status_code == 200
    form = {"name": shelf.name, "memberships-TOTAL_FORMS": "1", "memberships-INITIAL_FORMS": "0",
            "memberships-0-user": str(dana.pk), "memberships-0-group": "", "memberships-0-role": "viewer"}  # fmt: skip
    assert staff_client.post(url, form).status_code == 302
    assert roles(asker=Asker(user=dana)).get(shelf.pk) == "viewer"  # the library's documents are dana's to read
    membership = Membership.objects.get(collection=shelf, user=dana)
    form |= {"memberships-INITIAL_FORMS": "1", "memberships-0-id": str(membership.pk),
             "memberships-0-collection": str(shelf.pk), "memberships-0-role": "editor"}  # fmt: skip
    assert staff_client.post(url, form).status_code == 302
    assert staff_client.post(url, form | {"memberships-0-DELETE": "on"}).status_code == 302
    assert shelf.pk not in roles(asker=Asker(user=dana))
    trail = AuditEvent.objects.filter(collection_key=shelf.key).order_by("at", "id")
    assert [(e.action, e.actor_name, e.detail["role"]) for e in trail] == [
        ("member.add", "admin", "viewer"),
        ("member.role", "admin", "editor"),
        ("member.remove", "admin", "editor"),
    ]
    assert all(e.detail["member"] == "user 'dana'" and e.detail["via"] == "admin" for e in trail)


def test_staff_revoke_tokens_in_the_admin(staff_client):
    from chat.models import ApiToken, AuditEvent
    from tests.support.factories import UserFactory, api_token

    api_token(UserFactory(username="erin"), name="bot")
    token = ApiToken.objects.get(name="bot")
    page = staff_client.get("/admin/chat/apitoken/").content.decode()
    assert "bot" in page and token.digest not in page
    staff_client.post("/admin/chat/apitoken/", {"action": "revoke", "_selected_action": [str(token.pk)]})
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert AuditEvent.objects.get(action="token.revoke").actor_name == "admin"
