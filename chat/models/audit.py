"""The audit trail (services/audit.py)."""

from django.conf import settings
from django.db import models


class AuditEvent(models.Model):
    """Who did what to which document or token, when and from where (services/audit.py).

    Rows outlive what they name: the actor's and the target's names are copied, so a deleted
    user or document still reads in the trail. Kept AUDIT_RETENTION_DAYS (`manage.py purge_audit`).
    """

    class Action(models.TextChoices):
        UPLOAD = "document.upload"
        DELETE = "document.delete"
        DOWNLOAD = "document.download"
        INGESTION_RETRY = "document.retry"  # an operator queued a failed ingestion again (the admin)
        INGESTION_CANCEL = "document.cancel"  # an operator stopped a queued or running one (the admin)
        RESPLIT = "document.resplit"  # an operator had a ready one cut into passages again (the admin)
        TOKEN_CREATE = "token.create"
        TOKEN_REVOKE = "token.revoke"
        COLLECTION_CREATE = "collection.create"
        COLLECTION_RENAME = "collection.rename"
        COLLECTION_DELETE = "collection.delete"
        MEMBER_ADD = "member.add"
        MEMBER_ROLE = "member.role"
        MEMBER_REMOVE = "member.remove"

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(max_length=32, choices=Action.choices, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="audit_events"
    )
    actor_name = models.CharField(max_length=150, blank=True, default="", help_text="Empty: anonymous.")
    target_id = models.CharField(max_length=64, blank=True, default="", db_index=True)
    target_label = models.CharField(max_length=300, blank=True, default="")
    ip = models.GenericIPAddressField(null=True, blank=True, help_text="The client's address, as the server saw it.")
    via = models.CharField(max_length=200, blank=True, default="", help_text="User agent, or the command.")
    detail = models.JSONField(default=dict, blank=True)
    # Not a foreign key: a deleted collection's trail stays (staff read it in the admin).
    collection_key = models.UUIDField(null=True, blank=True, db_index=True, help_text="The collection concerned.")

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_name or 'anonymous'} {self.action} {self.target_label}"
