"""Reciprocal rank fusion: merge rankings by rank, not score, so BM25 and cosine need no calibration."""

from collections.abc import Sequence

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
