"""Fusing rankings: by score (the default), and rescoring the head with one more score."""

import pytest

from chat.retrieval.fusion import reciprocal_rank_fusion, rescore_head, score_fusion


def test_scores_are_scaled_over_each_list_and_summed_by_weight():
    bm25 = [(1, 12.0), (2, 6.0), (3, 2.0)]  # scaled: 1, 0.4, 0
    cosine = [(2, 0.9), (4, 0.8), (1, 0.7)]  # scaled: 1, 0.5, 0
    fused = dict(score_fusion([bm25, cosine], weights=[1.0, 0.5]))
    assert fused == pytest.approx({1: 1.0 / 1.5, 2: (0.4 + 0.5) / 1.5, 3: 0.0, 4: 0.25 / 1.5})


def test_a_clear_lead_outweighs_a_near_tie_where_rank_fusion_sees_none():
    bm25 = [(1, 20.0), (2, 19.9), (3, 1.0)]  # 1 and 2 all but tied
    cosine = [(2, 0.95), (1, 0.60), (3, 0.59)]  # 2 far ahead
    assert score_fusion([bm25, cosine], weights=[1.0, 1.0])[0][0] == 2
    assert reciprocal_rank_fusion([[1, 2, 3], [2, 1, 3]], weights=[1.0, 1.0])[0][0] == 1  # a tie: first seen


def test_a_known_floor_scales_from_it_not_from_the_lists_last():
    bm25 = [(1, 10.0), (2, 8.0)]  # two matches, nearly as good: the second is not worth nothing
    assert dict(score_fusion([bm25], weights=[1.0])) == pytest.approx({1: 1.0, 2: 0.0})
    assert dict(score_fusion([bm25], weights=[1.0], floors=[0.0])) == pytest.approx({1: 1.0, 2: 0.8})
    cosine = [(2, 0.9), (1, 0.5)]
    fused = dict(score_fusion([bm25, cosine], weights=[1.0, 1.0], floors=[0.0, None]))
    assert fused == pytest.approx({1: 0.5, 2: 0.9})


def test_a_list_of_one_or_equal_scores_and_an_empty_one_are_no_trouble():
    assert score_fusion([[(7, 3.0)], []], weights=[1.0, 1.0]) == [(7, 0.0)]
    assert [chunk for chunk, _ in score_fusion([[(5, 1.0), (6, 1.0)]], weights=[1.0])] == [5, 6]  # listed order


def test_the_head_is_reordered_by_the_added_score_and_the_rest_follows():
    fused = [(1, 0.9), (2, 0.8), (3, 0.7), (4, 0.6)]
    rescored = rescore_head(fused, head=3, scores={3: 1.0, 2: 0.1}, weight=1.0, fused_weight=1.0)
    assert [chunk for chunk, _ in rescored] == [3, 1, 2, 4]  # 1 and 2 tie at 0.45: the fused order
    assert dict(rescored) == pytest.approx({3: 0.85, 2: 0.45, 1: 0.45, 4: 0.3})
    assert all(0.0 <= score <= 1.0 for _, score in rescored)
