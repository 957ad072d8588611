"""A user's conversations: the list, and one thread with its messages."""

import uuid

from django.contrib.auth.models import User
from django.db.models import Count, Prefetch, QuerySet

from chat.models import Conversation, Message


def conversation_list(*, owner: User | None) -> QuerySet[Conversation]:
    """The owner's conversations, most recently active first, with their message counts."""
    return (
        Conversation.objects.filter(owner=owner)
        .annotate(message_count=Count("messages"))
        .order_by("-last_message_at", "id")
    )


def conversation_get(*, conversation_id: str, owner: User | None) -> Conversation | None:
    """The owner's conversation with its messages (oldest first), or None for unknown ids."""
    try:
        uuid.UUID(conversation_id)
    except ValueError:
        return None
    ordered = Prefetch("messages", queryset=Message.objects.order_by("created_at", "id"), to_attr="ordered_messages")
    return conversation_list(owner=owner).prefetch_related(ordered).filter(id=conversation_id).first()
