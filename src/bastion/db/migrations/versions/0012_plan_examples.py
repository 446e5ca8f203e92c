"""The bank of worked examples per org: questions with the QueryPlan that answers each,
shown to a model planning a question the deterministic planner cannot read (the nearest
by embedding similarity: an HNSW index over the question's all-MiniLM-L6-v2 vector, by
cosine distance). The vector is filled in when the embedding model is ready; until then
examples are found by fuzzy matching of their questions.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-20
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

UPGRADE = """
CREATE TABLE bastion.plan_examples (
    id bigserial CONSTRAINT pk_plan_examples PRIMARY KEY,
    org_id bigint NOT NULL
        CONSTRAINT fk_plan_examples_org_id_orgs REFERENCES bastion.orgs (id) ON DELETE CASCADE,
    question text NOT NULL,
    plan jsonb NOT NULL,
    embedding vector(384),
    source text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ck_plan_examples_source_known CHECK (source IN ('seed', 'admin', 'feedback'))
);
CREATE UNIQUE INDEX uq_plan_examples_org_id_question
    ON bastion.plan_examples (org_id, question);
CREATE INDEX ix_plan_examples_embedding
    ON bastion.plan_examples USING hnsw (embedding vector_cosine_ops);
"""

DOWNGRADE = """
DROP TABLE bastion.plan_examples;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
