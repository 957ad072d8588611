"""The search engines for real, on whichever database this run uses (make test runs SQLite and PostgreSQL).

Per-user statistics, the index written in the chunks' transaction, both engines agreeing
with the stored terms, vectors, the migration of existing data.
"""

import json

import numpy as np
import pytest
from django.contrib.auth.models import User
from django.db import connection

from chat.models import Chunk, Document
from chat.retrieval.engines import get_engine
from chat.retrieval.indexing import index_text
from chat.retrieval.terms import index_term, partition
from chat.selectors.access import Asker
from chat.selectors.search import search_scope
from chat.services.answering import answer_question
from chat.services.documents import delete_document, store_upload
from chat.services.ingestion.jobs import ingest as ingest_job
from tests.support.ingestion import ingest_inline
from tests.support.pdfs import BASH, MIME_SPEC, REFCARD, REFCARD_QUESTION, truncated_copy

ALICE_QUESTIONS = [
    REFCARD_QUESTION,
    "Is there an extended attribute that can store a file's MIME type?",
    "How do I find the eigenvalues of a matrix?",
    "What does the glob element match against?",
    "Which magic rule priority is used when none is given?",
    "What is the capital of France?",  # not covered: the gate's verdict must not move either
]

pytestmark = pytest.mark.django_db(transaction=True)


def answers_of(owner: User) -> str:
    """Everything a user reads back, as bytes would go over the wire."""
    return json.dumps(
        [answer_question(message=q, asker=Asker(user=owner)).as_result() for q in ALICE_QUESTIONS], sort_keys=True
    )


def test_another_users_uploads_and_deletions_change_nothing_for_a_user(media_root):
    alice, bob = User.objects.create(username="alice"), User.objects.create(username="bob")
    ingest_inline(REFCARD, owner=alice)
    ingest_inline(MIME_SPEC, owner=alice)
    before = answers_of(alice)
    assert '"backend": "extractive"' in before and '"backend": "none"' in before

    # bob uploads overlapping (the same refcard) and unrelated documents ...
    bobs = [ingest_inline(REFCARD, owner=bob), ingest_inline(BASH, owner=bob)]
    assert answers_of(alice) == before
    # ... and bob's own answers come from bob's documents only
    bob_answer = answer_question(message=REFCARD_QUESTION, asker=Asker(user=bob))
    assert {s["document_id"] for s in bob_answer.sources} <= {str(d.id) for d in bobs}

    for document in bobs:
        delete_document(document=document)
    assert answers_of(alice) == before


def test_a_deleted_document_leaves_the_index_at_once(media_root):
    document = ingest_inline(REFCARD)
    scope = search_scope(asker=Asker(user=None))
    terms = [index_term(token, prefix=partition(document.collection_id)) for token in ("semilogx", "plot", "matrix")]
    assert get_engine().postings(scope=scope, terms=terms)

    delete_document(document=document)
    assert not Chunk.objects.exists()
    assert _indexed_rows() == 0


def test_a_failed_ingestion_leaves_nothing_searchable(media_root, tmp_path):
    good = ingest_inline(MIME_SPEC)
    indexed = _indexed_rows()
    broken = truncated_copy(REFCARD, tmp_path / "broken.pdf")
    with broken.open("rb") as file:
        accepted = store_upload(file=file, filename="broken.pdf")
    with pytest.raises(Exception):  # noqa: B017 - whichever PDF error, the document must end failed
        ingest_job(document_id=accepted.document.id)
    assert Document.objects.get(id=accepted.document.id).status == Document.Status.FAILED
    assert _indexed_rows() == indexed == good.chunk_count


def test_reingesting_a_document_replaces_its_index_entries(media_root):
    document = ingest_inline(REFCARD)
    first = _indexed_rows()
    ingest_job(document_id=document.id)
    assert _indexed_rows() == first == Document.objects.get(id=document.id).chunk_count
    assert answer_question(asker=Asker(user=None), message=REFCARD_QUESTION).sources


