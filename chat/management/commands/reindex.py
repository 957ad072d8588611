"""`manage.py reindex [--document ID ...]`: recompute the stored chunks' index terms.

Needed after a change to the tokenizer (chat/text.py) or the term encoding;
migration 0003 ran the same backfill once. The engine's index follows the rows (FTS5
triggers, PostgreSQL's generated column), one transaction per document, so questions keep
being answered while it runs.
"""

from django.core.management.base import BaseCommand, CommandParser

from chat.models import Chunk, Document
from chat.retrieval.indexing import backfill_index_terms


class Command(BaseCommand):
    help = "Recompute every chunk's index terms (after a tokenizer change)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--document", action="append", dest="documents", help="only this document id")

    def handle(self, *args: object, documents: list[str] | None = None, **options: object) -> None:
        chunks = backfill_index_terms(chunk_model=Chunk, document_model=Document, document_ids=documents)
        self.stdout.write(f"reindexed {chunks} chunks")
