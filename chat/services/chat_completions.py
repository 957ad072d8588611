"""An OpenAI chat-completions request answered from the asker's documents.

The request's `messages` are a conversation the client keeps: the last user message with
text is the question, the user and assistant turns before it its history (system messages
are the client's instructions to a model; the answering prompt is ours, so they are left out).
Nothing is stored: a client that wants threads on the server uses /chat/sync with a
conversation_id.
"""

import uuid
from collections.abc import Callable, Collection

from chat.backends.llm import Turn
from chat.selectors.access import Asker
from chat.services.answering import NO_BACKEND, Answer, answer_question
from chat.services.conversations import history_for_answer

NO_QUESTION = "There is no question to answer: send a user message with text."


def complete(
    *,
    asker: Asker,
    messages: list[dict],
    collection_ids: Collection[uuid.UUID | str] | None = None,
    on_delta: Callable[[str], None] | None = None,
) -> Answer:
    """Answer the last user message of `messages` that has text, with the turns before it as
    history, trimmed as a conversation's is; without one, the reply says so. `collection_ids`
    (the request's extra field) limits the search as on /chat/sync."""
    asked = question_index(messages)
    if asked is None:  # OpenAI clients show a reply; an error would read as a broken server
        return Answer(text=NO_QUESTION, backend=NO_BACKEND)
    history = [
        Turn(role=m["role"], text=message_text(m.get("content")))
        for m in messages[:asked]
        if m["role"] in ("user", "assistant")
    ]
    previous = next((turn.text for turn in reversed(history) if turn.role == "user"), "")
    return answer_question(
        message=message_text(messages[asked]["content"]),
        asker=asker,
        collection_ids=collection_ids,
        history=history_for_answer(history),
        previous_query=previous,
        on_delta=on_delta,
    )


def question_index(messages: list[dict]) -> int | None:
    """The index of the question: the last user message with text."""
    for index in range(len(messages) - 1, -1, -1):
        if messages[index]["role"] == "user" and message_text(messages[index].get("content")).strip():
            return index
    return None


def message_text(content: object) -> str:
    """A message's text: a string, or the text parts of a list of content parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return ""
