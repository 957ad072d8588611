"""A ChatJob mirrors one RQ job (a question asked with POST /chat/async), so its result
outlives Redis' result TTL."""

import uuid

from django.conf import settings
from django.db import models


class ChatJob(models.Model):
    """A question asked through POST /chat/async; its id is the RQ job id."""

    class Status(models.TextChoices):
        QUEUED = "queued"
        STARTED = "started"
        FINISHED = "finished"
        FAILED = "failed"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="chat_jobs"
    )
    message = models.TextField()
    document_ids = models.JSONField(null=True, blank=True, help_text="Only search these documents.")
    collection_ids = models.JSONField(null=True, blank=True, help_text="Only search these collections (keys).")
    # Who asked, as the worker checks it again when the job runs: the token may have been
    # revoked, or the asker removed from a collection, while it waited.
    token = models.ForeignKey("ApiToken", null=True, blank=True, on_delete=models.SET_NULL, related_name="chat_jobs")
    asked_with_token = models.BooleanField(default=False, help_text="Asked with an API token (see `token`).")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED, db_index=True)
    answer = models.TextField(blank=True, default="")
    error = models.TextField(blank=True, default="")
    backend = models.CharField(max_length=64, blank=True, default="", help_text="Which backend answered.")
    result = models.JSONField(default=dict, blank=True, help_text="Extra result data (model, sources, ...).")
    conversation = models.ForeignKey(
        "Conversation", null=True, blank=True, on_delete=models.SET_NULL, related_name="chat_jobs"
    )
    request_id = models.CharField(
        max_length=128, blank=True, default="", help_text="The X-Request-ID of the request that asked (in its logs)."
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.id} ({self.status})"

    @property
    def is_done(self) -> bool:
        return self.status in (self.Status.FINISHED, self.Status.FAILED)
