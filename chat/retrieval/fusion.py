"""Merging rankings: by their scores (the default) or by rank (reciprocal rank fusion).

`score_fusion` is a convex combination of each ranking's scores, min-max normalised: BM25's
from its theoretical minimum, 0, a cosine's over its own list (Bruch, Gai and Ingber, "An
Analysis of Fusion Functions for Hybrid Retrieval", ACM TOIS 2023). It keeps how far ahead a
passage is, which RRF throws away: BM25's clear winner and the cosine's near tie count alike
in RRF. Measured better on the tune halves (docs/benchmarks.md); FUSION_METHOD=ranks keeps
RRF, which needs no normalisation.
"""

from collections.abc import Mapping, Sequence

RRF_K = 60  # the usual constant (Cormack et al.)


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[int]], *, weights: Sequence[float] | None = None
) -> list[tuple[int, float]]:
    """(chunk id, fused score) best first; ties go to the id ranked first by the first ranking.

    `weights` scale each ranking's contribution (default: all 1). Scores are in 0..1: 1 for
    a chunk ranked first by every ranking.
    """
    weights = list(weights or [1.0] * len(rankings))
    best = sum(weight / (RRF_K + 1) for weight in weights) or 1.0
    fused: dict[int, float] = {}
    first_seen: dict[int, int] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, chunk_id in enumerate(ranking):
            fused[chunk_id] = fused.get(chunk_id, 0.0) + weight / (RRF_K + 1 + rank)
            first_seen.setdefault(chunk_id, len(first_seen))
    order = sorted(fused, key=lambda chunk_id: (-fused[chunk_id], first_seen[chunk_id]))
    return [(chunk_id, fused[chunk_id] / best) for chunk_id in order]


def score_fusion(
    rankings: Sequence[Sequence[tuple[int, float]]],
    *,
    weights: Sequence[float],
    floors: Sequence[float | None] | None = None,
) -> list[tuple[int, float]]:
    """(chunk id, fused score) best first, from rankings of (chunk id, score).

    Each ranking's scores are scaled to 0..1 over its own list: its best 1, and 0 at its
    `floors` entry, the least score it can give (BM25's is 0), or where none is known (None:
    a cosine's) at its last. A chunk a ranking does not list gets 0 from it. The scaled scores
    are summed by `weights` and divided by their sum: 1 for a chunk ranked first by every
    ranking. Ties go to the chunk listed first. A known floor keeps a short list's last item
    from counting as nothing: of BM25's two matches, the second may be nearly as good.
    """
    total = sum(weights) or 1.0
    fused: dict[int, float] = {}
    first_seen: dict[int, int] = {}
    for ranking, weight, floor in zip(rankings, weights, floors or [None] * len(rankings), strict=True):
        if not ranking:
            continue
        high = max(score for _, score in ranking)
        low = min(score for _, score in ranking) if floor is None else floor
        span = (high - low) or 1.0
        for chunk_id, score in ranking:
            fused[chunk_id] = fused.get(chunk_id, 0.0) + weight * (score - low) / span
            first_seen.setdefault(chunk_id, len(first_seen))
    order = sorted(fused, key=lambda chunk_id: (-fused[chunk_id], first_seen[chunk_id]))
    return [(chunk_id, fused[chunk_id] / total) for chunk_id in order]


def rescore_head(
    fused: Sequence[tuple[int, float]], *, head: int, scores: Mapping[int, float], weight: float, fused_weight: float
) -> list[tuple[int, float]]:
    """`fused` with one more score (0..1; 0 for a chunk `scores` lacks) added to its first `head`
    chunks at `weight` against the fused scores' `fused_weight`: those reordered, the rest after
    them, in their order (none of them could pass a head chunk). Scores stay in 0..1."""
    whole = fused_weight + weight
    first = [
        (chunk_id, (score * fused_weight + weight * scores.get(chunk_id, 0.0)) / whole)
        for chunk_id, score in fused[:head]
    ]
    first.sort(key=lambda item: -item[1])  # stable: ties keep the fused order
    return first + [(chunk_id, score * fused_weight / whole) for chunk_id, score in fused[head:]]
