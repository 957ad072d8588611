"""An OpenAI chat-completions request answered from the asker's documents.

The request's `messages` are a conversation the client keeps: the last user message with
text is the question, the user and assistant turns before it its history (system messages
are the client's instructions to a model; the answering prompt is ours, so they are left out).
Nothing is stored: a client that wants threads on the server uses /chat/sync with a
conversation_id.
"""

from collections.abc import Callable

from django.contrib.auth.models import User

from chat.backends.llm import Turn
from chat.services.answering import NO_BACKEND, Answer, answer_question

NO_QUESTION = "There is no question to answer: send a user message with text."


def complete(*, owner: User | None, messages: list[dict], on_delta: Callable[[str], None] | None = None) -> Answer:
    """Answer the last user message of `messages` that has text, with the turns before it as
    history; without one, the reply says so."""
    turns = [Turn(role=m["role"], text=_text(m.get("content"))) for m in messages if m["role"] in ("user", "assistant")]
    asked = [n for n, turn in enumerate(turns) if turn.role == "user" and turn.text.strip()]
    if not asked:  # OpenAI clients show a reply; an error would read as a broken server
        return Answer(text=NO_QUESTION, backend=NO_BACKEND)
    question, history = turns[asked[-1]], turns[: asked[-1]]
    previous = next((turn.text for turn in reversed(history) if turn.role == "user"), "")
    return answer_question(
        message=question.text, owner=owner, history=history, previous_query=previous, on_delta=on_delta
    )


def _text(content: object) -> str:
    """A message's text: a string, or the text parts of a list of content parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return ""
