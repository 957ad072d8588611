"""Answering a question: the one place that turns a message into an `Answer`."""

from dataclasses import dataclass, field

from chat.backends.llm import get_chat_model


@dataclass(frozen=True)
class Answer:
    """What a question gets back, whichever backend produced it."""

    text: str
    backend: str
    model: str = ""
    sources: list[dict] = field(default_factory=list)

    def as_result(self) -> dict:
        """The JSON-able form stored as the RQ job result and in ChatJob.result."""
        return {"answer": self.text, "backend": self.backend, "model": self.model, "sources": self.sources}


def answer_question(*, message: str) -> Answer:
    """Answer `message` with the configured chat model."""
    chat_model = get_chat_model()
    text = chat_model.answer(question=message)
    return Answer(text=text, backend=chat_model.name, model=chat_model.model)
