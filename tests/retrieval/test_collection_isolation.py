"""Permissions inside retrieval (docs/access.md): a user's answers are byte-identical whatever
happens in collections they cannot read, on the engine of the run (SQLite, or PostgreSQL in
the PostgreSQL pass: docs/development.md), lexical alone and hybrid with vectors.

Alice reads collection X (shared with her) and her personal collection. Her /chat/sync
replies, the whole JSON (answer, sources, scores), are recorded for several questions; then
collections she cannot read fill up with documents on the same subjects, some of them written
to outrank X's passages (Bob, who reads X and one of them, is shown to get them), some are
deleted, members come and go there. Her replies must not change by one byte. Her scope is
read on every request: added to such a collection, her answers change; removed, they are
exactly what they were.
"""

import json

import pytest
from rest_framework.test import APIClient

from chat.models import Document
from chat.retrieval.search import search
from chat.selectors.access import Asker
from chat.selectors.search import search_scope
from chat.services import collections as collection_services
from chat.services.default_collections import library, personal_collection
from chat.services.documents import delete_document
from chat.services.vectors import embed_document_inline
from tests.support.factories import BASH_TEXTS, REFCARD_TEXTS, DocumentFactory, UserFactory
from tests.support.pdfs import OFF_TOPIC_QUESTION, REFCARD_QUESTION

pytestmark = pytest.mark.django_db

QUESTIONS = [
    REFCARD_QUESTION,
    "What is pipefail?",
    "How many commands does HISTSIZE remember by default?",
    "How do I create an identity matrix?",
    "set the plot title and the x-axis label",
    OFF_TOPIC_QUESTION,
]
# Passages on X's subjects, short and dense in the questions' words: they outrank X's own.
OUTRANKING = [
    "semilogx: plot data with a logarithmic x axis and a linear y axis. semilogx plot logarithmic x axis.",
    "pipefail pipefail: what is pipefail? The pipefail option sets the pipeline's return status.",
    "HISTSIZE: remember 1000 commands by default. HISTSIZE commands remember default.",
    "eye creates an identity matrix. Create an identity matrix with eye.",
    "title sets the plot title; xlabel sets the x-axis label. Plot title, x-axis label.",
]
PERSONAL_TEXTS = [(1, "Notes: the eig function returns the eigenvalues of a matrix; plot them with stem.")]


@pytest.fixture(params=["lexical", "hybrid"])
def mode(request, settings) -> str:
    """BM25 alone, or BM25 fused with the vectors of the OpenAI stub (which also writes the
    answers: it echoes the prompt, so an answer holds every passage it was given)."""
    settings.API_AUTH_REQUIRED = True
    if request.param == "hybrid":
        request.getfixturevalue("openai_stub")
    return request.param


def with_vectors(mode: str, *documents: Document) -> None:
    if mode == "hybrid":
        for document in documents:
            assert embed_document_inline(document_id=document.id)


def client_of(user) -> APIClient:
    client = APIClient()
    client.force_login(user)
    return client


def replies(client: APIClient, **body) -> list[bytes]:
    """The /chat/sync replies to every question, as the bytes sent."""
    answers = []
    for question in QUESTIONS:
        response = client.post("/chat/sync", {"message": question, **body}, format="json")
        assert response.status_code == 200, response.content
        answers.append(response.content)
    return answers


def results(asker: Asker, **scope) -> list[str]:
    """What the engine answers each question in the asker's scope: every hit with its score and
    lexical evidence (IDF-weighted: it moves with BM25's statistics, which a reply's rank-based
    scores may not show), the gate's inputs, all of it at full precision."""
    return [repr(search(query=q, scope=search_scope(asker=asker, **scope), k=20)) for q in QUESTIONS]


def sources_of(reply: bytes) -> set[str]:
    return {source["collection_id"] for source in json.loads(reply)["sources"]}


