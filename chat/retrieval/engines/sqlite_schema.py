"""The FTS5 index of the chunks on SQLite, and the triggers that keep it in the chunks' transaction.

Installed by migration 0003 and checked again after every `migrate` (apps.py): when Django
rebuilds `chat_chunk` to alter a column (SQLite's only way), the table's triggers go with it,
so a missing trigger is recreated and the index rebuilt from the stored terms.
"""

from django.db.backends.base.base import BaseDatabaseWrapper

from chat.retrieval.engines.sqlite import FTS_TABLE, VOCAB_TABLE

TRIGGERS = {
    "chat_chunk_fts_insert": f"""
        CREATE TRIGGER chat_chunk_fts_insert AFTER INSERT ON chat_chunk BEGIN
            INSERT INTO {FTS_TABLE}(rowid, search_terms) VALUES (new.id, new.search_terms);
        END""",
    "chat_chunk_fts_delete": f"""
        CREATE TRIGGER chat_chunk_fts_delete AFTER DELETE ON chat_chunk BEGIN
            INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_terms) VALUES ('delete', old.id, old.search_terms);
        END""",
    "chat_chunk_fts_update": f"""
        CREATE TRIGGER chat_chunk_fts_update AFTER UPDATE OF search_terms ON chat_chunk BEGIN
            INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_terms) VALUES ('delete', old.id, old.search_terms);
            INSERT INTO {FTS_TABLE}(rowid, search_terms) VALUES (new.id, new.search_terms);
        END""",
}


def install(connection: BaseDatabaseWrapper) -> None:
    """Create the index, its vocabulary view and the triggers where missing (idempotent)."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
            "search_terms, content='chat_chunk', content_rowid='id', tokenize='ascii', detail='full')"
        )
        cursor.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCAB_TABLE} USING fts5vocab({FTS_TABLE}, 'instance')")
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'chat_chunk'")
        present = {row[0] for row in cursor.fetchall()}
        missing = [name for name in TRIGGERS if name not in present]
        for name in missing:
            cursor.execute(TRIGGERS[name])
        if missing:  # rows may have changed while a trigger was missing: rebuild from the table
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


def uninstall(connection: BaseDatabaseWrapper) -> None:
    with connection.cursor() as cursor:
        for name in TRIGGERS:
            cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
        cursor.execute(f"DROP TABLE IF EXISTS {VOCAB_TABLE}")
        cursor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
