"""The retriever: a question and a scope in, ranked hits with the gate's evidence out.

    tokens -> index terms (terms.py) -> the engine's postings -> BM25 (bm25.py)
                                       + the engine's nearest vectors, when there are any
           -> fusion by score (or by rank: fusion.py) -> its head rescored by term proximity (proximity.py)
           -> top k, each with its lexical evidence

It decides nothing about coverage: that is `gate.is_covered`, in one place for every engine.
"""

from collections import Counter
from collections.abc import Iterable, Sequence

from django.conf import settings

from chat.backends.embeddings import get_embeddings
from chat.languages import detect
from chat.retrieval.bm25 import FLOOR as BM25_FLOOR
from chat.retrieval.bm25 import LexicalMatch
from chat.retrieval.engines import get_engine
from chat.retrieval.fusion import reciprocal_rank_fusion, rescore_head, score_fusion
from chat.retrieval.proximity import CANDIDATES as PROXIMITY_CANDIDATES
from chat.retrieval.proximity import proximity_ranking, proximity_scores
from chat.retrieval.terms import MAX_TOKEN_CHARS, index_term
from chat.retrieval.types import Hit, Scope, SearchResult
from chat.retrieval.unknown_words import unknown_rare_words, unplaced_names, without_prefixes
from chat.text import bigrams, katakana_words, question_words, tokenize


def search(*, query: str, scope: Scope, k: int, topic: str = "", expansions: Sequence[str] = ()) -> SearchResult:
    """The scope's k best chunks for `query`, best first; statistics over the scope only.

    `expansions` (a model's hypothetical answer and rephrasings: HyDE) are searched too, by
    words and by vector, and fused in at QUERY_EXPANSION_WEIGHT: they find the page that names
    what the question describes. The gate's evidence is the question's own, so an expansion
    can rank a page but never make an off-topic question look covered.

    `topic` is the earlier query a follow-up leans on (followups.py): the follow-up stays on
    the conversation's topic, so the nearest chunk to that topic counts for the gate's vector
    check too. A combined query's own vector is diluted by words such as "How do I turn it
    on?", and judged alone it refused the very follow-ups the conversation is for.
    """
    if not scope.document_ids or scope.chunk_count == 0:
        return SearchResult(hits=[])
    engine = get_engine()
    language = detect(query)  # analysed as chunks in its language were (languages.py)
    query_tokens = Counter(tokenize(query, language=language))
    # Also look up the words the unknown-word check asks about (one round trip for both).
    probes = set(query_tokens)
    for word in question_words(query):
        probes.update(tokenize(word, language=language))
        if language == "en":
            probes.update(token for tokens in without_prefixes(word) for token in tokens)
    for word in katakana_words(query):
        probes.update(bigrams(word))
    match = _lexical_match(probes, scope=scope)

    lexical_scored = match.ranking(query_tokens)
    lexical = [chunk_id for chunk_id, _ in lexical_scored]
    rankings = [lexical_scored]  # (chunk id, score) best first, each fused at its weight
    weights = [1.0]
    for expansion in expansions:
        rankings.append(_lexical_ranking(expansion, language=language, scope=scope))
        weights.append(settings.QUERY_EXPANSION_WEIGHT)
    floors: list[float | None] = [BM25_FLOOR] * len(rankings)  # the vectors' below: their list's last
    best_similarity, similarity_floor = None, 0.0
    embeddings = get_embeddings()
    with_vectors = scope.with_vectors_of(embeddings.model_id)
    if with_vectors.document_ids and settings.FUSION_VECTOR_WEIGHT > 0:
        query_vector = embeddings.embed_query(query)
        nearest = engine.nearest(scope=with_vectors, vector=query_vector, k=settings.VECTOR_CANDIDATES)
        rankings.append(nearest)
        weights.append(settings.FUSION_VECTOR_WEIGHT)
        best_similarity = nearest[0][1] if nearest else None
        for expansion in expansions:  # HyDE proper: the hypothetical answer's nearest passages
            vector = embeddings.embed_query(expansion)
            rankings.append(engine.nearest(scope=with_vectors, vector=vector, k=k))
            weights.append(settings.QUERY_EXPANSION_WEIGHT * settings.FUSION_VECTOR_WEIGHT)
        if topic.strip() and best_similarity is not None:
            near_topic = engine.nearest(scope=with_vectors, vector=embeddings.embed_query(topic), k=1)
            best_similarity = max([best_similarity] + [similarity for _, similarity in near_topic])
        similarity_floor = embeddings.similarity_floor
    idf = {token: match.idf(token) for token in query_tokens if match.known(token)}
    floors += [None] * (len(rankings) - len(floors))
    fused = _fuse(rankings, weights=weights, floors=floors, idf=idf, language=language)
    hits = [
        Hit(chunk_id=chunk_id, score=score, evidence=match.evidence(query_tokens, chunk_id))
        for chunk_id, score in fused[:k]
    ]

    def held(token: str) -> bool:  # by one of the passages found
        return any(token in match.chunk_terms.get(hit.chunk_id, ()) for hit in hits)

    return SearchResult(
        hits=hits,
        query_terms=len(query_tokens),
        best_lexical=match.evidence(query_tokens, lexical[0]) if lexical else None,
        best_similarity=best_similarity,
        similarity_floor=similarity_floor,
        unknown_words=unknown_rare_words(query, known=match.known, language=language),
        unplaced_names=unplaced_names(query, held=held, language=language),
    )


def _lexical_match(tokens: Iterable[str], *, scope: Scope) -> LexicalMatch:
    """The scope's postings for `tokens`. Each is looked up in each collection's partition:
    never in another collection's postings."""
    token_of = {
        index_term(token, prefix=prefix): token
        for prefix in scope.prefixes
        for token in tokens
        if len(token) <= MAX_TOKEN_CHARS
    }
    postings = get_engine().postings(scope=scope, terms=sorted(token_of))
    return LexicalMatch.from_postings(postings, token_of=token_of, scope=scope)


def _lexical_ranking(text: str, *, language: str, scope: Scope) -> list[tuple[int, float]]:
    """BM25's ranking of the scope's chunks for `text`, in the question's language."""
    tokens = Counter(tokenize(text, language=language))
    return _lexical_match(tokens, scope=scope).ranking(tokens)


def _fuse(
    rankings: Sequence[Sequence[tuple[int, float]]],
    *,
    weights: Sequence[float],
    floors: Sequence[float | None],
    idf: dict[str, float],
    language: str,
) -> list[tuple[int, float]]:
    """The rankings merged (FUSION_METHOD: by score, or by rank), then term proximity added
    over the head (PROXIMITY_WEIGHT): as a score of its own, or as one more ranking."""
    if settings.FUSION_METHOD == "ranks":
        orders = [[chunk_id for chunk_id, _ in ranking] for ranking in rankings]
        fused = reciprocal_rank_fusion(orders, weights=weights)
        if settings.PROXIMITY_WEIGHT > 0:
            orders.append(proximity_ranking([chunk_id for chunk_id, _ in fused], weights=idf, language=language))
            fused = reciprocal_rank_fusion(orders, weights=[*weights, settings.PROXIMITY_WEIGHT])
        return fused
    fused = score_fusion(rankings, weights=weights, floors=floors)
    if settings.PROXIMITY_WEIGHT > 0:
        head = [chunk_id for chunk_id, _ in fused[:PROXIMITY_CANDIDATES]]
        scores = proximity_scores(head, weights=idf, language=language)
        fused = rescore_head(
            fused, head=len(head), scores=scores, weight=settings.PROXIMITY_WEIGHT, fused_weight=sum(weights)
        )
    return fused
