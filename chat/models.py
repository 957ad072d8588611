"""Database models. A ChatJob mirrors one RQ job so its result outlives Redis' result TTL."""

import uuid

from django.db import models


class ChatJob(models.Model):
    """A question asked through POST /chat/async; its id is the RQ job id."""

    class Status(models.TextChoices):
        QUEUED = "queued"
        STARTED = "started"
        FINISHED = "finished"
        FAILED = "failed"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    message = models.TextField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED, db_index=True)
    answer = models.TextField(blank=True, default="")
    error = models.TextField(blank=True, default="")
    backend = models.CharField(max_length=64, blank=True, default="", help_text="Which backend answered.")
    result = models.JSONField(default=dict, blank=True, help_text="Extra result data (model, sources, ...).")
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
