"""Platform tables in the ``bastion`` schema. Alembic migrations must match these exactly
(tests/db/test_migrations.py compares them)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    SmallInteger,
    Text,
    Uuid,
    cast,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.dialects.postgresql import base as postgresql_base
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import UserDefinedType

from bastion import vocabulary as words

SCHEMA = "bastion"

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def quoted(values: tuple[str, ...]) -> str:
    """``'a', 'b'``: the values of a vocabulary as SQL string literals (they are fixed
    words of ``bastion.vocabulary``, never input)."""
    return ", ".join(f"'{value}'" for value in values)


def one_of(column: str, values: tuple[str, ...], *, name: str) -> CheckConstraint:
    """A CHECK that ``column`` holds one of a vocabulary's words."""
    return CheckConstraint(f"{column} IN ({quoted(values)})", name=name)


class Base(DeclarativeBase):
    metadata = MetaData(schema=SCHEMA, naming_convention=NAMING)


def _created() -> Mapped[datetime]:
    return mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())


class Org(Base):
    """A tenant. Every platform row belongs to one."""

    __tablename__ = "orgs"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    slug: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = _created()


class AppUser(Base):
    """A person who signs in (seed 001's ``app_users``)."""

    __tablename__ = "app_users"
    __table_args__ = (
        one_of("role", words.ROLES, name="role_known"),
        CheckConstraint("length(username) BETWEEN 1 AND 64", name="username_length"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("orgs.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    username: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    display_name: Mapped[str | None] = mapped_column(Text)
    password_hash: Mapped[str] = mapped_column(Text, nullable=False)
    role: Mapped[words.Role] = mapped_column(Text, nullable=False)
    is_all_stores: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    is_demo: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    # Moves on when the user is disabled or their password changes: every token issued
    # before (its ``gen`` claim) stops working.
    token_generation: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now(), onupdate=func.now()
    )

    stores: Mapped[list[AppUserStoreAccess]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="AppUserStoreAccess.store_id"
    )

    @property
    def store_ids(self) -> list[int]:
        return [access.store_id for access in self.stores]


class RevokedToken(Base):
    """A signed-out session: its token is refused until it would have expired anyway."""

    __tablename__ = "revoked_tokens"

    jti: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("app_users.id", ondelete="CASCADE"), nullable=False
    )
    expires_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, index=True
    )


class AppUserStoreAccess(Base):
    """Which stores a user may see (seed 001's ``app_user_store_access``)."""

    __tablename__ = "app_user_store_access"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("app_users.id", ondelete="CASCADE"), primary_key=True
    )
    store_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("orgs.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    created_at: Mapped[datetime] = _created()


class LoginAttempt(Base):
    """Failed sign-ins in a row per username, known or not, so that unknown names lock
    exactly like real ones and the lockout reveals nothing about which accounts exist."""

    __tablename__ = "login_attempts"

    username: Mapped[str] = mapped_column(Text, primary_key=True)
    failed_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_failed_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )


