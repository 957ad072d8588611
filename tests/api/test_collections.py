"""Collections through HTTP (DRF test client, sign-in on): creating, listing, renaming and
deleting them, sharing them (users and groups, roles, the last manager), what non-members and
lesser roles get (404 and 403), uploads and questions scoped to a collection, sources hidden
once their collection is lost, and the audit trail its managers read (docs/access.md)."""

import io
import uuid
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from rest_framework.test import APIClient

from chat.models import AuditEvent, ChatJob, Chunk, Collection, Document, Membership
from chat.selectors.access import Asker
from chat.services import collections as services
from chat.services.default_collections import library, personal_collection
from tests.support.factories import REFCARD_TEXTS, ChunkFactory, DocumentFactory, UserFactory
from tests.support.pdfs import MIME_SPEC, REFCARD, REFCARD_QUESTION
from tests.support.processes import run_chat_queue

pytestmark = pytest.mark.django_db

AGENT = "collections-test/1.0"


def client_of(user) -> APIClient:
    """A signed-in client (as the chat page is) with a user agent the audit trail records."""
    client = APIClient(HTTP_USER_AGENT=AGENT)
    client.force_login(user)
    return client


def upload(client: APIClient, data: bytes, name: str = "file.pdf", **fields):
    file = io.BytesIO(data)
    file.name = name
    return client.post("/documents", {"file": file, **fields}, format="multipart")


def team(manager, name: str = "Manuals", **members: str) -> Collection:
    """A team collection managed by `manager`, with `members` (username=role) added by them."""
    collection = services.create_collection(asker=Asker(user=manager), name=name)
    for username, role in members.items():
        services.set_member(asker=Asker(user=manager), collection_id=str(collection.key), username=username, role=role)
    return collection


