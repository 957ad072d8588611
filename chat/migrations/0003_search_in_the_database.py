"""Search moves into the database engine: index terms per chunk, FTS5 on SQLite, GIN + pgvector on PostgreSQL.

Existing databases are backfilled by 0010 (collections), which computes every stored chunk's
index terms in the collection's partition (the FTS5 triggers or the generated column index
them), and every document's token total. Doing it here too would be work thrown away.
"""

from django.db import migrations, models

import chat.fields


def require_server(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        from chat.retrieval.engines import postgres_schema

        postgres_schema.require_server(schema_editor.connection)


def _schema(connection):
    """The module that installs this vendor's search structures (None for other vendors)."""
    if connection.vendor == "postgresql":
        from chat.retrieval.engines import postgres_schema

        return postgres_schema
    if connection.vendor == "sqlite":
        from chat.retrieval.engines import sqlite_schema

        return sqlite_schema
    return None


def install_search(apps, schema_editor):
    if schema := _schema(schema_editor.connection):
        schema.install(schema_editor.connection)


def uninstall_search(apps, schema_editor):
    if schema := _schema(schema_editor.connection):
        schema.uninstall(schema_editor.connection)


def backfill(apps, schema_editor):
    """Nothing: the terms are partitioned by collection, which only exists from 0009 on (0010 fills them)."""


class Migration(migrations.Migration):

    dependencies = [
        ("chat", "0002_owners"),
    ]

    operations = [
        migrations.RunPython(require_server, migrations.RunPython.noop),
        migrations.AddField(
            model_name="document",
            name="token_count",
            field=models.PositiveBigIntegerField(default=0, help_text="Index terms over all chunks (for BM25)."),
        ),
        migrations.AddField(
            model_name="chunk",
            name="search_terms",
            field=models.TextField(
                blank=True, default="", editable=False, help_text="The text's index terms (chat/retrieval/terms.py)."
            ),
        ),
        migrations.AddField(
            model_name="chunk",
            name="token_count",
            field=models.PositiveIntegerField(default=0, editable=False, help_text="Index terms in the text."),
        ),
        migrations.SeparateDatabaseAndState(
            # SQLite keeps its BLOB column; PostgreSQL's becomes pgvector in install_search.
            state_operations=[
                migrations.AlterField(
                    model_name="chunk",
                    name="embedding",
                    field=chat.fields.EmbeddingField(
                        blank=True, editable=False, help_text="The vector, if embeddings are on.", null=True
                    ),
                ),
            ],
        ),
        migrations.RunPython(install_search, uninstall_search),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]