class RateLimit(Base):
    """A fixed window of a rate limit (``bastion.identity.throttle``): hits so far and when
    the window ends. Unlogged: a crash forgets the windows, never anything else."""

    __tablename__ = "rate_limits"
    __table_args__ = {"prefixes": ["UNLOGGED"]}

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class AnalyticsDataset(Base):
    """What is loaded in the ``analytics`` schema: generated demo data or imported Pagila."""

    __tablename__ = "analytics_datasets"
    __table_args__ = (
        one_of("kind", words.DATASET_KINDS, name="kind_known"),
        Index("ix_analytics_datasets_loaded_at", "loaded_at"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    kind: Mapped[words.DatasetKind] = mapped_column(Text, nullable=False)
    scale: Mapped[float | None] = mapped_column(Float)
    seed: Mapped[int | None] = mapped_column(Integer)
    row_counts: Mapped[dict[str, int]] = mapped_column(JSONB, nullable=False)
    loaded_at: Mapped[datetime] = _created()


class QueryScope(Base):
    """The stores a reader connection may see while it runs one question's SQL, keyed by
    its backend pid; written by the owner's connection only (see migration 0003)."""

    __tablename__ = "query_scopes"

    backend_pid: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    store_ids: Mapped[list[int]] = mapped_column(ARRAY(Integer), nullable=False)
    all_stores: Mapped[bool] = mapped_column(Boolean, nullable=False)
    set_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.clock_timestamp()
    )


class Conversation(Base):
    """A thread of questions; follow-ups read the previous question's plan."""

    __tablename__ = "conversations"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    org_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("orgs.id"), nullable=False)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("app_users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )


class QueryAuditLog(Base):
    """One row per question (seed 001's ``query_audit_logs``), refused and failed ones too."""

    __tablename__ = "query_audit_logs"
    __table_args__ = (
        one_of("status", words.ASK_STATUSES, name="status_known"),
        Index("ix_query_audit_logs_org_id_created_at", "org_id", "created_at"),
        Index("ix_query_audit_logs_user_id_created_at", "user_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    conversation_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("conversations.id", ondelete="SET NULL"), index=True
    )
    org_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("orgs.id"), nullable=False)
    user_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("app_users.id", ondelete="SET NULL")
    )
    role: Mapped[words.Role] = mapped_column(Text, nullable=False)
    store_ids: Mapped[list[int]] = mapped_column(ARRAY(Integer), nullable=False)
    is_all_stores: Mapped[bool] = mapped_column(Boolean, nullable=False)
    question: Mapped[str] = mapped_column(Text, nullable=False)
    intent: Mapped[str | None] = mapped_column(Text)
    plan: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    sql: Mapped[str | None] = mapped_column(Text)
    relations: Mapped[list[str] | None] = mapped_column(ARRAY(Text))
    status: Mapped[words.AskStatus] = mapped_column(Text, nullable=False)
    error_stage: Mapped[str | None] = mapped_column(Text)
    error_code: Mapped[str | None] = mapped_column(Text)
    error_message: Mapped[str | None] = mapped_column(Text)
    row_count: Mapped[int | None] = mapped_column(Integer)
    answer: Mapped[str | None] = mapped_column(Text)
    timings: Mapped[dict[str, float]] = mapped_column(JSONB, nullable=False)
    total_ms: Mapped[float] = mapped_column(Float, nullable=False)
    prompt_versions: Mapped[list[dict[str, Any]] | None] = mapped_column(JSONB)
    # The answer as the asker was shown it (the ask response, without the table widget,
    # whose rows it repeats), to show the conversation again; None before migration 0009.
    response: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    created_at: Mapped[datetime] = _created()

    events: Mapped[list[QueryAuditEvent]] = relationship(
        lazy="raise", order_by="QueryAuditEvent.seq", cascade="all, delete-orphan"
    )


