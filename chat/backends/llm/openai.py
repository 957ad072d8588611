"""OpenAI (or any OpenAI-compatible server: Ollama, vLLM, ...) through langchain-openai."""

import re
from collections.abc import Callable, Sequence

import openai
from django.conf import settings
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI

from chat.backends.llm import ChatModelError, Passage, Turn
from chat.backends.openai_client import call_openai, readable_error

SYSTEM_PROMPT = (
    "You are pdfchat. You answer questions using only the numbered excerpts from the user's "
    "PDF documents given in the message. Cite the page of every statement you take from an "
    "excerpt as [p. N] (for example [p. 12]). If the excerpts do not contain the answer, say "
    "that the documents do not cover the question; do not use outside knowledge and never "
    "invent facts or page numbers. Answer in the language of the question."
)

# For follow-ups: what retrieval should search for, in the words of the documents' topic.
REWRITE_PROMPT = (
    "Rewrite the user's follow-up question as one standalone question that can be understood "
    "without the conversation, naming what it refers to. Keep its language. If it already "
    "stands alone, return it unchanged. Reply with the question only."
)


# Query expansion: what retrieval searches besides the question (HyDE, and rephrasings).
EXPAND_PROMPT = (
    "You help search a user's technical documents. For the question, write first a short passage "
    "(at most three sentences) as the documentation would answer it, naming the option, command, "
    "setting or term it would use; then two rephrasings of the question in that documentation's "
    "vocabulary. Keep the question's language. Put each on its own line, with no numbering and "
    "nothing else. If you do not know, guess the documentation's wording."
)
MAX_EXPANSIONS = 3
# Reranking: which of the search's passages answer the question, best first (services/reranking.py).
RANK_PROMPT = (
    "You rank excerpts from a user's documents for a search. Reply with the numbers of the excerpts "
    "that help answer the question, the most useful first, separated by commas (for example: 4, 1, 7). "
    "Leave out the excerpts that do not help. Reply with the numbers only."
)
MAX_RANK_REPLY_CHARS = 400
MAX_EXPANSION_CHARS = 600


def build_prompt(*, question: str, passages: Sequence[Passage]) -> str:
    """The user message: the excerpts with their documents and pages, then the question."""
    excerpts = "\n\n".join(f'[{n}] "{p.title}", page {p.page}:\n{p.text}' for n, p in enumerate(passages, start=1))
    return f"Excerpts:\n\n{excerpts}\n\nQuestion: {question}"


class OpenAIChatModel:
    """Chat completions via `ChatOpenAI`, honouring OPENAI_BASE_URL, timeout and retries."""

    name = "openai"
    ranks_passages = True

    def __init__(self) -> None:
        self.model = settings.OPENAI_CHAT_MODEL
        self._client = ChatOpenAI(
            model=self.model,
            api_key=settings.OPENAI_API_KEY or "unused",
            base_url=settings.OPENAI_BASE_URL,
            timeout=settings.OPENAI_TIMEOUT,
            max_retries=0,  # call_openai retries, as settings say
        )

    def answer(
        self,
        *,
        question: str,
        passages: Sequence[Passage],
        history: Sequence[Turn] = (),
        on_delta: Callable[[str], None] | None = None,
    ) -> str:
        messages = [
            SystemMessage(SYSTEM_PROMPT),
            *_history_messages(history),
            HumanMessage(build_prompt(question=question, passages=passages)),
        ]
        if on_delta is not None:
            return call_openai(lambda: self._stream(messages, on_delta), error_class=ChatModelError)
        reply = call_openai(lambda: self._client.invoke(messages), error_class=ChatModelError)
        return str(reply.text)

    def _stream(self, messages: list, on_delta: Callable[[str], None]) -> str:
        """Tokens as the server sends them. Once some were handed on, a failure is not retried
        (the reader has them already): it ends the answer with a readable error."""
        parts: list[str] = []
        try:
            for chunk in self._client.stream(messages):
                if piece := str(chunk.text):
                    parts.append(piece)
                    on_delta(piece)
        except openai.OpenAIError as exc:
            if parts:
                raise readable_error(exc, ChatModelError) from exc
            raise
        return "".join(parts)

    def standalone_question(self, *, question: str, history: Sequence[Turn]) -> str | None:
        """One short call: the follow-up rewritten to stand alone (the question itself if it does)."""
        transcript = "\n".join(f"{turn.role}: {turn.text}" for turn in history)
        messages = [
            SystemMessage(REWRITE_PROMPT),
            HumanMessage(f"Conversation:\n{transcript}\n\nFollow-up question: {question}"),
        ]
        reply = call_openai(lambda: self._client.invoke(messages, max_tokens=100), error_class=ChatModelError)
        rewritten = " ".join(str(reply.text).split())
        return rewritten or None

    def expand_query(self, *, question: str) -> list[str]:
        """One short call: a hypothetical answer and rephrasings to search besides the question."""
        messages = [SystemMessage(EXPAND_PROMPT), HumanMessage(question)]
        reply = call_openai(lambda: self._client.invoke(messages, max_tokens=200), error_class=ChatModelError)
        return expansions_of(str(reply.text))

    def rank_passages(self, *, question: str, passages: Sequence[Passage]) -> list[int]:
        """One short call: the numbers of the excerpts that answer the question, best first."""
        messages = [SystemMessage(RANK_PROMPT), HumanMessage(build_prompt(question=question, passages=passages))]
        reply = call_openai(lambda: self._client.invoke(messages, max_tokens=60), error_class=ChatModelError)
        return ranking_of(str(reply.text), count=len(passages))


def ranking_of(reply: str, *, count: int) -> list[int]:
    """The excerpts the reply names (numbered from 1) as indices, in its order, each once; numbers
    out of range and anything after MAX_RANK_REPLY_CHARS are ignored."""
    order: list[int] = []
    for number in re.findall(r"\d+", reply[:MAX_RANK_REPLY_CHARS]):
        index = int(number) - 1 if len(number) <= 3 else -1
        if 0 <= index < count and index not in order:
            order.append(index)
    return order


def expansions_of(reply: str) -> list[str]:
    """The model's expansion lines: at most MAX_EXPANSIONS, each cut to MAX_EXPANSION_CHARS."""
    lines = [" ".join(line.split()).lstrip("-*0123456789.) ") for line in reply.splitlines()[:20]]
    return [line[:MAX_EXPANSION_CHARS] for line in lines if line][:MAX_EXPANSIONS]


def _history_messages(history: Sequence[Turn]) -> list[HumanMessage | AIMessage]:
    return [HumanMessage(turn.text) if turn.role == "user" else AIMessage(turn.text) for turn in history]
