"""Reciprocal rank fusion: merge rankings by rank, not score, so BM25 and cosine need no calibration."""

from collections.abc import Sequence

RRF_K = 60  # the usual constant (Cormack et al.)


def reciprocal_rank_fusion(rankings: Sequence[Sequence[int]]) -> list[int]:
    """Chunk ids by fused score, best first; ties go to the id ranked first by the first ranking."""
    fused: dict[int, float] = {}
    first_seen: dict[int, int] = {}
    for ranking in rankings:
        for rank, chunk_id in enumerate(ranking):
            fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (RRF_K + 1 + rank)
            first_seen.setdefault(chunk_id, len(first_seen))
    return sorted(fused, key=lambda chunk_id: (-fused[chunk_id], first_seen[chunk_id]))
