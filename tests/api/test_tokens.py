"""API tokens (docs/access.md): made from a signed-in session or `manage.py create_api_user`,
shown once and stored as a SHA-256; sent as `Token` or `Bearer`, /v1 included; narrowed by
scopes and collections; refused once expired or revoked, on the very next request; audited.
Tokens from before named tokens: tests/test_migration_collections.py."""

import hashlib
import io
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from rest_framework.test import APIClient

from chat.models import ApiToken, AuditEvent, Document
from chat.selectors.access import Asker
from chat.services import collections as collection_services
from chat.services.default_collections import personal_collection
from tests.support.factories import REFCARD_TEXTS, DocumentFactory, UserFactory
from tests.support.pdfs import REFCARD, REFCARD_QUESTION

pytestmark = pytest.mark.django_db

AGENT = "tokens-test/1.0"


@pytest.fixture
def alice(settings, media_root):
    """A user who signed in on the chat page (a session), with sign-in required."""
    settings.API_AUTH_REQUIRED = True
    return UserFactory(username="alice")


def session_of(user) -> APIClient:
    client = APIClient(HTTP_USER_AGENT=AGENT)
    client.force_login(user)
    return client


def with_token(key: str, scheme: str = "Token") -> APIClient:
    return APIClient(HTTP_AUTHORIZATION=f"{scheme} {key}", HTTP_USER_AGENT=AGENT)


def new_token(user, **body) -> dict:
    response = session_of(user).post("/tokens", {"name": "bot", **body}, format="json")
    assert response.status_code == 201, response.content
    return response.json()


def upload(client: APIClient, data: bytes, **fields):
    file = io.BytesIO(data)
    file.name = "file.pdf"
    return client.post("/documents", {"file": file, **fields}, format="multipart")