def results(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["results"]


@pytest.fixture
def people(settings, media_root) -> SimpleNamespace:
    """Alice, Bob, Carol and Dave (each with their personal collection); sign-in required."""
    settings.API_AUTH_REQUIRED = True
    return SimpleNamespace(**{name: UserFactory(username=name) for name in ("alice", "bob", "carol", "dave")})


# --- Creating, listing, renaming, deleting -----------------------------------------------


def test_create_answers_the_collection_with_its_creator_as_manager(people):
    client = client_of(people.alice)
    response = client.post("/collections", {"name": "  Manuals "}, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert {"collection_id", "name", "role"} <= set(body)
    assert (body["name"], body["role"], body["kind"], body["documents"]) == ("Manuals", "manager", "team", 0)
    collection = Collection.objects.get(key=body["collection_id"])
    assert list(collection.memberships.values_list("user__username", "role")) == [("alice", "manager")]
    assert client.get(f"/collections/{body['collection_id']}").json() == body
    assert client.post("/collections", {"name": "  "}, format="json").status_code == 400


def test_the_list_shows_the_personal_collection_first_and_my_role_in_each(people):
    alice, bob, carol = people.alice, people.bob, people.carol
    client = client_of(alice)
    team(alice, "Zeta")
    team(bob, "alpha", alice="viewer")
    team(carol, "Beta", alice="editor")
    team(carol, "Hidden")  # alice is not in it
    listed = results(client.get("/collections"))
    assert [(c["name"], c["role"], c["kind"]) for c in listed] == [
        ("alice's documents", "manager", "personal"),
        ("alpha", "viewer", "team"),
        ("Beta", "editor", "team"),
        ("Zeta", "manager", "team"),
    ]
    assert listed[0]["collection_id"] == str(personal_collection(user=alice).key)

    # Someone else's personal collection shared with her comes after her own, whatever the names.
    aaron = UserFactory(username="aaron")
    services.set_member(asker=Asker(user=aaron), collection_id=str(personal_collection(user=aaron).key),
                        username="alice", role="viewer")  # fmt: skip
    listed = results(client.get("/collections"))
    assert [c["name"] for c in listed[:2]] == ["alice's documents", "aaron's documents"]


def test_a_manager_renames_and_deletes_a_team_collection(people):
    alice = people.alice
    client = client_of(alice)
    key = str(team(alice).key)
    renamed = client.patch(f"/collections/{key}", {"name": "Handbooks"}, format="json")
    assert renamed.status_code == 200 and renamed.json()["name"] == "Handbooks"
    assert Collection.objects.get(key=key).name == "Handbooks"
    assert client.delete(f"/collections/{key}").status_code == 204
    assert not Collection.objects.filter(key=key).exists()
    assert not Membership.objects.filter(collection__key=key).exists()
    assert client.get(f"/collections/{key}").status_code == 404


def test_lesser_roles_get_403_naming_the_role_needed(people):
    viewer, editor = client_of(people.bob), client_of(people.carol)
    key = str(team(people.alice, bob="viewer", carol="editor").key)
    assert viewer.get(f"/collections/{key}").json()["role"] == "viewer"
    for client, role in ((viewer, "viewer"), (editor, "editor")):
        response = client.patch(f"/collections/{key}", {"name": "Mine now"}, format="json")
        assert response.status_code == 403
        assert response.json()["detail"] == (
            f"This needs the manager role in collection 'Manuals'; you are a {role} there."
        )
        assert client.delete(f"/collections/{key}").status_code == 403
        assert client.post(f"/collections/{key}/members", {"username": "dave", "role": "viewer"},
                           format="json").status_code == 403  # fmt: skip
        assert client.delete(f"/collections/{key}/members/alice").status_code == 403
    assert Collection.objects.get(key=key).name == "Manuals"
    assert not Membership.objects.filter(collection__key=key, user__username="dave").exists()


def test_a_personal_collection_cannot_be_deleted(people):
    alice = people.alice
    client = client_of(alice)
    key = str(personal_collection(user=alice).key)
    response = client.delete(f"/collections/{key}")
    assert response.status_code == 409 and "cannot be deleted" in response.json()["detail"]
    assert Collection.objects.filter(key=key).exists()


def test_deleting_a_team_collection_deletes_its_documents_and_their_files(people, media_root):
    alice = people.alice
    client = client_of(alice)
    key = str(team(alice).key)
    only_here = upload(client, MIME_SPEC.read_bytes(), collection_id=key).json()
    shared = upload(client, REFCARD.read_bytes(), collection_id=key).json()
    elsewhere = upload(client, REFCARD.read_bytes()).json()  # the same bytes in her personal collection
    ChunkFactory(document=Document.objects.get(id=only_here["document_id"]), text="shared-mime-info")
    files = {d["document_id"]: media_root / Document.objects.get(id=d["document_id"]).file.name
             for d in (only_here, shared, elsewhere)}  # fmt: skip
    assert files[shared["document_id"]] == files[elsewhere["document_id"]] and all(f.exists() for f in files.values())

    assert client.delete(f"/collections/{key}").status_code == 204
    assert [str(i) for i in Document.objects.values_list("id", flat=True)] == [elsewhere["document_id"]]
    assert not Chunk.objects.exists()
    assert not files[only_here["document_id"]].exists()
    assert files[elsewhere["document_id"]].exists()  # still used by the personal copy
    assert client.get(f"/documents/{shared['document_id']}").status_code == 404
    assert client.get(f"/documents/{elsewhere['document_id']}/file").status_code == 200
    deleted = AuditEvent.objects.filter(action="document.delete", collection_key=key)
    assert sorted(deleted.values_list("target_id", flat=True)) == sorted(
        [only_here["document_id"], shared["document_id"]]
    )


# --- Non-members: 404 for the collection and everything in it ---------------------------


def test_a_non_member_gets_404_for_the_collection_and_everything_in_it(people):
    alice, bob = people.alice, people.bob
    owner, stranger = client_of(alice), client_of(bob)
    collection = team(alice)
    key = str(collection.key)
    document = DocumentFactory(owner=alice, collection=collection)
    unknown_key, unknown_document = str(uuid.uuid4()), str(uuid.uuid4())

    def calls(key: str, document_id: str) -> list:
        return [
            stranger.get(f"/collections/{key}"),
            stranger.patch(f"/collections/{key}", {"name": "x"}, format="json"),
            stranger.delete(f"/collections/{key}"),
            stranger.get(f"/collections/{key}/members"),
            stranger.post(f"/collections/{key}/members", {"username": "bob", "role": "manager"}, format="json"),
            stranger.delete(f"/collections/{key}/members/alice"),
            stranger.delete(f"/collections/{key}/groups/staffers"),
            stranger.get(f"/collections/{key}/audit"),
            stranger.get("/documents", {"collection_id": key}),
            upload(stranger, b"%PDF-1.4 bob's", collection_id=key),
            stranger.post("/chat/sync", {"message": "hi", "collection_ids": [key]}, format="json"),
            stranger.get(f"/documents/{document_id}"),
            stranger.get(f"/documents/{document_id}/file"),
            stranger.delete(f"/documents/{document_id}"),
        ]

    Group.objects.create(name="staffers")
    real, unknown = calls(key, str(document.id)), calls(unknown_key, unknown_document)
    for got, expected in zip(real, unknown, strict=True):
        assert got.status_code == 404, (got.request["PATH_INFO"], got.status_code, got.content)
        # Exactly what an id that does not exist gets (the message names the id asked for).
        assert got.json()["detail"].replace(key, "ID") == expected.json()["detail"].replace(unknown_key, "ID")
    # The viewer page too: a page saying so, as for a document that does not exist.
    page, no_page = stranger.get(f"/documents/{document.id}/view"), stranger.get(f"/documents/{unknown_document}/view")
    assert page.status_code == no_page.status_code == 404
    assert page.content.replace(str(document.id).encode(), b"ID") == no_page.content.replace(
        unknown_document.encode(), b"ID")  # fmt: skip
    assert key not in str(results(stranger.get("/collections")))
    assert str(document.id) not in str(results(stranger.get("/documents")))
    # Nothing happened: the collection, its member, its document are all still there.
    members = results(owner.get(f"/collections/{key}/members"))
    assert [(m["username"], m["group"], m["role"]) for m in members] == [("alice", None, "manager")]
    assert Document.objects.filter(id=document.id).exists() and Collection.objects.get(key=key).name == "Manuals"
    assert not Document.objects.filter(collection=personal_collection(user=bob)).exists()


# --- Members --------------------------------------------------------------------------------


def test_members_are_added_changed_and_removed_and_take_effect_on_the_next_request(people):
    manager, client = client_of(people.alice), client_of(people.bob)
    key = str(team(people.alice).key)
    assert client.get(f"/collections/{key}").status_code == 404

    added = manager.post(f"/collections/{key}/members", {"username": "bob", "role": "viewer"}, format="json")
    assert added.status_code == 201 and added.json() | {"added_at": None} == {
        "username": "bob", "group": None, "role": "viewer", "added_at": None}  # fmt: skip
    assert client.get(f"/collections/{key}").json()["role"] == "viewer"
    assert [(m["username"], m["role"]) for m in results(client.get(f"/collections/{key}/members"))] == [
        ("alice", "manager"), ("bob", "viewer")]  # fmt: skip

    changed = manager.post(f"/collections/{key}/members", {"username": "bob", "role": "editor"}, format="json")
    assert changed.status_code == 200 and changed.json()["role"] == "editor"
    assert client.get(f"/collections/{key}").json()["role"] == "editor"
    same = manager.post(f"/collections/{key}/members", {"username": "bob", "role": "editor"}, format="json")
    assert same.status_code == 200

    assert manager.delete(f"/collections/{key}/members/bob").status_code == 204
    assert client.get(f"/collections/{key}").status_code == 404
    assert manager.delete(f"/collections/{key}/members/bob").status_code == 400  # not a member any more


def test_unknown_users_and_groups_are_400(people):
    alice = people.alice
    manager = client_of(alice)
    key = str(team(alice).key)
    for body, says in (
        ({"username": "nobody", "role": "viewer"}, "No user named 'nobody'."),
        ({"group": "nobody", "role": "viewer"}, "No group named 'nobody'."),
    ):
        response = manager.post(f"/collections/{key}/members", body, format="json")
        assert response.status_code == 400 and response.json()["detail"] == says
    assert manager.post(f"/collections/{key}/members", {"username": "bob", "role": "owner"},
                        format="json").status_code == 400  # fmt: skip
    assert manager.post(f"/collections/{key}/members", {"username": "bob", "group": "g", "role": "viewer"},
                        format="json").status_code == 400  # fmt: skip
    assert Membership.objects.filter(collection__key=key).count() == 1


def test_a_groups_users_get_its_role_and_lose_it_with_the_group(people):
    alice, bob = people.alice, people.bob
    manager, client, other = client_of(alice), client_of(bob), client_of(people.carol)
    key = str(team(alice).key)
    readers = Group.objects.create(name="readers")
    bob.groups.add(readers)
    response = manager.post(f"/collections/{key}/members", {"group": "readers", "role": "editor"}, format="json")
    assert response.status_code == 201 and response.json()["group"] == "readers"
    assert response.json()["username"] is None
    assert client.get(f"/collections/{key}").json()["role"] == "editor"
    assert upload(client, REFCARD.read_bytes(), collection_id=key).status_code == 202
    assert other.get(f"/collections/{key}").status_code == 404  # not in the group

    # Bob's own membership and the group's: the higher one counts.
    manager.post(f"/collections/{key}/members", {"username": "bob", "role": "viewer"}, format="json")
    assert client.get(f"/collections/{key}").json()["role"] == "editor"

    assert manager.delete(f"/collections/{key}/groups/readers").status_code == 204
    assert client.get(f"/collections/{key}").json()["role"] == "viewer"
    manager.delete(f"/collections/{key}/members/bob")
    assert client.get(f"/collections/{key}").status_code == 404


def test_the_last_manager_can_be_neither_removed_nor_demoted(people):
    alice = people.alice
    manager, other = client_of(alice), client_of(people.bob)
    key = str(team(alice, bob="viewer").key)
    for response in (
        manager.delete(f"/collections/{key}/members/alice"),  # leaving
        manager.post(f"/collections/{key}/members", {"username": "alice", "role": "editor"}, format="json"),
    ):
        assert response.status_code == 409 and "needs a manager" in response.json()["detail"]
    assert Membership.objects.get(collection__key=key, user=alice).role == "manager"  # nothing changed
    assert not AuditEvent.objects.filter(action__in=["member.remove", "member.role"]).exists()

    manager.post(f"/collections/{key}/members", {"username": "bob", "role": "manager"}, format="json")
    demoted = manager.post(f"/collections/{key}/members", {"username": "alice", "role": "viewer"}, format="json")
    assert demoted.status_code == 200
    assert other.delete(f"/collections/{key}/members/bob").status_code == 409  # bob is the last one now
    assert other.delete(f"/collections/{key}/members/alice").status_code == 204


def test_a_personal_collection_may_be_shared_but_its_user_stays_its_manager(people):
    alice, bob = people.alice, people.bob
    mine, other = client_of(alice), client_of(bob)
    key = str(personal_collection(user=alice).key)
    assert mine.post(f"/collections/{key}/members", {"username": "bob", "role": "manager"},
                     format="json").status_code == 201  # fmt: skip
    assert other.get(f"/collections/{key}").json()["kind"] == "personal"
    for response in (
        other.post(f"/collections/{key}/members", {"username": "alice", "role": "viewer"}, format="json"),
        other.delete(f"/collections/{key}/members/alice"),
        mine.delete(f"/collections/{key}/members/alice"),  # leaving it
    ):
        assert response.status_code == 409
        assert "this is their personal collection" in response.json()["detail"]
    assert Membership.objects.get(collection__key=key, user=alice).role == "manager"
    # So her uploads, which go there by default, always land where she can read them.
    assert upload(mine, REFCARD.read_bytes()).json()["collection_id"] == key
    assert mine.get(f"/collections/{key}").json()["role"] == "manager"
    assert other.delete(f"/collections/{key}/members/bob").status_code == 204  # the others may leave


def test_members_are_listed_users_first_then_groups(people):
    alice = people.alice
    manager = client_of(alice)
    key = str(team(alice, carol="viewer", bob="editor").key)
    for name in ("writers", "readers"):
        Group.objects.create(name=name)
        manager.post(f"/collections/{key}/members", {"group": name, "role": "viewer"}, format="json")
    listed = [(m["username"], m["group"]) for m in results(manager.get(f"/collections/{key}/members"))]
    assert listed == [("alice", None), ("bob", None), ("carol", None), (None, "readers"), (None, "writers")]


def test_a_member_may_leave_but_not_remove_others(people):
    leaver = client_of(people.bob)
    key = str(team(people.alice, bob="viewer", carol="editor").key)
    assert leaver.delete(f"/collections/{key}/members/carol").status_code == 403
    assert leaver.delete(f"/collections/{key}/members/bob").status_code == 204
    assert leaver.get(f"/collections/{key}").status_code == 404
    assert sorted(Membership.objects.filter(collection__key=key).values_list("user__username", flat=True)) == [
        "alice", "carol"]  # fmt: skip


# --- Documents in collections -----------------------------------------------------------------


def test_uploads_need_the_editor_role_in_the_collection_named(people):
    bob, carol = people.bob, people.carol
    viewer, editor, stranger = client_of(bob), client_of(carol), client_of(people.dave)
    key = str(team(people.alice, bob="viewer", carol="editor").key)
    data = REFCARD.read_bytes()

    accepted = upload(editor, data, collection_id=key)
    assert accepted.status_code == 202 and accepted.json()["collection_id"] == key
    document = Document.objects.get(id=accepted.json()["document_id"])
    assert (document.collection.key, document.owner) == (uuid.UUID(key), carol)

    refused = upload(viewer, data + b"\n% viewer", collection_id=key)
    assert refused.status_code == 403
    assert refused.json()["detail"] == "This needs the editor role in collection 'Manuals'; you are a viewer there."
    assert upload(stranger, data + b"\n% stranger", collection_id=key).status_code == 404
    assert Document.objects.count() == 1

    # No collection named: the uploader's personal one.
    mine = upload(viewer, data, name="mine.pdf")
    assert mine.status_code == 202 and mine.json()["collection_id"] == str(personal_collection(user=bob).key)

    # Deleting needs the editor role as well.
    assert viewer.delete(f"/documents/{document.id}").status_code == 403
    assert viewer.get(f"/documents/{document.id}").status_code == 200
    assert viewer.get(f"/documents/{document.id}/file").status_code == 200
    assert editor.delete(f"/documents/{document.id}").status_code == 204


def test_deduplication_is_per_collection(people, media_root):
    alice = people.alice
    client = client_of(alice)
    key = str(team(alice).key)
    data = REFCARD.read_bytes()
    personal = upload(client, data)
    shared = upload(client, data, collection_id=key)
    again = upload(client, data, collection_id=key)
    assert (personal.status_code, shared.status_code, again.status_code) == (202, 202, 200)
    assert personal.json()["document_id"] != shared.json()["document_id"]
    assert again.json()["document_id"] == shared.json()["document_id"]
    assert Document.objects.count() == 2
    assert len(list((media_root / "documents").iterdir())) == 1  # the file is named by its hash: one copy


def test_the_document_list_filters_by_collection(people):
    alice, bob = people.alice, people.bob
    client = client_of(alice)
    shared = team(bob, alice="viewer")
    mine, theirs = DocumentFactory(owner=alice), DocumentFactory(owner=bob, collection=shared)
    DocumentFactory(owner=bob)  # in bob's personal collection: not alice's to see
    assert {d["document_id"] for d in results(client.get("/documents"))} == {str(mine.id), str(theirs.id)}
    only = results(client.get("/documents", {"collection_id": str(shared.key)}))
    assert [(d["document_id"], d["collection_id"]) for d in only] == [(str(theirs.id), str(shared.key))]
    assert client.get("/documents", {"collection_id": "nope"}).status_code == 400


# --- Questions ------------------------------------------------------------------------------


def test_collection_ids_limit_the_sources_and_each_source_names_its_collection(people):
    alice, bob = people.alice, people.bob
    client = client_of(alice)
    shared = team(bob, alice="viewer")
    mine = DocumentFactory(owner=alice, title="Mine", chunks=REFCARD_TEXTS)
    theirs = DocumentFactory(owner=bob, collection=shared, title="Shared", chunks=REFCARD_TEXTS)
    DocumentFactory(owner=bob, title="Bob's own", chunks=REFCARD_TEXTS)  # not alice's to read
    personal_key, shared_key = str(personal_collection(user=alice).key), str(shared.key)

    everything = client.post("/chat/sync", {"message": REFCARD_QUESTION}, format="json").json()["sources"]
    assert {(s["document_id"], s["collection_id"]) for s in everything} == {
        (str(mine.id), personal_key), (str(theirs.id), shared_key)}  # fmt: skip

    for key, document in ((shared_key, theirs), (personal_key, mine)):
        body = client.post("/chat/sync", {"message": REFCARD_QUESTION, "collection_ids": [key]}, format="json")
        assert body.status_code == 200
        sources = body.json()["sources"]
        assert sources and {(s["document_id"], s["collection_id"]) for s in sources} == {(str(document.id), key)}


@pytest.mark.django_db(transaction=True)  # /v1 answers in a thread of its own, on its own connection
def test_an_unreadable_collection_in_collection_ids_is_404_before_anything_happens(people):
    alice, bob = people.alice, people.bob
    client = client_of(alice)
    DocumentFactory(owner=alice, chunks=REFCARD_TEXTS)
    theirs = str(personal_collection(user=bob).key)
    mine = str(personal_collection(user=alice).key)
    for path, body in (
        ("/chat/sync", {"message": REFCARD_QUESTION, "collection_ids": [mine, theirs]}),
        ("/chat/async", {"message": REFCARD_QUESTION, "collection_ids": [theirs]}),
        ("/v1/chat/completions", {"messages": [{"role": "user", "content": "q"}], "collection_ids": [theirs]}),
    ):
        response = client.post(path, body, format="json")
        assert response.status_code == 404, (path, response.content)
        detail = response.json().get("detail") or response.json()["error"]["message"]  # /v1: OpenAI's shape
        assert detail == f"No collection with id {theirs} that you may read."
    assert not ChatJob.objects.exists()


@pytest.mark.django_db(transaction=True)  # the chat job runs in an in-process worker
def test_sources_of_a_collection_lost_are_hidden_when_read_back(people):
    alice, bob = people.alice, people.bob
    client, manager = client_of(alice), client_of(bob)
    shared = team(bob, alice="viewer")
    mine = DocumentFactory(owner=alice, title="Mine", chunks=REFCARD_TEXTS)
    DocumentFactory(owner=bob, collection=shared, title="Shared", chunks=REFCARD_TEXTS)

    asked = client.post("/chat/sync", {"message": REFCARD_QUESTION, "new_conversation": True}, format="json").json()
    submitted = client.post("/chat/async", {"message": REFCARD_QUESTION}, format="json").json()
    run_chat_queue()
    polled = client.get(f"/chat/jobs/{submitted['job_id']}").json()
    assert polled["status"] == "finished"
    conversation = client.get(f"/conversations/{asked['conversation_id']}").json()
    both = {str(personal_collection(user=alice).key), str(shared.key)}
    assert {s["collection_id"] for s in asked["sources"]} == both
    assert {s["collection_id"] for s in polled["sources"]} == both
    assert {s["collection_id"] for s in conversation["messages"][1]["sources"]} == both

    manager.delete(f"/collections/{shared.key}/members/alice")

    polled = client.get(f"/chat/jobs/{submitted['job_id']}").json()
    conversation = client.get(f"/conversations/{asked['conversation_id']}").json()
    for sources in (polled["sources"], conversation["messages"][1]["sources"]):
        assert sources and {s["document_id"] for s in sources} == {str(mine.id)}
    # The record itself is kept (the sources come back if she is added again).
    assert {s["collection_id"] for s in ChatJob.objects.get(id=submitted["job_id"]).result["sources"]} == both
    services.set_member(asker=Asker(user=bob), collection_id=str(shared.key), username="alice", role="viewer")
    assert {s["collection_id"] for s in client.get(f"/chat/jobs/{submitted['job_id']}").json()["sources"]} == both


# --- The audit trail --------------------------------------------------------------------------


def test_the_audit_trail_records_who_did_what_from_where_for_managers_only(people):
    manager, editor = client_of(people.alice), client_of(people.bob)
    key = manager.post("/collections", {"name": "Manuals"}, format="json").json()["collection_id"]
    manager.post(f"/collections/{key}/members", {"username": "bob", "role": "viewer"}, format="json")
    manager.post(f"/collections/{key}/members", {"username": "bob", "role": "editor"}, format="json")
    manager.post(f"/collections/{key}/members", {"username": "carol", "role": "viewer"}, format="json")
    document_id = upload(editor, REFCARD.read_bytes(), "card.pdf", collection_id=key, title="Card").json()[
        "document_id"]  # fmt: skip
    assert editor.get(f"/documents/{document_id}/file").status_code == 200
    assert editor.delete(f"/documents/{document_id}").status_code == 204
    manager.delete(f"/collections/{key}/members/carol")
    manager.patch(f"/collections/{key}", {"name": "Handbooks"}, format="json")

    forbidden = editor.get(f"/collections/{key}/audit")
    assert forbidden.status_code == 403 and "manager" in forbidden.json()["detail"]
    trail = results(manager.get(f"/collections/{key}/audit"))[::-1]  # oldest first
    assert [(e["action"], e["actor"]) for e in trail] == [
        ("collection.create", "alice"),
        ("member.add", "alice"),
        ("member.role", "alice"),
        ("member.add", "alice"),
        ("document.upload", "bob"),
        ("document.download", "bob"),
        ("document.delete", "bob"),
        ("member.remove", "alice"),
        ("collection.rename", "alice"),
    ]
    assert {(e["ip"], e["via"]) for e in trail} == {("127.0.0.1", AGENT)}
    assert trail[2]["detail"] == {"member": "user 'bob'", "from": "viewer", "to": "editor"}
    assert trail[4]["target_id"] == document_id and trail[4]["target"] == "Card"
    assert trail[8]["detail"] == {"from": "Manuals", "to": "Handbooks"}
    assert trail[0]["target_id"] == key

    # Deleted, the collection's trail stays (staff read it in the admin), with the deletion.
    assert manager.delete(f"/collections/{key}").status_code == 204
    deleted = AuditEvent.objects.filter(collection_key=key).first()
    assert (deleted.action, deleted.actor_name, deleted.ip, deleted.via) == (
        "collection.delete", "alice", "127.0.0.1", AGENT)  # fmt: skip
    assert AuditEvent.objects.filter(collection_key=key).count() == len(trail) + 1


def test_a_collections_trail_holds_only_its_own_events(people):
    alice = people.alice
    manager, other = client_of(alice), client_of(people.bob)
    first, second = team(alice, "First"), team(alice, "Second")
    upload(manager, REFCARD.read_bytes(), collection_id=str(second.key))
    other.post("/collections", {"name": "Bob's"}, format="json")
    trail = results(manager.get(f"/collections/{first.key}/audit"))
    assert [e["action"] for e in trail] == ["collection.create"] and trail[0]["target"] == "First"


# --- Sign-in off ---------------------------------------------------------------------------


def test_with_sign_in_off_the_anonymous_caller_uses_the_library(settings, media_root):
    settings.API_AUTH_REQUIRED = False
    client = APIClient()
    response = upload(client, REFCARD.read_bytes())
    assert response.status_code == 202
    the_library = library()
    assert response.json()["collection_id"] == str(the_library.key)
    assert Document.objects.get(id=response.json()["document_id"]).collection == the_library
    listed = results(client.get("/collections"))
    assert [(c["collection_id"], c["role"], c["kind"]) for c in listed] == [(str(the_library.key), "editor", "library")]
    # Nobody's personal collection is the anonymous caller's.
    someone = UserFactory()
    assert client.get(f"/collections/{personal_collection(user=someone).key}").status_code == 404
    assert client.post("/collections", {"name": "x"}, format="json").status_code == 403


# --- Refusals before anything streams; the shapes clients read ----------------------------


@pytest.mark.django_db(transaction=True)  # the streams run in answer threads, on their own connections
def test_an_unreadable_collection_is_a_404_before_any_stream_starts(people):
    other = team(people.bob, "Other")
    client = client_of(people.alice)
    body = {"message": "q", "collection_ids": [str(other.key)]}
    streamed = client.post("/chat/stream", body, format="json", HTTP_ACCEPT="text/event-stream")
    assert streamed.status_code == 404 and streamed.json()["detail"].startswith("No collection with id")
    completion = client.post("/v1/chat/completions", {"messages": [{"role": "user", "content": "q"}],
                             "collection_ids": [str(other.key)], "stream": True}, format="json")  # fmt: skip
    assert completion.status_code == 404
    assert completion.json()["error"]["message"].startswith("No collection with id")


def test_a_personal_collection_names_its_owner_and_a_team_one_none(people):
    team(people.bob, "Manuals", alice="viewer")
    listed = {c["name"]: c for c in results(client_of(people.alice).get("/collections"))}
    assert listed["alice's documents"]["owner"] == "alice"
    assert listed["Manuals"]["owner"] is None


def test_naming_both_or_neither_a_user_and_a_group_is_one_readable_error(people):
    key = str(team(people.alice).key)
    for body in ({"role": "viewer"}, {"username": "bob", "group": "g", "role": "viewer"}):
        response = client_of(people.alice).post(f"/collections/{key}/members", body, format="json")
        assert response.status_code == 400
        assert response.json() == {"non_field_errors": ["Send either a username or a group."]}