def test_the_engine_indexes_exactly_the_stored_terms(media_root):
    document = ingest_inline(MIME_SPEC)
    # Text no PDF here has: Japanese, operators, identifiers, digits, a very long word.
    text = "パッケージのバージョン比較 =~ && user.mime_type x-scheme-handler/http 2.0.1 ÄÖ naïve " + "z" * 300
    indexed = index_text(text, collection_pk=document.collection_id)
    Chunk.objects.create(
        document=document, page=1, order=10_000, text=text, search_terms=indexed.search_terms, token_count=9
    )
    for chunk in Chunk.objects.all():
        stored = sorted(set(chunk.search_terms.split()))
        assert stored
        assert sorted(_engine_terms(chunk.id)) == stored, chunk.text


def test_vector_search_is_exact_over_the_scope(media_root, openai_stub, settings):
    alice, bob = User.objects.create(username="alice"), User.objects.create(username="bob")
    ingest_inline(REFCARD, owner=alice)
    ingest_inline(MIME_SPEC, owner=bob)
    scope = search_scope(asker=Asker(user=alice))
    rows = Chunk.objects.filter(document__owner=alice).values_list("id", "embedding")
    query = np.asarray(rows[3][1], dtype=np.float32)
    expected = sorted(((cid, float(np.dot(v, query))) for cid, v in rows), key=lambda r: (-r[1], r[0]))[:5]

    found = get_engine().nearest(scope=scope, vector=query, k=5)
    assert [cid for cid, _ in found] == [cid for cid, _ in expected]
    assert found[0][1] == pytest.approx(1.0, abs=1e-5)
    if connection.vendor == "postgresql":  # the HNSW path finds the same neighbours on so few rows
        settings.VECTOR_EXACT_MAX_CHUNKS = 0
        assert [cid for cid, _ in get_engine().nearest(scope=scope, vector=query, k=5)] == [c for c, _ in expected]
        with connection.cursor() as cursor:
            cursor.execute("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'chat_chunk_embedding_hnsw_%%'")
            assert f"chat_chunk_embedding_hnsw_{openai_stub.embedding_dim}" in [row[0] for row in cursor]


def _indexed_rows() -> int:
    """Chunks the engine's own index holds (not the chunk table)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT count(DISTINCT doc) FROM chat_chunk_fts_instance")
        else:
            cursor.execute("SELECT count(*) FROM chat_chunk WHERE search_vector @@ to_tsquery('simple', 'c:*')")
        return cursor.fetchone()[0]


def _engine_terms(chunk_id: int) -> list[str]:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT DISTINCT term FROM chat_chunk_fts_instance WHERE doc = %s", [chunk_id])
        else:
            cursor.execute("SELECT unnest(tsvector_to_array(search_vector)) FROM chat_chunk WHERE id = %s", [chunk_id])
        return [row[0] for row in cursor]


def test_postings_per_partition_are_exactly_those_of_every_term_in_every_document():
    """PostgreSQL looks each collection's terms up in its own documents only: the same postings."""
    from dataclasses import replace

    from chat.models import Collection, Membership
    from tests.support.factories import REFCARD_TEXTS, DocumentFactory, UserFactory

    reader = UserFactory()
    for name in ("One", "Two", "Three"):
        collection = Collection.objects.create(name=name)
        Membership.objects.create(collection=collection, user=reader, role="viewer")
        DocumentFactory(collection=collection, chunks=REFCARD_TEXTS)
    scope = search_scope(asker=Asker(user=reader))
    assert len(scope.partitions) == 4 - 1  # the personal collection has nothing ready
    terms = [index_term(t, prefix=p) for p in scope.prefixes for t in ("semilogx", "plot", "matrix", "nothing")]
    per_partition = get_engine().postings(scope=scope, terms=terms)
    assert len({p.chunk_id for p in per_partition}) >= 3
    assert sorted(per_partition) == sorted(get_engine().postings(scope=replace(scope, partitions=()), terms=terms))
