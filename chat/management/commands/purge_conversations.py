"""`manage.py purge_conversations`: delete conversations nobody wrote in for a while."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from chat.services.conversations import purge_idle_conversations


class Command(BaseCommand):
    help = "Delete conversations with no message for --days days (default CONVERSATION_IDLE_DAYS)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=None, help="Idle for at least this many days.")

    def handle(self, *args: object, days: int | None, **options: object) -> None:
        days = settings.CONVERSATION_IDLE_DAYS if days is None else days
        deleted = purge_idle_conversations(idle_days=days)
        self.stdout.write(f"deleted {deleted} conversation(s) idle for {days} days or more")
