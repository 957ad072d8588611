"""Migrations 0009-0011 on a database from before collections (0008_audit_trail): users, their
documents and chunks (indexed in the per-owner partitions of that time), a document nobody
owns, and a DRF token. Afterwards each user manages a personal collection holding their
documents, the ownerless one is in the library, search finds the chunks in the collections'
partitions (and only the asker's), and the old token key still authenticates, while DRF's
table no longer holds it in clear text."""

import hashlib
import secrets
import uuid

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from rest_framework.test import APIClient

from chat.retrieval import gate
from chat.retrieval.search import search
from chat.retrieval.terms import index_terms
from chat.selectors.access import Asker
from chat.selectors.search import search_scope
from chat.text import tokenize
from tests.support.factories import REFCARD_TEXTS
from tests.support.pdfs import REFCARD_QUESTION

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("chat", "0008_audit_trail"), ("authtoken", "0004_alter_tokenproxy_options")]  # DRF's tokens too
BASH_TEXT = "pipefail If set, the return value of a pipeline is the value of the last command to exit non-zero."


def _migrate(targets: list[tuple[str, str]]):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def _old_document(apps, *, owner, title: str, texts: list[str]):
    """A ready document with chunks, as the code of 0008 left them (terms in `u<owner>`)."""
    Document, Chunk = apps.get_model("chat", "Document"), apps.get_model("chat", "Chunk")
    document = Document.objects.create(
        id=uuid.uuid4(), title=title, filename=f"{title}.pdf", file=f"documents/{title}.pdf", owner=owner,
        sha256=hashlib.sha256(title.encode()).hexdigest(), size_bytes=1, status="ready", pages_total=1,
        pages_done=1, chunk_count=len(texts),
    )  # fmt: skip
    total = 0
    for order, text in enumerate(texts):
        terms = index_terms(tokenize(text), prefix=f"u{owner.pk if owner else 0}")
        Chunk.objects.create(document=document, page=1, order=order, text=text, search_terms=" ".join(terms),
                             token_count=len(terms))  # fmt: skip
        total += len(terms)
    Document.objects.filter(id=document.id).update(token_count=total)
    return document.id


@pytest.fixture
def before_collections(settings):
    """The database at 0008 with two users' documents, an ownerless one and a DRF token;
    migrated to the latest state afterwards (also if the test's set-up fails)."""
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()
    old = _migrate(BEFORE)
    try:
        User, Token = old.get_model("auth", "User"), old.get_model("authtoken", "Token")
        alice, bob = User.objects.create(username="alice"), User.objects.create(username="bob")
        User.objects.create(username="carol")  # no documents: a personal collection all the same
        ids = {
            "alice": _old_document(old, owner=alice, title="refcard", texts=[text for _, text in REFCARD_TEXTS]),
            "alice-bash": _old_document(old, owner=alice, title="bash", texts=[BASH_TEXT]),
            "bob": _old_document(old, owner=bob, title="bob-refcard", texts=[text for _, text in REFCARD_TEXTS]),
            "nobody": _old_document(old, owner=None, title="ingested", texts=[BASH_TEXT]),
        }
        key = secrets.token_hex(20)  # as DRF makes them
        Token.objects.create(key=key, user=alice)
    finally:
        _migrate(latest)
    return ids, key


def test_each_user_manages_a_personal_collection_holding_their_documents(before_collections):
    from django.contrib.auth.models import User

    from chat.models import Collection, Document, Membership

    ids, _ = before_collections
    for user in User.objects.all():
        personal = Collection.objects.get(personal_owner=user)
        assert (personal.kind, personal.name) == ("personal", f"{user.username}'s documents")
        assert list(Membership.objects.filter(collection=personal).values_list("user", "role")) == [
            (user.pk, "manager")]  # fmt: skip
    alice, bob = User.objects.get(username="alice"), User.objects.get(username="bob")
    assert {str(i) for i in Document.objects.filter(collection__personal_owner=alice).values_list("id", flat=True)} == {
        str(ids["alice"]), str(ids["alice-bash"])}  # fmt: skip
    assert [str(i) for i in Document.objects.filter(collection__personal_owner=bob).values_list("id", flat=True)] == [
        str(ids["bob"])]  # fmt: skip
    library = Collection.objects.get(kind="library")
    assert [str(i) for i in library.documents.values_list("id", flat=True)] == [str(ids["nobody"])]
    assert not library.memberships.exists()  # staff share it in the admin
    assert Collection.objects.count() == 4  # three personal ones and the library


def test_search_finds_the_chunks_in_the_collections_partitions_and_only_the_askers(before_collections):
    from django.contrib.auth.models import User

    from chat.models import Chunk, Document

    ids, _ = before_collections
    for chunk in Chunk.objects.select_related("document"):
        prefix = f"c{chunk.document.collection_id}"
        assert chunk.search_terms and all(term.startswith(prefix) for term in chunk.search_terms.split())
    for document in Document.objects.all():
        assert document.token_count == sum(c.token_count for c in document.chunks.all()) > 0

    alice = User.objects.get(username="alice")
    result = search(query=REFCARD_QUESTION, scope=search_scope(asker=Asker(user=alice)), k=5)
    assert gate.is_covered(result)
    found = {str(Chunk.objects.get(id=hit.chunk_id).document_id) for hit in result.hits}
    assert found == {str(ids["alice"])}  # not bob's copy of the same text
    bash = search(query="What does pipefail do?", scope=search_scope(asker=Asker(user=alice)), k=5)
    assert {str(Chunk.objects.get(id=hit.chunk_id).document_id) for hit in bash.hits} == {str(ids["alice-bash"])}
    library = search(query="What does pipefail do?", scope=search_scope(asker=Asker(user=None)), k=5)
    assert {str(Chunk.objects.get(id=hit.chunk_id).document_id) for hit in library.hits} == {str(ids["nobody"])}


def test_the_old_token_key_still_authenticates_and_is_no_longer_stored(before_collections, settings):
    from django.contrib.auth.models import User
    from rest_framework.authtoken.models import Token

    from chat.models import ApiToken

    _, key = before_collections
    settings.API_AUTH_REQUIRED = True
    assert not Token.objects.exists()
    token = ApiToken.objects.get()
    assert token.user == User.objects.get(username="alice")
    assert token.digest == hashlib.sha256(key.encode()).hexdigest() and key not in token.prefix
    assert sorted(token.scopes) == ["ask", "manage", "upload"] and not token.collections.exists()

    client = APIClient(HTTP_AUTHORIZATION=f"Token {key}")
    listed = client.get("/collections")
    assert listed.status_code == 200
    assert [c["name"] for c in listed.json()["results"]] == ["alice's documents"]
    answer = client.post("/chat/sync", {"message": REFCARD_QUESTION}, format="json").json()
    assert answer["sources"] and "semilogx" in answer["answer"]
    assert APIClient(HTTP_AUTHORIZATION=f"Bearer {key}").get("/collections").status_code == 200
    assert APIClient(HTTP_AUTHORIZATION=f"Token {'f' * 40}").get("/collections").status_code == 401
