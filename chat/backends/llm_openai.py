"""OpenAI (or any OpenAI-compatible server: Ollama, vLLM, ...) through langchain-openai."""

import openai
from django.conf import settings
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI

from chat.backends.llm import ChatModelError

SYSTEM_PROMPT = (
    "You are pdfchat, an assistant that answers questions about the user's PDF documents. "
    "Answer concisely. If you do not know, say so instead of guessing."
)


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
            max_retries=settings.OPENAI_MAX_RETRIES,
        )

    def answer(self, *, question: str) -> str:
        messages = [SystemMessage(SYSTEM_PROMPT), HumanMessage(question)]
        try:
            reply = self._client.invoke(messages)
        except openai.AuthenticationError as exc:
            raise ChatModelError("The model server rejected the API key (HTTP 401).") from exc
        except openai.APIStatusError as exc:
            raise ChatModelError(
                f"The model server answered HTTP {exc.status_code}: {_error_detail(exc)}"
            ) from exc
        except openai.APITimeoutError as exc:
            raise ChatModelError(
                f"The model server did not answer within {settings.OPENAI_TIMEOUT:g} s."
            ) from exc
        except openai.APIConnectionError as exc:
            raise ChatModelError("The model server could not be reached.") from exc
        return str(reply.text)


def _error_detail(exc: openai.APIStatusError, limit: int = 300) -> str:
    """The server's own error message, one line, bounded (the client's adds boilerplate)."""
    body = exc.body if isinstance(exc.body, dict) else {}
    text = " ".join(str(body.get("message") or exc.message).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
