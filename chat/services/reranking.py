"""The chat model puts the pages the search found in order, before it answers from the first few.

The search ranks by words and vectors; the right page is among its first ten for nearly every
question of the benchmark sets, but first for only three in four (docs/benchmarks.md): a
neighbouring or an overview page that shares the question's words outranks it. A chat model
reads the question and the passages together, which is what a reranker does (listwise, as
RankGPT: Sun et al., EMNLP 2023), so with a model configured and MODEL_RERANK on, the first
MODEL_RERANK_CANDIDATES pages go to it in one short call, and the pages it names come first, in
its order, the others after them in the search's. The first RETRIEVAL_TOP_K are the sources.

It never decides coverage: the relevance gate has done that before (an off-topic question
gets no call at all), and a reply that names no page, a failed call or the offline answerer
leave the search's order as it is.
"""

import logging
from collections.abc import Sequence

from django.conf import settings

from chat.backends.llm import ChatModel, ChatModelError, Passage

logger = logging.getLogger(__name__)


def _reranks(chat_model: ChatModel) -> bool:
    return bool(settings.MODEL_RERANK and chat_model.ranks_passages)


def candidate_count(chat_model: ChatModel) -> int:
    """How many pages the search should hand over: more than the sources if the model will rank them."""
    if _reranks(chat_model):
        return max(settings.MODEL_RERANK_CANDIDATES, settings.RETRIEVAL_TOP_K)
    return settings.RETRIEVAL_TOP_K


def reranked(chat_model: ChatModel, *, question: str, passages: Sequence[Passage]) -> list[Passage]:
    """The first RETRIEVAL_TOP_K of `passages` (the search's order) once the model has ordered them."""
    top_k = settings.RETRIEVAL_TOP_K
    if len(passages) < 2 or not _reranks(chat_model):
        return list(passages[:top_k])
    try:
        order = chat_model.rank_passages(question=question, passages=passages)
    except ChatModelError as exc:
        logger.warning("ranking the passages failed, keeping the search's order: %s", exc)
        return list(passages[:top_k])
    named = set(order)
    ranked = [passages[index] for index in order] + [p for index, p in enumerate(passages) if index not in named]
    return ranked[:top_k]