class QueryAuditEvent(Base):
    """One row per stage of a question (seed 001's ``query_audit_events``)."""

    __tablename__ = "query_audit_events"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    log_id: Mapped[int] = mapped_column(
        BigInteger,
        ForeignKey("query_audit_logs.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )
    seq: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    stage: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    duration_ms: Mapped[float] = mapped_column(Float, nullable=False)
    metadata_: Mapped[dict[str, Any]] = mapped_column("metadata", JSONB, nullable=False)
    created_at: Mapped[datetime] = _created()


# --- prompt packs and configuration (migration 0005) -------------------------------------


class PromptPack(Base):
    """A named set of prompt blocks for one purpose, owned by an org (seed 000's
    ``prompt_pack``). Its content lives in immutable numbered versions."""

    __tablename__ = "prompt_pack"
    __table_args__ = (
        one_of("purpose", words.PROMPT_PURPOSES, name="purpose_known"),
        CheckConstraint("length(name) BETWEEN 1 AND 100", name="name_length"),
        Index("uq_prompt_pack_org_id_name", "org_id", "name", unique=True),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("orgs.id", ondelete="CASCADE"), nullable=False
    )
    name: Mapped[str] = mapped_column(Text, nullable=False)
    purpose: Mapped[words.PromptPurpose] = mapped_column(Text, nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("app_users.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = _created()


class PromptPackScope(Base):
    """Whom a pack applies to: the whole org, one role, or one user (seed 000's
    ``prompt_pack_scope``)."""

    __tablename__ = "prompt_pack_scope"
    __table_args__ = (
        one_of("scope_kind", words.SCOPE_KINDS, name="kind_known"),
        CheckConstraint(
            "(scope_kind = 'org' AND role IS NULL AND user_id IS NULL)"
            " OR (scope_kind = 'role' AND role IS NOT NULL AND user_id IS NULL)"
            " OR (scope_kind = 'user' AND role IS NULL AND user_id IS NOT NULL)",
            name="scope_shape",
        ),
        Index("ix_prompt_pack_scope_org_id_scope_kind", "org_id", "scope_kind"),
    )

    pack_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("prompt_pack.id", ondelete="CASCADE"), primary_key=True
    )
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("orgs.id", ondelete="CASCADE"), nullable=False
    )
    scope_kind: Mapped[words.ScopeKind] = mapped_column(Text, nullable=False)
    role: Mapped[words.Role | None] = mapped_column(Text)
    user_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("app_users.id", ondelete="CASCADE")
    )


class PromptPackVersion(Base):
    """One immutable version of a pack. At most one version per pack is active (a partial
    unique index, so concurrent activations cannot both win)."""

    __tablename__ = "prompt_pack_versions"
    __table_args__ = (
        one_of("status", words.PACK_STATUSES, name="status_known"),
        Index("uq_prompt_pack_versions_pack_id_version", "pack_id", "version", unique=True),
        Index(
            "uq_prompt_pack_versions_one_active",
            "pack_id",
            unique=True,
            postgresql_where=text("status = 'active'"),
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    pack_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("prompt_pack.id", ondelete="CASCADE"), nullable=False
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[words.PackStatus] = mapped_column(Text, nullable=False, server_default="draft")
    labels: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False, server_default="{}")
    note: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("app_users.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = _created()
    activated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class PromptPackBlock(Base):
    """A named template of one version (seed 000's ``prompt_pack_blocks``); never updated
    (a trigger refuses it)."""

    __tablename__ = "prompt_pack_blocks"
    __table_args__ = (
        one_of("mode", words.BLOCK_MODES, name="mode_known"),
        Index("uq_prompt_pack_blocks_version_id_name", "version_id", "name", unique=True),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    version_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("prompt_pack_versions.id", ondelete="CASCADE"), nullable=False
    )
    name: Mapped[str] = mapped_column(Text, nullable=False)
    template: Mapped[str] = mapped_column(Text, nullable=False)
    variables: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False, server_default="{}")
    mode: Mapped[words.BlockMode] = mapped_column(Text, nullable=False, server_default="replace")
    user_editable: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")


class ConfigChangelog(Base):
    """Every configuration change (seed 003's ``config_changelog``): who, when, what kind,
    the data before and after, and a summary."""

    __tablename__ = "config_changelog"
    __table_args__ = (
        Index("ix_config_changelog_org_id_changed_at", "org_id", "changed_at"),
        Index("ix_config_changelog_config_type_config_id", "config_type", "config_id"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("orgs.id", ondelete="CASCADE"), nullable=False
    )
    config_type: Mapped[str] = mapped_column(Text, nullable=False)
    config_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    config_name: Mapped[str] = mapped_column(Text, nullable=False)
    change_type: Mapped[str] = mapped_column(Text, nullable=False)
    previous_version: Mapped[int | None] = mapped_column(Integer)
    new_version: Mapped[int | None] = mapped_column(Integer)
    change_summary: Mapped[str | None] = mapped_column(Text)
    previous_data: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    new_data: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    changed_by: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("app_users.id", ondelete="SET NULL")
    )
    changed_by_name: Mapped[str] = mapped_column(Text, nullable=False)
    changed_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )


class ConfigCounter(Base):
    """A number every change of one kind of configuration bumps in its own transaction, so
    that each API process can tell with one cheap read whether its cache is stale."""

    __tablename__ = "config_counters"

    name: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")


class ContextRule(Base):
    """Per domain, patterns that mark retrieved context as important or to be ignored
    (seed 003's ``context_rules``); versioned, one active version per org and domain."""

    __tablename__ = "context_rules"
    __table_args__ = (
        Index("uq_context_rules_org_id_domain_version", "org_id", "domain", "version", unique=True),
        Index(
            "uq_context_rules_one_active",
            "org_id",
            "domain",
            unique=True,
            postgresql_where=text("is_active"),
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("orgs.id", ondelete="CASCADE"), nullable=False
    )
    domain: Mapped[str] = mapped_column(Text, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    important: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False, server_default="{}")
    ignore: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False, server_default="{}")
    description: Mapped[str | None] = mapped_column(Text)
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    created_by: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("app_users.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = _created()


# --- models: registry, per-org settings, attempts, usage (migration 0006) ----------------


class ModelConfig(Base):
    """One model an org may call (seed 003's ``model_configs``): where it is, how to
    authenticate (a reference to a secret, never the secret), tier, purposes, order, cost.
    ``version`` counts changes; the changelog keeps each one."""

    __tablename__ = "model_configs"
    __table_args__ = (
        Index("uq_model_configs_org_id_name", "org_id", "name", unique=True),
        one_of("tier", words.TIERS, name="tier_known"),
        CheckConstraint(
            f"purposes <@ ARRAY[{quoted(words.MODEL_PURPOSES)}] AND cardinality(purposes) > 0",
            name="purposes_known",
        ),
        CheckConstraint(
            "api_key_ref IS NULL OR api_key_ref ~ '^(secret|env|file):.+'",
            name="api_key_ref_shape",
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("orgs.id", ondelete="CASCADE"), nullable=False
    )
    name: Mapped[str] = mapped_column(Text, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    provider: Mapped[words.Provider] = mapped_column(Text, nullable=False)
    base_url: Mapped[str] = mapped_column(Text, nullable=False)
    model: Mapped[str] = mapped_column(Text, nullable=False)
    api_key_ref: Mapped[str | None] = mapped_column(Text)
    timeout_seconds: Mapped[float] = mapped_column(Float, nullable=False, server_default="20")
    parameters: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, server_default="{}")
    tier: Mapped[words.Tier] = mapped_column(Text, nullable=False, server_default="standard")
    purposes: Mapped[list[words.ModelPurpose]] = mapped_column(ARRAY(Text), nullable=False)
    priority: Mapped[int] = mapped_column(Integer, nullable=False, server_default="100")
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    cost_input_per_1k: Mapped[Decimal] = mapped_column(
        Numeric(14, 6), nullable=False, server_default="0"
    )
    cost_output_per_1k: Mapped[Decimal] = mapped_column(
        Numeric(14, 6), nullable=False, server_default="0"
    )
    created_by: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("app_users.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _created()


class OrgSecret(Base):
    """A secret of an org (a model's API key), sealed by ``bastion.secrets.box``: only
    the ciphertext is stored, and no route or command ever returns the value."""

    __tablename__ = "org_secrets"
    __table_args__ = (
        Index("uq_org_secrets_org_id_name", "org_id", "name", unique=True),
        CheckConstraint("name ~ '^[A-Za-z][A-Za-z0-9_.-]{0,63}$'", name="name_shape"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("orgs.id", ondelete="CASCADE"), nullable=False
    )
    name: Mapped[str] = mapped_column(Text, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    sealed: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    updated_by: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("app_users.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _created()


class ModelSettings(Base):
    """An org's choices about models: plan or SQL mode, the monthly token budget, and
    which result rows may be sent to a model."""

    __tablename__ = "model_settings"
    __table_args__ = (
        CheckConstraint(f"mode IS NULL OR mode IN ({quoted(words.LLM_MODES)})", name="mode_known"),
        one_of("rows_to_model", words.ROWS_TO_MODEL, name="rows_to_model_known"),
    )

    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("orgs.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    mode: Mapped[words.LlmMode | None] = mapped_column(Text)
    monthly_token_budget: Mapped[int | None] = mapped_column(BigInteger)
    rows_to_model: Mapped[str] = mapped_column(Text, nullable=False, server_default="aggregates")
    max_rows_to_model: Mapped[int] = mapped_column(Integer, nullable=False, server_default="50")
    updated_at: Mapped[datetime] = _created()


class ModelAttempt(Base):
    """One call to a model (or one skipped by its breaker or the budget): who, which
    model, outcome, tokens, cost, latency. Written with the question's audit log."""

    __tablename__ = "model_attempts"
    __table_args__ = (
        Index("ix_model_attempts_org_id_created_at", "org_id", "created_at"),
        Index("ix_model_attempts_user_id_created_at", "user_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    log_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("query_audit_logs.id", ondelete="CASCADE"), index=True
    )
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("orgs.id", ondelete="CASCADE"), nullable=False
    )
    user_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("app_users.id", ondelete="SET NULL")
    )
    model_config_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("model_configs.id", ondelete="SET NULL")
    )
    seq: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    purpose: Mapped[words.ModelPurpose] = mapped_column(Text, nullable=False)
    model_name: Mapped[str] = mapped_column(Text, nullable=False)
    model: Mapped[str] = mapped_column(Text, nullable=False)
    provider: Mapped[str] = mapped_column(Text, nullable=False)
    tier: Mapped[words.Tier] = mapped_column(Text, nullable=False)
    outcome: Mapped[str] = mapped_column(Text, nullable=False)
    status_code: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str | None] = mapped_column(Text)
    escalated: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    tokens_in: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    tokens_out: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    cost: Mapped[Decimal] = mapped_column(Numeric(14, 6), nullable=False, server_default="0")
    latency_ms: Mapped[float] = mapped_column(Float, nullable=False, server_default="0")
    created_at: Mapped[datetime] = _created()


class ModelUsageMonthly(Base):
    """Tokens and cost per org and month, kept up to date with each question so that the
    budget check is one primary-key read."""

    __tablename__ = "model_usage_monthly"

    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("orgs.id", ondelete="CASCADE"), primary_key=True
    )
    month: Mapped[date] = mapped_column(Date, primary_key=True)
    tokens_in: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    tokens_out: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    cost: Mapped[Decimal] = mapped_column(Numeric(16, 6), nullable=False, server_default="0")
    calls: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")


# --- policies and approvals (migration 0007) ---------------------------------------------


class Policy(Base):
    """An org's policy (seed 000/004): request, column, data-class, PII and approval rules
    as one validated document (``bastion.policy.rules.PolicyRules``). ``version`` counts
    changes; the changelog keeps each one."""

    __tablename__ = "policies"
    __table_args__ = (Index("uq_policies_org_id_name", "org_id", "name", unique=True),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("orgs.id", ondelete="CASCADE"), nullable=False
    )
    name: Mapped[str] = mapped_column(Text, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    description: Mapped[str | None] = mapped_column(Text)
    rules: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    updated_by: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("app_users.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _created()


class ApprovalRequest(Base):
    """A question held for a human (seed 000's ``approval_queue``): the exact SQL that was
    reviewed, the requester's scope, why it was held, the decision, and the result."""

    __tablename__ = "approval_queue"
    __table_args__ = (
        one_of("status", words.APPROVAL_STATUSES, name="status_known"),
        Index("ix_approval_queue_org_id_status_created_at", "org_id", "status", "created_at"),
        Index("ix_approval_queue_requester_id_created_at", "requester_id", "created_at"),
        Index(
            "ix_approval_queue_pending_expires_at",
            "expires_at",
            postgresql_where=text("status = 'pending'"),
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("orgs.id", ondelete="CASCADE"), nullable=False
    )
    requester_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("app_users.id", ondelete="SET NULL")
    )
    log_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("query_audit_logs.id", ondelete="SET NULL"), index=True
    )
    conversation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    question: Mapped[str] = mapped_column(Text, nullable=False)
    sql: Mapped[str] = mapped_column(Text, nullable=False)
    plan: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    columns: Mapped[list[dict[str, Any]] | None] = mapped_column(JSONB)
    role: Mapped[words.Role] = mapped_column(Text, nullable=False)
    store_ids: Mapped[list[int]] = mapped_column(ARRAY(Integer), nullable=False)
    is_all_stores: Mapped[bool] = mapped_column(Boolean, nullable=False)
    risk: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    reasons: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    status: Mapped[words.ApprovalStatus] = mapped_column(
        Text, nullable=False, server_default="pending"
    )
    decided_by: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("app_users.id", ondelete="SET NULL")
    )
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decision_reason: Mapped[str | None] = mapped_column(Text)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    escalate_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    escalated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    result: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    executed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    error_code: Mapped[str | None] = mapped_column(Text)
    error_message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _created()


class ApprovalEvent(Base):
    """Every transition of an approval request, and every notification sent about it."""

    __tablename__ = "approval_events"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    approval_id: Mapped[int] = mapped_column(
        BigInteger,
        ForeignKey("approval_queue.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("orgs.id", ondelete="CASCADE"), nullable=False
    )
    event: Mapped[str] = mapped_column(Text, nullable=False)
    actor_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("app_users.id", ondelete="SET NULL")
    )
    actor_name: Mapped[str] = mapped_column(Text, nullable=False)
    detail: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, server_default="{}")
    created_at: Mapped[datetime] = _created()


class PolicyDecision(Base):
    """One decision of the policy engine (allow, mask, hide, redact, refuse,
    require_approval) with the policy, its version and the rule that fired."""

    __tablename__ = "policy_decisions"
    __table_args__ = (Index("ix_policy_decisions_org_id_created_at", "org_id", "created_at"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("orgs.id", ondelete="CASCADE"), nullable=False
    )
    log_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("query_audit_logs.id", ondelete="CASCADE"), index=True
    )
    approval_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("approval_queue.id", ondelete="SET NULL")
    )
    user_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("app_users.id", ondelete="SET NULL")
    )
    stage: Mapped[str] = mapped_column(Text, nullable=False)
    action: Mapped[str] = mapped_column(Text, nullable=False)
    policy_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("policies.id", ondelete="SET NULL")
    )
    policy_name: Mapped[str] = mapped_column(Text, nullable=False)
    policy_version: Mapped[int] = mapped_column(Integer, nullable=False)
    rule: Mapped[str] = mapped_column(Text, nullable=False)
    detail: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, server_default="{}")
    created_at: Mapped[datetime] = _created()


