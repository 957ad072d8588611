"""`manage.py embed [--document ID ...]`: compute missing vectors, inline.

For documents ingested before vectors were on, with another embedding model, or whose
vector job failed: each ready document whose vectors are not all of the configured model's
gets them now (those that are complete are skipped). Lexical search works meanwhile.
"""

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import F, Q

from chat.backends.embeddings import get_embeddings
from chat.models import Document
from chat.services.vectors import embed_document_inline


class Command(BaseCommand):
    help = "Compute the vectors that ready documents are missing (with the configured embedding model)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--document", action="append", dest="documents", help="only this document id")

    def handle(self, *args: object, documents: list[str] | None = None, **options: object) -> None:
        model_id = get_embeddings().model_id
        if not model_id:
            raise CommandError("No embeddings backend is configured (EMBEDDINGS_BACKEND=none).")
        todo = Document.objects.filter(status=Document.Status.READY).filter(
            ~Q(vector_model=model_id) | Q(vectors_done__lt=F("chunk_count"))
        )
        if documents:
            todo = todo.filter(id__in=documents)
        failures = 0
        for document in todo.order_by("created_at"):
            if embed_document_inline(document_id=document.id):
                self.stdout.write(f"{document.title}: {document.chunk_count} chunks with vectors ({model_id})")
            else:
                failures += 1
                document.refresh_from_db()
                self.stderr.write(f"{document.title}: failed: {document.vector_error}")
        if failures:
            raise CommandError(f"{failures} document(s) still lack vectors.")