@pytest.fixture
def world(mode, media_root) -> dict:
    """X (Bob's, Alice a viewer) with the reference card and the Bash passages; Alice's
    personal collection with a note; Y (Bob's) and the rest, empty so far."""
    alice, bob, carol = UserFactory(username="alice"), UserFactory(username="bob"), UserFactory(username="carol")
    x = collection_services.create_collection(asker=Asker(user=bob), name="X")
    collection_services.set_member(asker=Asker(user=bob), collection_id=str(x.key), username="alice", role="viewer")
    y = collection_services.create_collection(asker=Asker(user=bob), name="Y")
    documents = [
        DocumentFactory(owner=bob, collection=x, title="Octave refcard", chunks=REFCARD_TEXTS),
        DocumentFactory(owner=bob, collection=x, title="bash", chunks=BASH_TEXTS),
        DocumentFactory(owner=alice, title="notes", chunks=PERSONAL_TEXTS),
    ]
    with_vectors(mode, *documents)
    return {"alice": alice, "bob": bob, "carol": carol, "x": x, "y": y}


def noise(mode: str, world: dict) -> list[Document]:
    """Many documents in collections Alice cannot read, on her subjects (those outranking hers
    too), some not ready; some deleted again; members added there. Returns Y's documents."""
    bob, carol, y = world["bob"], world["carol"], world["y"]
    z = collection_services.create_collection(asker=Asker(user=carol), name="Z")
    homes = [y, z, personal_collection(user=bob), personal_collection(user=carol), library()]
    mixed = [text for _, text in REFCARD_TEXTS + BASH_TEXTS]
    made = []
    for n in range(30):
        home = homes[n % len(homes)]
        texts = [(1, OUTRANKING[(n + i) % len(OUTRANKING)]) for i in range(3)]
        texts += [(2, mixed[(n + i) % len(mixed)][i * 7 :]) for i in range(4)]  # the same words, cut differently
        made.append(DocumentFactory(owner=bob if n % 2 else carol, collection=home, title=f"noise {n}", chunks=texts))
    pending = DocumentFactory(owner=bob, collection=y, title="not ready", status=Document.Status.PROCESSING,
                              chunks=[(1, OUTRANKING[0])])  # fmt: skip
    with_vectors(mode, *made)
    for document in made[::7]:
        delete_document(document=document, actor=bob)
    collection_services.set_member(asker=Asker(user=bob), collection_id=str(y.key), username="carol", role="editor")
    collection_services.set_member(asker=Asker(user=carol), collection_id=str(z.key), username="bob", role="viewer")
    collection_services.rename_collection(asker=Asker(user=bob), collection_id=str(y.key), name="Y renamed")
    return [d for d in Document.objects.filter(collection=y) if d.id != pending.id]


def test_answers_are_byte_identical_whatever_happens_in_collections_one_cannot_read(mode, world):
    alice, x = world["alice"], world["x"]
    client = client_of(alice)
    everything, only_x = replies(client), replies(client, collection_ids=[str(x.key)])
    searched = results(Asker(user=alice)), results(Asker(user=alice), collection_ids=[str(x.key)])
    readable = {str(x.key), str(personal_collection(user=alice).key)}
    assert all(sources_of(reply) <= readable for reply in everything)
    assert str(x.key) in sources_of(everything[0]) and all(sources_of(r) == {str(x.key)} for r in only_x[:5])
    assert json.loads(everything[-1])["sources"] == []  # off topic

    y_documents = noise(mode, world)

    assert replies(client) == everything
    assert replies(client, collection_ids=[str(x.key)]) == only_x
    assert (results(Asker(user=alice)), results(Asker(user=alice), collection_ids=[str(x.key)])) == searched
    # Not because the noise is harmless: Bob, who reads X and Y, gets Y's passages first.
    bobs = json.loads(client_of(world["bob"]).post("/chat/sync", {"message": REFCARD_QUESTION}, format="json").content)
    assert bobs["sources"][0]["document_id"] in {str(d.id) for d in y_documents}


def test_the_scope_grows_and_shrinks_with_membership_on_the_next_request(mode, world):
    alice, bob, y = world["alice"], world["bob"], world["y"]
    noise(mode, world)
    client = client_of(alice)
    before = replies(client)
    y_key = str(y.key)

    collection_services.set_member(asker=Asker(user=bob), collection_id=y_key, username="alice", role="viewer")
    grown = replies(client)
    assert grown[0] != before[0] and y_key in sources_of(grown[0])
    assert replies(client, collection_ids=[y_key])[0] != before[0]

    collection_services.remove_member(asker=Asker(user=bob), collection_id=y_key, username="alice")
    assert replies(client) == before
    assert client.post("/chat/sync", {"message": "q", "collection_ids": [y_key]}, format="json").status_code == 404