class WebChart(Base):
    """A chart a page links to before it is rendered (``/app/charts/<token>.svg``), kept
    here so that whichever process gets the image request can serve it: the Vega-Lite
    spec as the page had it, and the SVG once someone rendered it. Only the user it was
    made for, in their org, may load it; rows older than ``bastion.web.charts.CHART_TTL``
    are neither served nor kept.

    Unlogged and without foreign keys, so that storing one before a page is sent costs
    one round trip and no WAL flush: a row lives an hour at most, and one lost in a
    database crash is a chart the page says it could not draw (the table has the same
    numbers)."""

    __tablename__ = "web_charts"
    __table_args__ = {"prefixes": ["UNLOGGED"]}

    token: Mapped[str] = mapped_column(Text, primary_key=True)
    org_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    user_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    spec: Mapped[str] = mapped_column(Text, nullable=False)
    svg: Mapped[str | None] = mapped_column(Text)
    failed: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now(), index=True
    )


class Vector(UserDefinedType[list[float]]):
    """pgvector's ``vector(n)`` (the extension migration 0001 creates). Values travel in
    pgvector's text form, ``[0.1,0.2,...]``."""

    cache_ok = True

    def __init__(self, dimensions: int) -> None:
        self.dimensions = dimensions

    def get_col_spec(self, **kw: Any) -> str:
        return f"vector({self.dimensions})"

    def bind_expression(self, bindvalue: Any) -> Any:
        return cast(bindvalue, self)

    def bind_processor(self, dialect: Any) -> Any:
        def text_form(value: Sequence[float] | None) -> str | None:
            return None if value is None else "[" + ",".join(map(repr, map(float, value))) + "]"

        return text_form

    def result_processor(self, dialect: Any, coltype: Any) -> Any:
        def numbers(value: str | None) -> list[float] | None:
            return None if value is None else [float(x) for x in value.strip("[]").split(",")]

        return numbers


# Reflection knows the type too (as pgvector's own SQLAlchemy support does it), so that
# comparing the models with the database compares vector columns as well.
postgresql_base.ischema_names.setdefault("vector", Vector)


class PlanExample(Base):
    """A worked example of an org: a question and the QueryPlan that answers it, shown to
    a model planning a question like it. ``embedding`` is the question's
    all-MiniLM-L6-v2 vector, filled in once the embedding model is ready (until then the
    nearest examples are found by fuzzy matching of the questions)."""

    __tablename__ = "plan_examples"
    __table_args__ = (
        Index("uq_plan_examples_org_id_question", "org_id", "question", unique=True),
        Index(
            "ix_plan_examples_embedding",
            "embedding",
            postgresql_using="hnsw",
            postgresql_ops={"embedding": "vector_cosine_ops"},
        ),
        one_of("source", words.EXAMPLE_SOURCES, name="source_known"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("orgs.id", ondelete="CASCADE"), nullable=False
    )
    question: Mapped[str] = mapped_column(Text, nullable=False)
    plan: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    embedding: Mapped[list[float] | None] = mapped_column(Vector(384))
    source: Mapped[words.ExampleSource] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = _created()
