"""The offline answerer: used when no model is configured. It never pretends to be an LLM."""


class ExtractiveChatModel:
    """Answers only from indexed documents, quoting them; with nothing indexed it says so."""

    name = "extractive"
    model = ""

    def answer(self, *, question: str) -> str:
        return (
            "No language model is configured (OPENAI_API_KEY is not set) and no documents are "
            "indexed yet, so there is nothing to answer from. This reply comes from the offline "
            "extractive backend, which only quotes indexed documents."
        )
