"""`manage.py resplit [--document ID ...] [--no-vectors]`: cut ready documents into passages again.

After an upgrade that changes how passages are cut (CHUNK_SIZE, CHUNK_OVERLAP, the cleaning
or the structure pass: docs/configuration.md), documents ingested before it keep their old
passages until this runs. Each is read again and its passages replaced in one transaction
(chat/services/ingestion/resplitting.py): questions keep being answered while it runs. Then,
unless --no-vectors, its vectors are computed here (as `manage.py embed` does: lexical search
serves it meanwhile). A document whose text came partly from OCR is left as it is, and said so.
"""

import uuid

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chat.models import Document
from chat.services.ingestion.resplitting import resplit_document
from chat.services.vectors import embed_document_inline, vectors_wanted


class Command(BaseCommand):
    help = "Cut ready documents into passages again, as ingestion cuts them now (then compute their vectors)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--document", action="append", dest="documents", help="only this document id")
        parser.add_argument(
            "--no-vectors", action="store_true", help="leave the vectors for `manage.py embed` (or a later run)"
        )

    def handle(
        self, *args: object, documents: list[str] | None = None, no_vectors: bool = False, **options: object
    ) -> None:
        if documents:  # asked for by id: each is answered for, ready or not
            wanted = {_document_id(text) for text in documents}
            todo = Document.objects.filter(id__in=wanted)
            missing = {str(pk) for pk in wanted - set(todo.values_list("id", flat=True))}
            if missing:
                raise CommandError(f"No document with id {', '.join(sorted(missing))}.")
        else:
            todo = Document.objects.filter(status=Document.Status.READY)
        done = skipped = failures = 0
        for document in todo.order_by("created_at"):
            result = resplit_document(document=document)
            if result.skipped:
                skipped += 1
                self.stdout.write(f"{result.title}: kept its {result.before} passages: {result.skipped}")
                continue
            done += 1
            line = f"{result.title}: {result.before} passages -> {result.after}"
            if vectors_wanted() and not no_vectors:
                if embed_document_inline(document_id=document.id):
                    line += ", with vectors"
                else:
                    failures += 1
                    document.refresh_from_db()
                    line += f"; vectors failed: {document.vector_error}"
            self.stdout.write(line)
        self.stdout.write(f"cut again: {done}; kept as they were: {skipped}")
        if failures:
            raise CommandError(f"{failures} document(s) still lack vectors: run `manage.py embed`.")


def _document_id(text: str) -> uuid.UUID:
    """The id a person typed, or a clear error (the database would refuse it less clearly)."""
    try:
        return uuid.UUID(text)
    except ValueError:
        raise CommandError(f"No document with id {text!r}: an id is a UUID, as the admin shows it.") from None
