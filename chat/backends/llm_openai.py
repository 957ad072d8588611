"""OpenAI (or any OpenAI-compatible server: Ollama, vLLM, ...) through langchain-openai."""

from collections.abc import Sequence

from django.conf import settings
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI

from chat.backends.llm import ChatModelError, Passage
from chat.backends.openai_calls import call_openai

SYSTEM_PROMPT = (
    "You are pdfchat. You answer questions using only the numbered excerpts from the user's "
    "PDF documents given in the message. Cite the page of every statement you take from an "
    "excerpt as [p. N] (for example [p. 12]). If the excerpts do not contain the answer, say "
    "that the documents do not cover the question; do not use outside knowledge and never "
    "invent facts or page numbers. Answer in the language of the question."
)


def build_prompt(*, question: str, passages: Sequence[Passage]) -> str:
    """The user message: the excerpts with their documents and pages, then the question."""
    excerpts = "\n\n".join(f'[{n}] "{p.title}", page {p.page}:\n{p.text}' for n, p in enumerate(passages, start=1))
    return f"Excerpts:\n\n{excerpts}\n\nQuestion: {question}"


class OpenAIChatModel:
    """Chat completions via `ChatOpenAI`, honouring OPENAI_BASE_URL, timeout and retries."""

    name = "openai"

    def __init__(self) -> None:
        self.model = settings.OPENAI_CHAT_MODEL
        self._client = ChatOpenAI(
            model=self.model,
            api_key=settings.OPENAI_API_KEY or "unused",
            base_url=settings.OPENAI_BASE_URL,
            timeout=settings.OPENAI_TIMEOUT,
            max_retries=0,  # call_openai retries, as settings say
        )

    def answer(self, *, question: str, passages: Sequence[Passage]) -> str:
        messages = [
            SystemMessage(SYSTEM_PROMPT),
            HumanMessage(build_prompt(question=question, passages=passages)),
        ]
        reply = call_openai(lambda: self._client.invoke(messages), error_class=ChatModelError)
        return str(reply.text)
