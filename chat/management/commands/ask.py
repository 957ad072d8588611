"""`manage.py ask "question"`: answer from the ingested PDFs and print the sources."""

import uuid

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chat import selectors
from chat.management.commands.ingest import user_named
from chat.services.answering import NO_DOCUMENTS, answer_question


class Command(BaseCommand):
    help = "Answer a question from the ingested documents and list the pages it used."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("question")
        parser.add_argument("--document", action="append", dest="document_ids", help="Only this document id.")
        parser.add_argument("--owner", help="Search this user's documents (default: the documents nobody owns).")

    def handle(
        self, *args: object, question: str, document_ids: list[str] | None, owner: str | None, **options: object
    ) -> None:
        for document_id in document_ids or []:
            try:
                uuid.UUID(document_id)
            except ValueError:
                raise CommandError(f"{document_id!r} is not a document id.") from None
        answer = answer_question(message=question, owner=user_named(owner), document_ids=document_ids)
        self.stdout.write(answer.text)
        if owner is None and answer.text == NO_DOCUMENTS and (owners := selectors.owners_with_documents()):
            names = ", ".join(owners[:5]) + (", ..." if len(owners) > 5 else "")
            self.stderr.write(
                f"This searched only the documents nobody owns (the API's when authentication is off); "
                f"{len(owners)} user(s) have documents: {names}. Pick one with --owner NAME."
            )
        self.stdout.write(f"\n(backend: {answer.backend}{f', model: {answer.model}' if answer.model else ''})")
        if answer.sources:
            self.stdout.write("\nSources:")
            for n, source in enumerate(answer.sources, start=1):
                self.stdout.write(f"  {n}. {source['title']}, p. {source['page']} (score {source['score']:.3f})")
