"""Cosine similarity and nearest candidates on small hand-made matrices."""

from __future__ import annotations

import numpy as np

from bastion.embeddings import Match, cosine, most_similar

CANDIDATES = np.array([[1, 0, 0], [0, 1, 0], [1, 1, 0], [0, 0, 0], [-1, 0, 0]], dtype=np.float32)


def test_cosine_compares_every_row_with_every_row() -> None:
    scores = cosine(np.array([[2, 0, 0], [0, 3, 0]]), CANDIDATES)
    assert scores.shape == (2, 5) and scores.dtype == np.float32
    np.testing.assert_allclose(scores[0], [1, 0, np.sqrt(0.5), 0, -1], atol=1e-6)
    np.testing.assert_allclose(scores[1], [0, 1, np.sqrt(0.5), 0, 0], atol=1e-6)


def test_a_one_dimensional_query_is_one_row_and_zero_vectors_score_zero() -> None:
    assert cosine([0, 0, 0], CANDIDATES).tolist() == [[0, 0, 0, 0, 0]]
    assert cosine([1, 0, 0], [5, 0, 0]).shape == (1, 1)


def test_most_similar_gives_the_best_first() -> None:
    found = most_similar([1, 0.1, 0], CANDIDATES, top_k=3)
    assert [match.row for match in found] == [0, 2, 1]
    assert found[0].score > found[1].score > found[2].score


def test_ties_go_to_the_lower_row_and_top_k_may_exceed_the_candidates() -> None:
    found = most_similar([0, 0, 1], CANDIDATES, top_k=10)
    assert [match.row for match in found] == [0, 1, 2, 3, 4]
    assert {match.score for match in found} == {0.0}


def test_min_score_leaves_out_weak_candidates() -> None:
    found = most_similar([1, 0, 0], CANDIDATES, top_k=5, min_score=0.5)
    assert found == [Match(0, 1.0), Match(2, found[1].score)]
    assert abs(found[1].score - np.sqrt(0.5)) < 1e-6
    assert most_similar([1, 0, 0], CANDIDATES, top_k=0) == []
    assert most_similar([1, 0, 0], np.empty((0, 3)), top_k=3) == []
