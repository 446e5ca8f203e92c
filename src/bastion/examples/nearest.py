"""The worked examples of an org nearest a question, best first.

With the embedding model ready: the question's all-MiniLM-L6-v2 vector against the
stored ones, by cosine distance (pgvector's HNSW index, with an iterative scan so that
the org's filter never leaves fewer than ``k`` when the org has them); examples still
without a vector get theirs first. With the model still loading, failed, or switched off
(``BASTION_EMBEDDINGS=off``): fuzzy matching of the stored questions with rapidfuzz. It
never waits for the model, and never looks at another org's examples.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import ValidationError
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process
from sqlalchemy import Connection, Engine, bindparam, text

from bastion.db.models import Vector
from bastion.embeddings import DIMENSIONS, Embedder, EmbeddingsUnavailable
from bastion.planner.plan import QueryPlan

MAX_FILLED = 256
"""Vectors filled in by one search at most (the rest by the next ones)."""

Method = Literal["embeddings", "fuzzy"]


@dataclass(frozen=True, slots=True)
class Neighbour:
    question: str
    plan: QueryPlan
    score: float  # cosine similarity (embeddings), or rapidfuzz's ratio / 100 (fuzzy)
    method: Method


_VECTOR = bindparam("vector", type_=Vector(DIMENSIONS))

MISSING = text(
    "SELECT id, question FROM bastion.plan_examples WHERE org_id = :org AND embedding IS NULL"
    " ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED"
)
FILL = text("UPDATE bastion.plan_examples SET embedding = :vector WHERE id = :id").bindparams(
    _VECTOR
)
NEAREST = text(
    "SELECT question, plan, 1 - (embedding <=> :vector) AS score FROM bastion.plan_examples"
    " WHERE org_id = :org AND embedding IS NOT NULL ORDER BY embedding <=> :vector LIMIT :k"
).bindparams(_VECTOR)


def _plan(data: object) -> QueryPlan | None:
    """A stored plan, or None when it no longer reads as one (an older catalog's)."""
    try:
        return QueryPlan.model_validate(data)
    except ValidationError:
        return None


def fill_embeddings(conn: Connection, embedder: Embedder, org_id: int) -> int:
    """Store the vectors of the org's examples that lack one; how many were filled."""
    missing = conn.execute(MISSING, {"org": org_id, "limit": MAX_FILLED}).all()
    if not missing:
        return 0
    vectors = embedder.embed([row.question for row in missing])
    conn.execute(
        FILL,
        [
            {"id": row.id, "vector": [float(x) for x in vector]}
            for row, vector in zip(missing, vectors, strict=True)
        ],
    )
    return len(missing)


def _by_embedding(
    engine: Engine, embedder: Embedder, org_id: int, question: str, k: int
) -> list[Neighbour]:
    vector = [float(x) for x in embedder.embed([question])[0]]
    with engine.begin() as conn:
        fill_embeddings(conn, embedder, org_id)
        conn.execute(text("SET LOCAL hnsw.iterative_scan = strict_order"))
        rows = conn.execute(NEAREST, {"vector": vector, "org": org_id, "k": k}).all()
    return [
        Neighbour(row.question, plan, float(row.score), "embeddings")
        for row in rows
        if (plan := _plan(row.plan)) is not None
    ]


def _by_fuzzy(engine: Engine, org_id: int, question: str, k: int) -> list[Neighbour]:
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, question FROM bastion.plan_examples WHERE org_id = :org ORDER BY id"),
            {"org": org_id},
        ).all()
        best = process.extract(
            question,
            [row.question for row in rows],
            scorer=fuzz.WRatio,
            processor=default_process,
            limit=k,
        )
        ids = [rows[index].id for _, _, index in best]
        plans: dict[int, object] = {
            row.id: row.plan
            for row in conn.execute(
                text("SELECT id, plan FROM bastion.plan_examples WHERE id = ANY(:ids)"),
                {"ids": ids},
            )
        }
    return [
        Neighbour(rows[index].question, plan, score / 100, "fuzzy")
        for _, score, index in best
        if (plan := _plan(plans.get(rows[index].id))) is not None
    ]


def nearest_examples(
    engine: Engine, embedder: Embedder | None, org_id: int, question: str, k: int = 3
) -> list[Neighbour]:
    """Up to ``k`` of the org's examples nearest ``question``, best first."""
    if embedder is not None and embedder.is_ready:
        try:
            return _by_embedding(engine, embedder, org_id, question, k)
        except EmbeddingsUnavailable:
            pass  # the model failed on this input: fuzzy matching instead
    return _by_fuzzy(engine, org_id, question, k)
