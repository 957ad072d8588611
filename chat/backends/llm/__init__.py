"""The chat-model interface: what answers a question, picked by the CHAT_BACKEND setting.

Views, services and tasks only see `ChatModel`; which implementation answers (OpenAI or
any OpenAI-compatible server, or the offline extractive answerer) is a settings matter.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string

from chat.errors import ReadableError

OPENAI = "chat.backends.llm.openai.OpenAIChatModel"
OFFLINE = "chat.backends.llm.extractive.ExtractiveChatModel"


class ChatModelError(ReadableError):
    """A chat model failed; the message is meant for the user (no stack trace, no secrets)."""


@dataclass(frozen=True)
class Turn:
    """An earlier message of the conversation, as the chat model sees it."""

    role: str  # "user" or "assistant"
    text: str


@dataclass(frozen=True)
class Passage:
    """A retrieved piece of a document, as the chat model sees it."""

    document_id: str
    title: str
    page: int
    text: str
    score: float
    ocr: bool = False  # the page's text was recognised from its image
    collection_id: str = ""  # the key of the document's collection
    section: str = ""  # its heading path in the document ("Shell Commands > Pipelines")


class ChatModel(Protocol):
    """Answers a question from passages, citing pages as [p. N].

    `name` says which backend answered; `model` which model, if any. It is only called with
    at least one passage: the answering service handles "nothing relevant" itself. `history`
    holds the conversation's earlier turns, oldest first, already cut to a budget. With
    `on_delta`, the answer's text is also handed over piece by piece as it is written (the
    pieces join to the returned text): tokens from a model, lines from the extractive answerer.

    `standalone_question` turns a follow-up ("How do I turn it on?") into a question that
    retrieval can search on its own, from the history; None when the backend cannot (the
    offline answerer), and the caller combines terms instead (retrieval/followups.py).

    `expand_query` writes what retrieval searches besides the question: a short hypothetical
    answer in a manual's words (HyDE) and rephrasings, so that "make a pipeline fail when any
    command fails" also finds the page that only says "pipefail"; [] when the backend cannot.

    `rank_passages` orders the passages the search found by how well they answer the question:
    their indices, most useful first, each at most once (those it leaves out follow in the
    search's order: services/reranking.py). Only called if `ranks_passages`.
    """

    name: str
    model: str
    ranks_passages: bool

    def answer(
        self,
        *,
        question: str,
        passages: Sequence[Passage],
        history: Sequence[Turn] = (),
        on_delta: Callable[[str], None] | None = None,
    ) -> str: ...

    def standalone_question(self, *, question: str, history: Sequence[Turn]) -> str | None: ...

    def expand_query(self, *, question: str) -> list[str]: ...

    def rank_passages(self, *, question: str, passages: Sequence[Passage]) -> list[int]: ...


def chat_model_path() -> str:
    """The dotted path of the configured chat model class ("auto": OpenAI iff a key is set)."""
    choice = settings.CHAT_BACKEND
    if choice == "auto":
        return OPENAI if settings.OPENAI_API_KEY else OFFLINE
    return {"openai": OPENAI, "offline": OFFLINE, "extractive": OFFLINE}.get(choice, choice)


@cache
def _build(path: str, *config: object) -> ChatModel:
    return import_string(path)()


def get_chat_model() -> ChatModel:
    """The configured chat model, built once per process and per configuration."""
    path = chat_model_path()
    return _build(
        path,
        settings.OPENAI_API_KEY,
        settings.OPENAI_BASE_URL,
        settings.OPENAI_CHAT_MODEL,
        settings.OPENAI_TIMEOUT,
    )
