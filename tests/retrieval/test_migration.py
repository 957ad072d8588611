"""Migration 0003 on a database that predates search in the engine, and the schema guards."""

import uuid

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from chat.retrieval import gate
from chat.retrieval.search import search
from chat.selectors.access import Asker
from chat.selectors.search import search_scope
from tests.support.pdfs import REFCARD_QUESTION

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("chat", "0002_owners")]
TEXTS = [
    "semilogx(x, y) plots data with a logarithmic x axis and a linear y axis.",
    "eig(A) returns the eigenvalues of the matrix A.",
]


def _migrate(targets: list[tuple[str, str]]):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_existing_chunks_are_backfilled_and_searchable_after_migrate():
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes("chat")
    old = _migrate(BEFORE)
    try:
        Document, Chunk = old.get_model("chat", "Document"), old.get_model("chat", "Chunk")
        document = Document.objects.create(
            id=uuid.uuid4(), title="old", filename="old.pdf", file="documents/x.pdf", sha256="0" * 64,
            size_bytes=1, status="ready", pages_total=1, pages_done=1, chunk_count=len(TEXTS),
        )  # fmt: skip
        for order, text in enumerate(TEXTS):
            Chunk.objects.create(document=document, page=1, order=order, text=text)
    finally:
        _migrate(latest)

    from chat.models import Chunk as CurrentChunk
    from chat.models import Document as CurrentDocument

    assert all(chunk.search_terms and chunk.token_count for chunk in CurrentChunk.objects.all())
    assert CurrentDocument.objects.get().token_count == sum(c.token_count for c in CurrentChunk.objects.all())
    result = search(query=REFCARD_QUESTION, scope=search_scope(asker=Asker(user=None)), k=5)
    assert gate.is_covered(result)
    assert CurrentChunk.objects.get(id=result.hits[0].chunk_id).order == 0


@pytest.mark.parametrize(
    ("before", "language", "text", "stems"),
    [
        ("0017_audit_resplit", "de", "Die Pakete verwalten", ("paket", "verwalt")),
        ("0018_retokenize_stemmed_languages", "pt", "Os alertas", ("alerta",)),
        ("0018_retokenize_stemmed_languages", "ru", "Копии файлов", ("коп", "фаил")),  # "й" loses its breve
    ],
    ids=["0018-german", "0019-portuguese", "0019-russian"],
)
def test_a_language_newly_stemmed_gets_its_stemmed_terms_and_english_is_left_alone(before, language, text, stems):
    from chat.models import Chunk as CurrentChunk
    from chat.retrieval.terms import index_term, partition

    latest = MigrationExecutor(connection).loader.graph.leaf_nodes("chat")
    old = _migrate([("chat", before)])
    try:
        User, Collection = old.get_model("auth", "User"), old.get_model("chat", "Collection")
        Document, Chunk = old.get_model("chat", "Document"), old.get_model("chat", "Chunk")
        owner = User.objects.create(username="old")
        collection = Collection.objects.create(name="old")
        chunks = {}
        for code, words in [(language, text), ("en", "Managing the packages")]:
            document = Document.objects.create(
                id=uuid.uuid4(), title=code, filename=f"{code}.pdf", file="documents/x.pdf",
                sha256=code * 32, size_bytes=1, status="ready", pages_total=1, pages_done=1, chunk_count=1,
                owner=owner, collection=collection,
            )  # fmt: skip
            chunks[code] = Chunk.objects.create(
                document=document,
                page=1,
                order=0,
                text=words,
                language=code,
                search_terms="as before",
                token_count=2,
            ).pk
    finally:
        _migrate(latest)

    stemmed = CurrentChunk.objects.get(pk=chunks[language])
    terms = {index_term(token, prefix=partition(stemmed.document.collection_id)) for token in stems}
    assert set(stemmed.search_terms.split()) == terms  # endings off, function words out
    assert CurrentChunk.objects.get(pk=chunks["en"]).search_terms == "as before"  # English is as it was


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only: triggers die with rebuilt tables")
def test_lost_fts_triggers_are_restored_and_the_index_rebuilt(refcard_rows):
    from chat.retrieval.engines import sqlite_schema

    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER chat_chunk_fts_insert")  # as a table rebuild in a migration would
        cursor.execute("INSERT INTO chat_chunk_fts(chat_chunk_fts) VALUES ('delete-all')")
    assert not gate.is_covered(search(query=REFCARD_QUESTION, scope=search_scope(asker=Asker(user=None)), k=5))
    sqlite_schema.install(connection)  # what every `migrate` runs afterwards (chat/apps.py)
    assert gate.is_covered(search(query=REFCARD_QUESTION, scope=search_scope(asker=Asker(user=None)), k=5))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_migrate_says_what_to_install_when_pgvector_is_missing():
    from chat.retrieval.engines import postgres_schema

    name = f"nopgvector_{uuid.uuid4().hex[:8]}"
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE {name} TEMPLATE template0")  # no vector extension there
        cursor.execute(f"CREATE ROLE {name} LOGIN")  # and a role that may not create it
        cursor.execute(f"REVOKE CREATE ON DATABASE {name} FROM PUBLIC")
    other = connection.copy()
    other.settings_dict = {**connection.settings_dict, "NAME": name, "USER": name}
    try:
        with pytest.raises(ImproperlyConfigured, match="'vector' extension \\(pgvector\\) is not available"):
            postgres_schema.require_server(other)
    finally:
        other.close()
        with connection.cursor() as cursor:
            cursor.execute(f"DROP DATABASE {name}")
            cursor.execute(f"DROP ROLE {name}")


def test_reindex_command_recomputes_index_terms(refcard_rows, capsys):
    from django.core.management import call_command

    from chat.models import Chunk

    Chunk.objects.update(search_terms="", token_count=0)  # as after a tokenizer change, nothing matches
    assert not gate.is_covered(search(query=REFCARD_QUESTION, scope=search_scope(asker=Asker(user=None)), k=5))
    call_command("reindex")
    assert f"reindexed {refcard_rows.chunk_count} chunks" in capsys.readouterr().out
    assert gate.is_covered(search(query=REFCARD_QUESTION, scope=search_scope(asker=Asker(user=None)), k=5))
