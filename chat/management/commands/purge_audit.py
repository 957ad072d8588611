"""`manage.py purge_audit`: delete audit events past their retention (run it daily, from cron)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from chat.services.audit import purge_expired


class Command(BaseCommand):
    help = "Delete audit events older than AUDIT_RETENTION_DAYS days (0 keeps them all)."

    def handle(self, *args: object, **options: object) -> None:
        deleted = purge_expired()
        self.stdout.write(f"deleted {deleted} audit event(s) older than {settings.AUDIT_RETENTION_DAYS} days")
