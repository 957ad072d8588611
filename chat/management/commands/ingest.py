"""`manage.py ingest FILE [FILE ...]`: ingest PDFs now, in this process, with a progress bar."""

import sys
from pathlib import Path

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError, CommandParser

from chat.errors import describe_failure
from chat.models import Document
from chat.services.documents import UploadRejected, accept_upload
from chat.services.ingestion.pipeline import ingest_document


def user_named(username: str | None) -> User | None:
    """The user called `username` (None for None); a clear error if there is none."""
    if username is None:
        return None
    try:
        return User.objects.get(username=username)
    except User.DoesNotExist:
        raise CommandError(f"No user {username!r}: create one with `manage.py create_api_user {username}`.") from None


class Command(BaseCommand):
    help = "Ingest PDF files inline (no worker needed); files already ingested are skipped."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument("--title", default="", help="Title for a single file (default: file name).")
        parser.add_argument("--owner", help="Username whose documents these become (default: nobody's).")

    def handle(self, *args: object, files: list[Path], title: str, owner: str | None, **options: object) -> None:
        if title and len(files) > 1:
            raise CommandError("--title only goes with a single file.")
        user = user_named(owner)
        failures = 0
        for path in files:
            failures += not self._ingest(path, title, user)
        if failures:
            raise CommandError(f"{failures} of {len(files)} file(s) could not be ingested.")

    def _ingest(self, path: Path, title: str, owner: User | None) -> bool:
        if not path.is_file():
            self.stderr.write(f"{path}: no such file")
            return False
        try:
            with path.open("rb") as file:
                accepted = accept_upload(file=file, filename=path.name, owner=owner, title=title, enqueue=False)
        except UploadRejected as exc:
            self.stderr.write(f"{path}: {exc}")
            return False
        document = accepted.document
        if not accepted.created and document.status == Document.Status.READY:
            self.stdout.write(f"{path}: already ingested as {document.id} ({document.chunk_count} chunks)")
            return True
        try:
            document = ingest_document(
                document_id=document.id,
                on_page=self._bar(path.name, "pages"),
                vectors="inline",
                on_vectors=self._bar(path.name, "vectors"),
            )
        except Exception as exc:
            self.stdout.write("")
            self.stderr.write(f"{path}: failed: {describe_failure(exc)}")
            return False
        self.stdout.write(
            f"\n{path}: ready as {document.id}: {document.pages_total} pages, {document.chunk_count} chunks"
        )
        if document.vector_status == Document.VectorStatus.FAILED:
            self.stderr.write(f"{path}: vectors failed (lexical search still works): {document.vector_error}")
        return True

    def _bar(self, name: str, unit: str):
        interactive = sys.stdout.isatty()

        def show(done: int, total: int) -> None:
            if not interactive and done not in (total,) and done % 25:
                return
            width = 30
            filled = width * done // max(total, 1)
            self.stdout.write(f"\r{name}: [{'#' * filled}{'.' * (width - filled)}] {done}/{total} {unit}", ending="")
            self.stdout.flush()

        return show
