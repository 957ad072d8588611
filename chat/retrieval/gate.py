"""The relevance gate: does what the search found cover the question? Decided here, for every engine.

Covered when some chunk holds at least RELEVANCE_THRESHOLD of the question's terms weighted
by rarity, and at least RELEVANCE_MIN_TERMS of them, or all of them when the question has
fewer ("What is pipefail?" has one), among the hits or the best BM25 chunk whichever
ranking put first; and the question names nothing the documents never mention, nor a
name that none of the passages found mentions (unknown_words.py).
"""

from django.conf import settings

from chat.retrieval.types import Evidence, SearchResult


def is_covered(result: SearchResult) -> bool:
    if not result.hits:
        return False
    evidence: list[Evidence] = [hit.evidence for hit in result.hits]
    if result.best_lexical is not None:
        evidence.append(result.best_lexical)
    needed = max(1, min(settings.RELEVANCE_MIN_TERMS, result.query_terms))
    strong = any(e.share >= settings.RELEVANCE_THRESHOLD and e.matched_terms >= needed for e in evidence)
    # With vectors searched, a question nothing is close to in meaning is off-topic however
    # many of its words match ("the best time of year to visit Iceland").
    near = result.best_similarity is None or result.best_similarity >= result.similarity_floor
    return strong and near and not result.unknown_words and not result.unplaced_names
