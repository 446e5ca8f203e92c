"""Similarity of vectors as matrices: every query against every candidate in one product.

The vectors need not be normalised (zero vectors score 0); an embedder's rows are, so for
them a cosine is a dot product."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray


class Match(NamedTuple):
    row: int
    """The candidate's row."""
    score: float
    """Cosine similarity, -1 to 1."""


def _unit_rows(vectors: ArrayLike) -> NDArray[np.float32]:
    rows = np.atleast_2d(np.asarray(vectors, dtype=np.float32))
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    unit: NDArray[np.float32] = np.divide(rows, norms, out=np.zeros_like(rows), where=norms > 0)
    return unit


def cosine(a: ArrayLike, b: ArrayLike) -> NDArray[np.float32]:
    """Cosine similarity of every row of ``a`` with every row of ``b``: shape
    (len(a), len(b)). A 1-D input is one row."""
    return _unit_rows(a) @ _unit_rows(b).T


def most_similar(
    query: ArrayLike, candidates: ArrayLike, top_k: int = 5, *, min_score: float | None = None
) -> list[Match]:
    """The ``top_k`` candidates (rows) nearest to one query vector, best first (ties: the
    lower row first), leaving out those scoring below ``min_score``."""
    scores = cosine(query, candidates)[0]
    k = min(top_k, len(scores))
    if k <= 0:
        return []
    picked = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(k)
    picked = picked[np.lexsort((picked, -scores[picked]))]
    return [
        Match(int(row), float(scores[row]))
        for row in picked
        if min_score is None or scores[row] >= min_score
    ]
