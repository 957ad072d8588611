"""Where the question's words stand close together: a passage that holds them in one place.

BM25 scores a passage by how often it holds the question's terms, wherever they stand: an
overview page that mentions "pipeline", "fail" and "command" in three different paragraphs
outranks the paragraph that says, in one sentence, what happens when a command in a pipeline
fails. Term proximity is the classic remedy (Tao and Zhai, SIGIR 2007; Lucene's span and
interval queries): here, among the fused ranking's first CANDIDATES passages, each is scored by
its best WINDOW consecutive tokens, summing the IDF of the question's distinct terms inside
that window, as a share of the question's whole weight; that score is added to the fused one
(FUSION_METHOD=scores), or that order fused in as one more ranking (ranks), at PROXIMITY_WEIGHT.

The window slides once over each passage's tokens with counts kept as it goes: linear in the
passage's length, and only CANDIDATES passages (each at most a chunk long) are read.
"""

from collections import Counter
from collections.abc import Mapping, Sequence

from chat.models import Chunk
from chat.text import tokenize

CANDIDATES = 30
WINDOW = 24  # tokens after function words are dropped: about two sentences


def best_window(tokens: Sequence[str], weights: Mapping[str, float], *, window: int = WINDOW) -> float:
    """The largest sum of `weights` of distinct terms found within `window` consecutive tokens."""
    inside: Counter[str] = Counter()
    score = best = 0.0
    for position, token in enumerate(tokens):
        if token in weights:
            if inside[token] == 0:
                score += weights[token]
            inside[token] += 1
        if position >= window:
            leaving = tokens[position - window]
            if leaving in weights:
                inside[leaving] -= 1
                if inside[leaving] == 0:
                    score -= weights[leaving]
        best = max(best, score)
    return best


def proximity_scores(chunk_ids: Sequence[int], *, weights: Mapping[str, float], language: str) -> dict[int, float]:
    """Each of `chunk_ids`' best window, as a share (0..1) of the question's whole weight."""
    total = sum(weights.values())
    if not chunk_ids or not total:
        return {}
    rows = Chunk.objects.filter(pk__in=list(chunk_ids)).values_list("pk", "text", "language")
    return {
        pk: best_window(tokenize(text, language=chunk_language or language), weights) / total
        for pk, text, chunk_language in rows
    }


def proximity_ranking(chunk_ids: Sequence[int], *, weights: Mapping[str, float], language: str) -> list[int]:
    """`chunk_ids` (a fused ranking's head) reordered by their best window; ties keep their order."""
    head = list(chunk_ids[:CANDIDATES])
    scores = proximity_scores(head, weights=weights, language=language)
    return sorted((pk for pk in head if scores.get(pk, 0.0) > 0), key=lambda pk: -scores[pk])
