"""Conversations: the messages of a chat thread, so follow-ups can be understood."""

import uuid

from django.conf import settings
from django.db import models


class Conversation(models.Model):
    """A chat thread of one user: questions and answers in order."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="conversations"
    )
    title = models.CharField(max_length=300, blank=True, default="", help_text="Its first question, shortened.")
    created_at = models.DateTimeField(auto_now_add=True)
    last_message_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-last_message_at"]

    def __str__(self) -> str:
        return self.title or str(self.id)


class Message(models.Model):
    """One turn: the user's question (with the query retrieval used for it) or an answer."""

    class Role(models.TextChoices):
        USER = "user"
        ASSISTANT = "assistant"

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    role = models.CharField(max_length=16, choices=Role.choices)
    text = models.TextField()
    search_query = models.TextField(
        blank=True, default="", help_text="What retrieval searched for a question (a follow-up made standalone)."
    )
    sources = models.JSONField(default=list, blank=True)
    backend = models.CharField(max_length=64, blank=True, default="")
    chat_job = models.ForeignKey("ChatJob", null=True, blank=True, on_delete=models.SET_NULL, related_name="messages")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.role}: {self.text[:60]}"
