"""The offline answerer, used when no model is configured. It never pretends to be an LLM:
it quotes the sentences of the retrieved passages that best match the question, each with
its page citation, and says that it is extractive."""

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from chat.backends.llm import Passage, Turn
from chat.languages import detect
from chat.text import tokenize

MAX_SENTENCES = 4
MAX_SENTENCE_CHARS = 400
RANK_BONUS = 2.0
CONTEXT_AFTER = 1  # sentences after the anchor: definitions often give the value next ("The default is 500.")
# Sentence ends in Latin and CJK text; long unpunctuated runs (tables, reference cards)
# are cut at line breaks instead. Not an end: "$?", "$!" (shell parameters), "e.g.", "i.e.".
_SENTENCE_END = re.compile(
    "(?<!\\$[.!?])(?<!\\be\\.g\\.)(?<!\\bi\\.e\\.)(?<=[.!?\u3002\uff01\uff1f])\\s+|(?<=[\u3002\uff01\uff1f])|\n{2,}"
)
_LINE_BREAK = re.compile(r"\n")


def split_sentences(text: str) -> list[str]:
    sentences: list[str] = []
    for piece in _SENTENCE_END.split(text):
        parts = _LINE_BREAK.split(piece) if len(piece) > MAX_SENTENCE_CHARS else [piece]
        sentences.extend(" ".join(part.split()) for part in parts if part.strip())
    return sentences


@dataclass(frozen=True)
class _Sentence:
    rank: int  # of its passage
    position: int  # within its passage
    text: str
    passage: Passage
    score: float


class ExtractiveChatModel:
    """Quotes the answer's sentences: the best one of the best passage with what follows it,
    then the best of the others, each with its page."""

    name = "extractive"
    model = ""
    ranks_passages = False  # no model to read them with: the search's order stands

    def standalone_question(self, *, question: str, history: Sequence[Turn]) -> str | None:
        return None  # no model to rewrite with: retrieval combines the terms itself

    def expand_query(self, *, question: str) -> list[str]:
        return []  # no model to write with: the question is searched alone

    def rank_passages(self, *, question: str, passages: Sequence[Passage]) -> list[int]:
        return list(range(len(passages)))  # the search's order

    def answer(
        self,
        *,
        question: str,
        passages: Sequence[Passage],
        history: Sequence[Turn] = (),
        on_delta: Callable[[str], None] | None = None,
    ) -> str:
        picked = self._pick(question, passages)
        lines = [f"- {_clip(s.text)} ({s.passage.title}, [p. {s.passage.page}])" for s in picked]
        pieces = ["From your documents (extractive answer, no language model):"] + ["\n" + line for line in lines]
        for piece in pieces if on_delta is not None else ():
            on_delta(piece)  # sentence by sentence: there is no model to wait for
        return "".join(pieces)

    def _pick(self, question: str, passages: Sequence[Passage]) -> list[_Sentence]:
        language = detect(question)  # both sides analysed alike, as the search did
        terms = set(tokenize(question, language=language))
        split = [split_sentences(passage.text) for passage in passages]
        tokens = [[set(tokenize(sentence, language=language)) for sentence in sentences] for sentences in split]
        total = sum(len(sentences) for sentences in split)
        # A question term found in few of these sentences says more than one found in many. Counted
        # sentence by sentence: a long question and long passages cost their sum, not their product.
        found = Counter(term for group in tokens for t in group for term in terms & t)
        weight = {term: math.log(1 + total / (1 + found[term])) for term in terms}
        sentences = [
            _Sentence(
                rank, position, sentence, passages[rank], sum(weight[term] for term in terms & tokens[rank][position])
            )
            for rank, group in enumerate(split)
            for position, sentence in enumerate(group)
        ]
        matching = sorted((s for s in sentences if s.score > 0), key=lambda s: (-_ranked(s), s.rank, s.position))
        if not matching:
            return [s for s in sentences if s.rank == 0][:1] or sentences[:1]
        # The anchor: the best sentence of the best-ranked passage that has one, so the answer
        # opens with the best source; the ranking already weighed the whole passage, which one
        # sentence alone cannot.
        anchor = min(matching, key=lambda s: (s.rank, -s.score, s.position))
        picked = [anchor]
        picked += [
            s
            for s in sentences
            if s.rank == anchor.rank and anchor.position < s.position <= anchor.position + CONTEXT_AFTER
        ]
        seen = {s.text for s in picked}  # overlapping chunks repeat sentences
        for s in matching:
            if len(picked) >= MAX_SENTENCES:
                break
            if s.text not in seen:
                seen.add(s.text)
                picked.append(s)
        first = [s for s in picked if s.rank == anchor.rank]
        return sorted(first, key=lambda s: s.position) + [s for s in picked if s.rank != anchor.rank]


def _ranked(sentence: _Sentence) -> float:
    """The sentence's score, a little ahead for better-ranked passages (the top one up to 3x)."""
    return sentence.score * (1 + RANK_BONUS / (sentence.rank + 1))


def _clip(sentence: str) -> str:
    return sentence if len(sentence) <= MAX_SENTENCE_CHARS else sentence[: MAX_SENTENCE_CHARS - 1] + "…"