def results(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_a_token_is_shown_once_and_only_its_sha256_is_stored(alice):
    session = session_of(alice)
    response = session.post("/tokens", {"name": "  laptop "}, format="json")
    assert response.status_code == 201
    made = response.json()
    key = made["token"]
    assert key.startswith("pdfchat_") and len(key) > 40
    assert made["name"] == "laptop" and made["scopes"] == ["ask", "manage", "upload"] and made["active"]
    assert key.startswith(made["prefix"]) and len(made["prefix"]) < 16
    assert made["expires_at"] is None and made["revoked_at"] is None and made["collection_ids"] == []

    row = ApiToken.objects.get(pk=made["token_id"])
    assert row.digest == hashlib.sha256(key.encode()).hexdigest()
    stored = [str(value) for value in ApiToken.objects.filter(pk=row.pk).values().get().values()]
    assert not any(key in value for value in stored)  # nowhere in clear text
    assert key not in str(list(AuditEvent.objects.values()))

    listed = session.get("/tokens")
    assert key not in listed.content.decode()
    assert [t["token_id"] for t in results(listed)] == [made["token_id"]]
    assert "token" not in results(listed)[0]
    assert results(listed)[0] == {name: value for name, value in made.items() if name != "token"} | {
        "last_used_at": None}  # fmt: skip


def test_a_token_works_as_token_and_as_bearer_and_records_its_last_use(alice):
    DocumentFactory(owner=alice, chunks=REFCARD_TEXTS)
    made = new_token(alice)
    assert ApiToken.objects.get(pk=made["token_id"]).last_used_at is None
    before = timezone.now()
    for scheme in ("Token", "Bearer", "bearer"):
        response = with_token(made["token"], scheme).post("/chat/sync", {"message": REFCARD_QUESTION}, format="json")
        assert response.status_code == 200 and response.json()["sources"], scheme
    used = ApiToken.objects.get(pk=made["token_id"]).last_used_at
    assert used is not None and used >= before
    assert results(session_of(alice).get("/tokens"))[0]["last_used_at"] is not None
    assert with_token(made["token"] + "x").get("/collections").status_code == 401
    assert APIClient().get("/collections").status_code == 401


@pytest.mark.django_db(transaction=True)  # /v1 answers in a thread of its own, on its own connection
def test_the_openai_endpoint_honours_tokens(alice):
    DocumentFactory(owner=alice, chunks=REFCARD_TEXTS)
    made = new_token(alice, scopes=["ask"])
    body = {"messages": [{"role": "user", "content": REFCARD_QUESTION}]}
    for scheme in ("Bearer", "Token"):
        response = with_token(made["token"], scheme).post("/v1/chat/completions", body, format="json")
        assert response.status_code == 200, response.content
        assert "semilogx" in response.json()["choices"][0]["message"]["content"]
    session_of(alice).delete(f"/tokens/{made['token_id']}")
    refused = with_token(made["token"], "Bearer").post("/v1/chat/completions", body, format="json")
    assert refused.status_code == 401 and "revoked" in refused.json()["error"]["message"]


def test_scopes_are_enforced_and_the_refusal_names_the_scope(alice):
    DocumentFactory(owner=alice, chunks=REFCARD_TEXTS)
    ask_only = with_token(new_token(alice, scopes=["ask"])["token"])
    refused = upload(ask_only, REFCARD.read_bytes())
    assert refused.status_code == 403 and "upload" in refused.json()["detail"].lower()
    assert not Document.objects.filter(title="file").exists()
    mine = Document.objects.get()
    assert ask_only.delete(f"/documents/{mine.id}").status_code == 403
    create = ask_only.post("/collections", {"name": "x"}, format="json")
    assert create.status_code == 403 and "manage" in create.json()["detail"].lower()
    assert ask_only.post("/chat/sync", {"message": REFCARD_QUESTION}, format="json").status_code == 200
    assert ask_only.get(f"/documents/{mine.id}/file").status_code == 200
    assert ask_only.get("/collections").status_code == 200

    upload_only = with_token(new_token(alice, scopes=["upload"])["token"])
    assert upload(upload_only, REFCARD.read_bytes()).status_code == 202
    asked = upload_only.post("/chat/sync", {"message": REFCARD_QUESTION}, format="json")
    assert asked.status_code == 403 and "ask" in asked.json()["detail"].lower()

    manager = with_token(new_token(alice, scopes=["ask", "manage"])["token"])
    made = manager.post("/collections", {"name": "Bots"}, format="json")
    assert made.status_code == 201
    key = made.json()["collection_id"]
    assert manager.get(f"/collections/{key}/audit").status_code == 200
    assert upload(manager, REFCARD.read_bytes(), collection_id=key).status_code == 403


MANAGE_ROUTES = [
    ("post", "/collections", {"name": "x"}),
    ("patch", "/collections/{key}", {"name": "renamed"}),
    ("delete", "/collections/{key}", None),
    ("post", "/collections/{key}/members", {"username": "bob", "role": "manager"}),
    ("delete", "/collections/{key}/members/carol", None),
    ("delete", "/collections/{key}/groups/readers", None),
    ("get", "/collections/{key}/audit", None),
]


@pytest.mark.parametrize(("method", "path", "body"), MANAGE_ROUTES)
def test_sharing_and_managing_a_collection_needs_the_manage_scope(alice, method, path, body):
    """Even the collection's manager's token: without `manage` it reads, it does not share."""
    from django.contrib.auth.models import Group

    UserFactory(username="bob")
    UserFactory(username="carol")
    key = str(collection_services.create_collection(asker=Asker(user=alice), name="Team").key)
    collection_services.set_member(asker=Asker(user=alice), collection_id=key, username="carol", role="viewer")
    Group.objects.create(name="readers")
    collection_services.set_member(asker=Asker(user=alice), collection_id=key, group="readers", role="viewer")
    before = list(AuditEvent.objects.values_list("id", flat=True))
    client = with_token(new_token(alice, scopes=["ask", "upload"])["token"])
    response = getattr(client, method)(path.format(key=key), body, format="json")
    assert response.status_code == 403, response.content
    assert "manage" in response.json()["detail"].lower()
    assert list(AuditEvent.objects.exclude(action="token.create").values_list("id", flat=True)) == before
    assert client.get(f"/collections/{key}").status_code == 200  # it may read it
    manager = with_token(new_token(alice, scopes=["manage"])["token"])
    assert getattr(manager, method)(path.format(key=key), body, format="json").status_code in (200, 201, 204)


@pytest.mark.parametrize(
    ("scopes", "call", "needed"),
    [
        (["ask"], lambda client: upload(client, REFCARD.read_bytes()), "upload"),
        (["ask"], lambda client: client.post("/collections", {"name": "x"}, format="json"), "manage"),
        (["upload", "manage"], lambda client: client.get("/collections"), "ask"),
    ],
)
def test_the_refusal_names_the_scope_as_clients_send_it(alice, scopes, call, needed):
    """The scope's own name, as `scopes` is written in POST /tokens, not Python's name for it."""
    response = call(with_token(new_token(alice, scopes=scopes)["token"]))
    assert response.status_code == 403
    assert response.json()["detail"] == (
        f"This needs an API token with the '{needed}' scope; this token has: {', '.join(sorted(scopes))}."
    )


def test_a_token_limited_to_collections_sees_only_those(alice):
    bob = UserFactory(username="bob")
    shared = collection_services.create_collection(asker=Asker(user=bob), name="Shared")
    collection_services.set_member(asker=Asker(user=bob), collection_id=str(shared.key), username="alice",
                                   role="editor")  # fmt: skip
    mine = DocumentFactory(owner=alice, chunks=REFCARD_TEXTS)
    theirs = DocumentFactory(owner=bob, collection=shared, chunks=REFCARD_TEXTS)
    personal = str(personal_collection(user=alice).key)

    made = new_token(alice, collection_ids=[str(shared.key)])
    assert made["collection_ids"] == [str(shared.key)]
    client = with_token(made["token"])
    listed = results(client.get("/collections"))
    assert [(c["collection_id"], c["role"]) for c in listed] == [(str(shared.key), "editor")]
    assert [d["document_id"] for d in results(client.get("/documents"))] == [str(theirs.id)]
    sources = client.post("/chat/sync", {"message": REFCARD_QUESTION}, format="json").json()["sources"]
    assert sources and {s["document_id"] for s in sources} == {str(theirs.id)}
    for response in (
        client.get(f"/collections/{personal}"),
        client.get(f"/documents/{mine.id}"),
        client.get(f"/documents/{mine.id}/file"),
        client.get("/documents", {"collection_id": personal}),
        client.post("/chat/sync", {"message": REFCARD_QUESTION, "collection_ids": [personal]}, format="json"),
    ):
        assert response.status_code == 404, (response.request["PATH_INFO"], response.content)
    assert upload(client, REFCARD.read_bytes(), collection_id=str(shared.key)).status_code == 202

    # Without the token, in her session, she sees both.
    assert len(results(session_of(alice).get("/collections"))) == 2
    # A token may only name collections its user may read.
    other = session_of(alice).post("/tokens", {"name": "x", "collection_ids": [str(personal_collection(
        user=bob).key)]}, format="json")  # fmt: skip
    assert other.status_code == 404 and ApiToken.objects.count() == 1


def test_a_token_whose_collections_are_all_deleted_reads_nothing(alice):
    """Not all of its user's collections: an empty list left by deletions must not widen it."""
    only = collection_services.create_collection(asker=Asker(user=alice), name="Only")
    DocumentFactory(owner=alice, chunks=REFCARD_TEXTS)  # in her personal collection
    client = with_token(new_token(alice, collection_ids=[str(only.key)])["token"])
    assert [c["name"] for c in results(client.get("/collections"))] == ["Only"]
    collection_services.delete_collection(asker=Asker(user=alice), collection_id=str(only.key))
    assert results(client.get("/collections")) == [] and results(client.get("/documents")) == []
    assert client.post("/chat/sync", {"message": REFCARD_QUESTION}, format="json").json()["sources"] == []
    assert len(results(session_of(alice).get("/collections"))) == 1  # her session still reads her own


def test_a_token_limited_to_collections_cannot_upload_into_its_users_personal_one(alice):
    """An upload without collection_id goes to the personal collection, which this token cannot reach."""
    bob = UserFactory(username="bob")
    shared = collection_services.create_collection(asker=Asker(user=bob), name="Shared")
    collection_services.set_member(asker=Asker(user=bob), collection_id=str(shared.key), username="alice",
                                   role="editor")  # fmt: skip
    client = with_token(new_token(alice, collection_ids=[str(shared.key)])["token"])
    refused = upload(client, REFCARD.read_bytes())
    assert refused.status_code in (400, 404), refused.content
    assert not Document.objects.exists()


def test_an_expired_token_is_refused(alice):
    made = new_token(alice, expires_at=(timezone.now() + timedelta(hours=1)).isoformat())
    client = with_token(made["token"])
    assert client.get("/collections").status_code == 200
    ApiToken.objects.filter(pk=made["token_id"]).update(expires_at=timezone.now() - timedelta(seconds=1))
    refused = client.get("/collections")
    assert refused.status_code == 401 and "expired" in refused.json()["detail"]
    assert results(session_of(alice).get("/tokens"))[0]["active"] is False
    past = session_of(alice).post("/tokens", {"name": "old", "expires_at": "2001-01-01T00:00:00Z"}, format="json")
    assert past.status_code == 400 and "expires_at" in past.json()


def test_a_revoked_token_is_refused_on_the_next_request(alice):
    made = new_token(alice)
    client, session = with_token(made["token"]), session_of(alice)
    assert client.get("/collections").status_code == 200
    assert session.delete(f"/tokens/{made['token_id']}").status_code == 204
    refused = client.get("/collections")
    assert refused.status_code == 401 and "revoked" in refused.json()["detail"]
    listed = results(session.get("/tokens"))[0]
    assert listed["revoked_at"] is not None and listed["active"] is False
    assert session.delete(f"/tokens/{made['token_id']}").status_code == 204  # again: nothing changes
    assert AuditEvent.objects.filter(action="token.revoke").count() == 1

    # Someone else's token is not yours to revoke, or to know of.
    bobs = new_token(UserFactory(username="bob"))
    assert session.delete(f"/tokens/{bobs['token_id']}").status_code == 404
    assert with_token(bobs["token"]).get("/collections").status_code == 200
    assert [t["token_id"] for t in results(session.get("/tokens"))] == [made["token_id"]]


def test_a_token_cannot_manage_tokens(alice):
    client = with_token(new_token(alice)["token"])
    for response in (
        client.get("/tokens"),
        client.post("/tokens", {"name": "another"}, format="json"),
        client.delete(f"/tokens/{ApiToken.objects.get().pk}"),
    ):
        assert response.status_code == 403 and "signed-in session" in response.json()["detail"]
    assert ApiToken.objects.filter(revoked_at__isnull=True).count() == 1


def test_anonymous_callers_cannot_manage_tokens_even_with_sign_in_off(settings):
    settings.API_AUTH_REQUIRED = False
    response = APIClient().post("/tokens", {"name": "x"}, format="json")
    assert response.status_code == 403 and not ApiToken.objects.exists()


def test_creating_and_revoking_tokens_is_audited(alice):
    made = new_token(alice, scopes=["ask"])
    session_of(alice).delete(f"/tokens/{made['token_id']}")
    events = AuditEvent.objects.order_by("at", "id")
    assert [(e.action, e.actor_name, e.target_id, e.ip, e.via) for e in events] == [
        ("token.create", "alice", str(made["token_id"]), "127.0.0.1", AGENT),
        ("token.revoke", "alice", str(made["token_id"]), "127.0.0.1", AGENT),
    ]
    assert events[0].detail["scopes"] == ["ask"] and events[0].detail["prefix"] == made["prefix"]


# --- manage.py create_api_user --------------------------------------------------------------


def create_api_user(*args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    call_command("create_api_user", *args, stdout=out, stderr=err)
    return out.getvalue().strip()


def test_create_api_user_prints_a_working_token_with_those_limits(settings, media_root):
    settings.API_AUTH_REQUIRED = True
    bot = UserFactory(username="bot")
    owner = UserFactory(username="owner")
    shared = collection_services.create_collection(asker=Asker(user=owner), name="Shared")
    collection_services.set_member(asker=Asker(user=owner), collection_id=str(shared.key), username="bot",
                                   role="editor")  # fmt: skip
    DocumentFactory(owner=owner, collection=shared, chunks=REFCARD_TEXTS)
    DocumentFactory(owner=bot, chunks=REFCARD_TEXTS)  # in its personal collection, out of the token's reach

    key = create_api_user("bot", "--scope", "ask", "--expires-days", "1", "--collection", str(shared.key),
                          "--name", "chat bot")  # fmt: skip
    token = ApiToken.objects.get(digest=hashlib.sha256(key.encode()).hexdigest())
    assert (token.user, token.name, token.scopes) == (bot, "chat bot", ["ask"])
    assert list(token.collections.all()) == [shared]
    expected = timezone.now() + timedelta(days=1)
    assert abs((token.expires_at - expected).total_seconds()) < 60

    client = with_token(key)
    sources = client.post("/chat/sync", {"message": REFCARD_QUESTION}, format="json").json()["sources"]
    assert sources and {s["collection_id"] for s in sources} == {str(shared.key)}
    assert [c["collection_id"] for c in results(client.get("/collections"))] == [str(shared.key)]
    assert upload(client, REFCARD.read_bytes(), collection_id=str(shared.key)).status_code == 403  # ask only
    event = AuditEvent.objects.get(action="token.create")
    assert (event.actor_name, event.via) == ("bot", "manage.py create_api_user")


def test_create_api_user_rotate_revokes_the_old_tokens(settings):
    settings.API_AUTH_REQUIRED = True
    first, second = create_api_user("bot"), create_api_user("bot", "--name", "second")
    assert with_token(first).get("/collections").status_code == 200
    assert with_token(second).get("/collections").status_code == 200
    third = create_api_user("bot", "--rotate")
    assert with_token(first).get("/collections").status_code == 401
    assert with_token(second).get("/collections").status_code == 401
    assert with_token(third).get("/collections").status_code == 200
    assert AuditEvent.objects.filter(action="token.revoke").count() == 2
    with pytest.raises(CommandError, match="No collection"):
        create_api_user("bot", "--collection", str(personal_collection(user=UserFactory()).key))


def test_a_limited_token_may_use_the_collection_it_creates(alice):
    shared = collection_services.create_collection(asker=Asker(user=alice), name="Shared")
    client = with_token(new_token(alice, collection_ids=[str(shared.key)])["token"])
    created = client.post("/collections", {"name": "Made by the bot"}, format="json").json()
    assert created["role"] == "manager"
    assert client.get(f"/collections/{created['collection_id']}").status_code == 200
    listed = {c["name"] for c in results(client.get("/collections"))}
    assert listed == {"Shared", "Made by the bot"}  # still not the personal one
