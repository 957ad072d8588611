"""The offline answerer, used when no model is configured. It never pretends to be an LLM:
it quotes the sentences of the retrieved passages that best match the question, each with
its page citation, and says that it is extractive."""

import math
import re
from collections.abc import Sequence

from chat.backends.llm import Passage
from chat.retrieval.tokenizer import tokenize

MAX_SENTENCES = 4
MAX_SENTENCE_CHARS = 400
RANK_BONUS = 2.0  # the top passage is the likeliest to answer: weigh its sentences up to 3x
# Sentence ends in Latin and CJK text; long unpunctuated runs (tables, reference cards)
# are cut at line breaks instead.
_SENTENCE_END = re.compile("(?<=[.!?\u3002\uff01\uff1f])\\s+|(?<=[\u3002\uff01\uff1f])|\n{2,}")
_LINE_BREAK = re.compile(r"\n")


def split_sentences(text: str) -> list[str]:
    sentences: list[str] = []
    for piece in _SENTENCE_END.split(text):
        parts = _LINE_BREAK.split(piece) if len(piece) > MAX_SENTENCE_CHARS else [piece]
        sentences.extend(" ".join(part.split()) for part in parts if part.strip())
    return sentences


class ExtractiveChatModel:
    """Picks the best-matching sentences from the passages and cites their pages."""

    name = "extractive"
    model = ""

    def answer(self, *, question: str, passages: Sequence[Passage]) -> str:
        terms = set(tokenize(question))
        sentences = [
            (rank, position, sentence, passage, set(tokenize(sentence)))
            for rank, passage in enumerate(passages)
            for position, sentence in enumerate(split_sentences(passage.text))
        ]
        # A question term found in few of these sentences says more than one found in many.
        weight = {
            term: math.log(1 + len(sentences) / (1 + sum(term in tokens for *_, tokens in sentences))) for term in terms
        }
        scored: list[tuple[float, int, int, str, Passage]] = []
        for rank, position, sentence, passage, tokens in sentences:
            matched = terms & tokens
            if matched:
                # Weighted matches, a little ahead for better-ranked passages; then reading order.
                score = sum(weight[term] for term in matched) * (1 + RANK_BONUS / (rank + 1))
                scored.append((-score, rank, position, sentence, passage))
        scored.sort(key=lambda item: item[:3])
        picked, seen = [], set()
        for item in scored:
            if item[3] not in seen and len(picked) < MAX_SENTENCES:  # overlapping chunks repeat sentences
                seen.add(item[3])
                picked.append(item)
        picked = picked or [(0, 0, 0, _first_sentence(passages[0]), passages[0])]
        lines = [f"- {_clip(sentence)} ({passage.title}, [p. {passage.page}])" for *_, sentence, passage in picked]
        return "From your documents (extractive answer, no language model):\n" + "\n".join(lines)


def _first_sentence(passage: Passage) -> str:
    sentences = split_sentences(passage.text)
    return sentences[0] if sentences else passage.text


def _clip(sentence: str) -> str:
    return sentence if len(sentence) <= MAX_SENTENCE_CHARS else sentence[: MAX_SENTENCE_CHARS - 1] + "…"
