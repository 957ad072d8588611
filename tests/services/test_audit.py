"""The audit trail: uploads, deletions, downloads and tokens, each with who, when and from where;
nothing recorded for what did not happen; staff read it in the admin; it expires."""

import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from chat.models import AuditEvent, Document
from chat.services import audit
from tests.support.factories import DocumentFactory, UserFactory
from tests.support.pdfs import MIME_SPEC, REFCARD

pytestmark = pytest.mark.django_db
AGENT = "curl/8.14"
Action = AuditEvent.Action


@pytest.fixture
def alice(settings, media_root) -> APIClient:
    settings.API_AUTH_REQUIRED = True
    client = APIClient(HTTP_USER_AGENT=AGENT, REMOTE_ADDR="203.0.113.7")
    client.force_authenticate(User.objects.create_user("alice"))
    return client


def upload(client: APIClient, data: bytes):
    file = io.BytesIO(data)
    file.name = "card.pdf"
    return client.post("/documents", {"file": file, "title": "Octave card"}, format="multipart")


def events() -> list[tuple[str, str, str]]:
    return [(e.action, e.actor_name, e.target_label) for e in AuditEvent.objects.order_by("id")]


def test_upload_download_and_delete_are_recorded_with_who_and_where(alice):
    document_id = upload(alice, REFCARD.read_bytes()).json()["document_id"]
    assert upload(alice, REFCARD.read_bytes()).status_code == 200  # the same bytes again: nothing new happened
    assert alice.get(f"/documents/{document_id}/file").status_code == 200
    assert alice.delete(f"/documents/{document_id}").status_code == 204
    assert events() == [
        (Action.UPLOAD, "alice", "Octave card"),
        (Action.DOWNLOAD, "alice", "Octave card"),
        (Action.DELETE, "alice", "Octave card"),
    ]
    deleted = AuditEvent.objects.get(action=Action.DELETE)  # it outlives the document it names
    assert not Document.objects.exists()
    assert (deleted.target_id, deleted.ip, deleted.via) == (document_id, "203.0.113.7", AGENT)
    assert deleted.actor.username == "alice" and deleted.detail["filename"] == "card.pdf"


def test_a_failed_document_uploaded_again_is_a_new_upload(alice):
    document_id = upload(alice, REFCARD.read_bytes()).json()["document_id"]
    Document.objects.filter(id=document_id).update(status=Document.Status.FAILED)
    assert upload(alice, REFCARD.read_bytes()).json()["status"] == "queued"
    assert [action for action, *_ in events()] == [Action.UPLOAD, Action.UPLOAD]


def test_what_is_refused_is_not_recorded(alice):
    bob = DocumentFactory(owner=UserFactory(username="bob"))
    assert alice.delete(f"/documents/{bob.id}").status_code == 404
    assert alice.get(f"/documents/{bob.id}/file").status_code == 404
    assert upload(alice, b"not a pdf").status_code == 415
    assert events() == []


def test_the_command_line_and_the_admin_are_named_as_where(media_root, admin_user):
    call_command("ingest", str(MIME_SPEC), stdout=io.StringIO())
    call_command("create_api_user", "carol", stdout=io.StringIO(), stderr=io.StringIO())
    call_command("create_api_user", "carol", "--rotate", stdout=io.StringIO(), stderr=io.StringIO())
    staff = Client(HTTP_USER_AGENT="Firefox")
    staff.force_login(admin_user)
    document = Document.objects.get()
    response = staff.post(f"/admin/chat/document/{document.id}/delete/", {"post": "yes"})
    assert response.status_code == 302 and not Document.objects.exists()
    rows = [(e.action, e.actor_name, e.via) for e in AuditEvent.objects.order_by("id")]
    assert rows == [
        (Action.UPLOAD, "", "manage.py ingest"),  # no --owner: nobody's
        (Action.TOKEN_CREATE, "carol", "manage.py create_api_user"),
        (Action.TOKEN_REVOKE, "carol", "manage.py create_api_user"),
        (Action.TOKEN_CREATE, "carol", "manage.py create_api_user"),
        (Action.DELETE, "admin", "Firefox"),
    ]


def test_staff_read_the_trail_in_the_admin_and_nobody_edits_it(admin_user):
    audit.record(action=Action.DELETE, actor=admin_user, origin=audit.Origin(ip="192.0.2.1"), target_label="Manual")
    staff = Client()
    staff.force_login(admin_user)
    page = staff.get("/admin/chat/auditevent/")
    assert page.status_code == 200 and "Manual" in page.content.decode() and "192.0.2.1" in page.content.decode()
    event = AuditEvent.objects.get()
    assert staff.get("/admin/chat/auditevent/add/").status_code == 403
    assert staff.post(f"/admin/chat/auditevent/{event.id}/delete/", {"post": "yes"}).status_code == 403
    assert AuditEvent.objects.count() == 1


def test_events_past_their_retention_are_purged(settings):
    settings.AUDIT_RETENTION_DAYS = 30
    for days in (40, 31, 29, 0):
        event = audit.record(action=Action.DOWNLOAD, actor=None, origin=None, target_label=f"{days} days old")
        AuditEvent.objects.filter(id=event.id).update(at=timezone.now() - timedelta(days=days))
    out = io.StringIO()
    call_command("purge_audit", stdout=out)
    assert out.getvalue().strip() == "deleted 2 audit event(s) older than 30 days"
    assert sorted(e[2] for e in events()) == ["0 days old", "29 days old"]
    settings.AUDIT_RETENTION_DAYS = 0  # keep them all
    AuditEvent.objects.update(at=timezone.now() - timedelta(days=10_000))
    assert audit.purge_expired() == 0 and AuditEvent.objects.count() == 2
