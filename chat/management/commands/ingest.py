"""`manage.py ingest FILE [FILE ...]`: ingest PDFs now, in this process, showing progress.

They go into --collection, or --owner's personal collection, or else the library: the
collection of documents nobody owns, which staff share with people and groups (docs/access.md).
"""

from pathlib import Path

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser, OutputWrapper

from chat.errors import describe_failure
from chat.models import Collection, Document
from chat.services.audit import Origin
from chat.services.default_collections import library, personal_collection
from chat.services.documents import UploadRejected, store_upload
from chat.services.ingestion.pipeline import ingest_here
from chat.services.ingestion.progress import Stage

COMMAND = Origin(via="manage.py ingest")
UNITS = {"pages": "pages read", "ocr": "pages recognised", "vectors": "vectors"}


def user_named(username: str | None) -> User | None:
    """The user called `username` (None for None); a clear error if there is none."""
    if username is None:
        return None
    try:
        return User.objects.get(username=username)
    except User.DoesNotExist:
        raise CommandError(f"No user {username!r}: create one with `manage.py create_api_user {username}`.") from None


def collection_named(key: str) -> Collection:
    """The collection with this id; a clear error if there is none."""
    try:
        return Collection.objects.get(key=key)
    except (Collection.DoesNotExist, ValueError, ValidationError):
        raise CommandError(f"No collection with id {key!r}.") from None


class ProgressLines:
    """The ingestion's progress for a person: on a terminal, one bar per stage, redrawn in place
    and ended with a newline when the stage is done (so the next stage's bar starts a line of its
    own); otherwise (a log, a pipe) a plain line at every quarter of a stage."""

    WIDTH = 30

    def __init__(self, out: OutputWrapper, name: str) -> None:
        self.out, self.name = out, name
        self.interactive = out.isatty()
        self._quarter: dict[str, int] = {}

    def __call__(self, stage: Stage, done: int, total: int) -> None:
        unit = UNITS[stage]
        if self.interactive:
            filled = self.WIDTH * done // max(total, 1)
            bar = f"[{'#' * filled}{'.' * (self.WIDTH - filled)}]"
            self.out.write(f"\r{self.name}: {bar} {done}/{total} {unit}", ending="\n" if done >= total else "")
            self.out.flush()
            return
        quarter = 4 * done // max(total, 1)
        if quarter > self._quarter.get(stage, 0) or done == total:
            self._quarter[stage] = quarter
            self.out.write(f"{self.name}: {done}/{total} {unit}")


class Command(BaseCommand):
    help = "Ingest PDF files inline (no worker needed); files already ingested are skipped."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument("--title", default="", help="Title for a single file (default: file name).")
        parser.add_argument("--owner", help="Username who uploads them (default: nobody).")
        parser.add_argument(
            "--collection", help="Collection id to ingest into (default: the owner's personal one, or the library)."
        )

    def handle(
        self, *args: object, files: list[Path], title: str, owner: str | None, collection: str | None,
        **options: object,
    ) -> None:  # fmt: skip
        if title and len(files) > 1:
            raise CommandError("--title only goes with a single file.")
        user = user_named(owner)
        target = collection_named(collection) if collection else None
        if target is None:
            target = personal_collection(user=user) if user is not None else library()
        failures = 0
        for path in files:
            failures += not self._ingest(path, title, user, target)
        if failures:
            raise CommandError(f"{failures} of {len(files)} file(s) could not be ingested.")

    def _ingest(self, path: Path, title: str, owner: User | None, collection: Collection) -> bool:
        if not path.is_file():
            self.stderr.write(f"{path}: no such file")
            return False
        try:
            with path.open("rb") as file:
                accepted = store_upload(
                    file=file, filename=path.name, owner=owner, collection=collection, title=title, origin=COMMAND
                )
        except UploadRejected as exc:
            self.stderr.write(f"{path}: {exc}")
            return False
        document = accepted.document
        if not accepted.created and document.status == Document.Status.READY:
            self.stdout.write(f"{path}: already ingested as {document.id} ({document.chunk_count} chunks)")
            return True
        try:
            document = ingest_here(document_id=document.id, listener=ProgressLines(self.stdout, path.name))
        except Exception as exc:
            self.stderr.write(f"{path}: failed: {describe_failure(exc)}")
            return False
        if document is None:  # another run has it (a worker's), or it was deleted or cancelled meanwhile
            self.stderr.write(f"{path}: not ingested here: being ingested elsewhere, deleted or cancelled")
            return False
        pages, chunks = document.pages_total, document.chunk_count
        self.stdout.write(f"{path}: ready as {document.id}: {pages} pages, {chunks} chunks")
        if document.vector_status == Document.VectorStatus.FAILED:
            self.stderr.write(f"{path}: vectors failed (lexical search still works): {document.vector_error}")
        return True
