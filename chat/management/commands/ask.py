"""`manage.py ask "question"`: answer from the ingested PDFs and print the sources."""

import uuid

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chat.errors import NotFound
from chat.management.commands.ingest import user_named
from chat.selectors.access import Asker
from chat.selectors.documents import collections_with_documents
from chat.services.answering import NO_DOCUMENTS, answer_question


class Command(BaseCommand):
    help = "Answer a question from the ingested documents and list the pages it used."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("question")
        parser.add_argument("--document", action="append", dest="document_ids", help="Only this document id.")
        parser.add_argument(
            "--owner", help="Ask as this user: every collection they may read (default: the library's documents)."
        )
        parser.add_argument("--collection", action="append", dest="collection_ids", help="Only this collection id.")

    def handle(
        self, *args: object, question: str, document_ids: list[str] | None, owner: str | None,
        collection_ids: list[str] | None, **options: object,
    ) -> None:  # fmt: skip
        for document_id in document_ids or []:
            try:
                uuid.UUID(document_id)
            except ValueError:
                raise CommandError(f"{document_id!r} is not a document id.") from None
        asker = Asker(user=user_named(owner))
        try:
            answer = answer_question(
                message=question, asker=asker, collection_ids=collection_ids, document_ids=document_ids
            )
        except NotFound as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(answer.text)
        if owner is None and answer.text == NO_DOCUMENTS and (others := collections_with_documents()):
            names = ", ".join(f"{name} ({key})" for key, name, _ in others[:5]) + (", ..." if len(others) > 5 else "")
            self.stderr.write(
                "This searched only the library (the documents nobody owns); "
                f"{len(others)} collection(s) have documents: {names}. Ask as a member with --owner NAME."
            )
        self.stdout.write(f"\n(backend: {answer.backend}{f', model: {answer.model}' if answer.model else ''})")
        if answer.sources:
            self.stdout.write("\nSources:")
            for n, source in enumerate(answer.sources, start=1):
                self.stdout.write(f"  {n}. {source['title']}, p. {source['page']} (score {source['score']:.3f})")
