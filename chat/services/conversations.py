"""Conversations: chat threads whose follow-up questions are understood in context.

A question asked with a `conversation_id` (or `new_conversation`) is recorded as a user
message; its answer as an assistant message with its sources and backend. The answer sees
the recent turns (CONVERSATION_HISTORY_TURNS, cut to CONVERSATION_HISTORY_CHARS, newest
kept), and retrieval searches what a follow-up means (services/answering.py).
"""

import uuid
from collections.abc import Callable, Collection, Sequence
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from chat.backends.llm import Turn
from chat.errors import NotFound
from chat.models import ChatJob, Conversation, Message
from chat.selectors.access import Asker
from chat.services.answering import Answer, answer_question

TITLE_CHARS = 80


class ConversationNotFound(NotFound):
    """No conversation with this id belongs to the asker (the API answers 404)."""


def open_conversation(
    *, asker: Asker, conversation_id: uuid.UUID | str | None, new: bool = False
) -> Conversation | None:
    """The asker's conversation `conversation_id`, a new one if `new`, or None (a lone question).
    Conversations are a user's own, whichever collections they search."""
    if conversation_id is not None:
        conversation = Conversation.objects.filter(id=conversation_id, owner=asker.user).first()
        if conversation is None:
            raise ConversationNotFound("No conversation with this id.")
        return conversation
    if new:
        return Conversation.objects.create(owner=asker.user)
    return None


def record_question(*, conversation: Conversation, text: str, chat_job: ChatJob | None = None) -> Message:
    """The user's turn; the conversation takes its title from its first question."""
    with transaction.atomic():
        message = Message.objects.create(
            conversation=conversation, role=Message.Role.USER, text=text, chat_job=chat_job
        )
        updates = {"last_message_at": timezone.now()}
        if not conversation.title:
            updates["title"] = conversation.title = _title(text)
        Conversation.objects.filter(id=conversation.id).update(**updates)
    return message


def answer_in_conversation(
    *,
    question: Message,
    asker: Asker,
    collection_ids: Collection[uuid.UUID | str] | None = None,
    document_ids: Collection[uuid.UUID | str] | None = None,
    on_delta: Callable[[str], None] | None = None,
) -> Answer:
    """Answer a recorded question with its conversation's history, and record the answer."""
    earlier = list(
        Message.objects.filter(conversation_id=question.conversation_id, created_at__lte=question.created_at)
        .exclude(id=question.id)
        .order_by("-created_at", "-id")[: settings.CONVERSATION_HISTORY_TURNS]
    )[::-1]
    previous_query = next((m.search_query or m.text for m in reversed(earlier) if m.role == Message.Role.USER), "")
    answer = answer_question(
        message=question.text,
        asker=asker,
        collection_ids=collection_ids,
        document_ids=document_ids,
        history=history_for_answer([Turn(role=m.role, text=m.text) for m in earlier]),
        previous_query=previous_query,
        on_delta=on_delta,
    )
    with transaction.atomic():
        Message.objects.filter(id=question.id).update(search_query=answer.search_query)
        Message.objects.create(
            conversation_id=question.conversation_id,
            role=Message.Role.ASSISTANT,
            text=answer.text,
            sources=answer.sources,
            backend=answer.backend,
            chat_job=question.chat_job,
        )
        Conversation.objects.filter(id=question.conversation_id).update(last_message_at=timezone.now())
    return answer


def ask(
    *,
    message: str,
    asker: Asker,
    collection_ids: Collection[uuid.UUID | str] | None = None,
    document_ids: Collection[uuid.UUID | str] | None = None,
    conversation_id: uuid.UUID | str | None = None,
    new_conversation: bool = False,
    on_delta: Callable[[str], None] | None = None,
) -> tuple[Answer, Conversation | None]:
    """A synchronous question: on its own (the seed's /chat/sync), or in a conversation,
    where it is recorded, answered with the history, and the answer recorded too.
    `on_delta` receives the answer's text as it is written (/chat/stream)."""
    conversation = open_conversation(asker=asker, conversation_id=conversation_id, new=new_conversation)
    kwargs = {"asker": asker, "collection_ids": collection_ids, "document_ids": document_ids, "on_delta": on_delta}
    if conversation is None:
        return answer_question(message=message, **kwargs), None
    question = record_question(conversation=conversation, text=message)
    return answer_in_conversation(question=question, **kwargs), conversation


def delete_conversation(*, conversation: Conversation) -> None:
    """The conversation and its messages; chat jobs asked in it stay, unlinked."""
    conversation.delete()


def purge_idle_conversations(*, idle_days: int) -> int:
    """Delete conversations with no message for `idle_days` days; how many were deleted."""
    cutoff = timezone.now() - timedelta(days=idle_days)
    idle = Conversation.objects.filter(last_message_at__lt=cutoff)
    count = idle.count()
    idle.delete()
    return count


def history_for_answer(turns: Sequence[Turn]) -> list[Turn]:
    """What of a thread an answer sees, for conversations and /v1 alike: the newest
    CONVERSATION_HISTORY_TURNS turns that fit CONVERSATION_HISTORY_CHARS (about 4 characters
    a token); the oldest of them is cut to what is left of the budget."""
    kept: list[Turn] = []
    budget = settings.CONVERSATION_HISTORY_CHARS
    for turn in list(turns)[::-1][: settings.CONVERSATION_HISTORY_TURNS]:
        if budget <= 0:
            break
        text = turn.text if len(turn.text) <= budget else turn.text[: budget - 1] + "…"
        budget -= len(text)
        kept.append(Turn(role=turn.role, text=text))
    return kept[::-1]


def _title(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1] + "…"
