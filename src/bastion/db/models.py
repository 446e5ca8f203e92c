"""Platform tables in the ``bastion`` schema. Alembic migrations must match these exactly
(tests/db/test_migrations.py compares them)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    Text,
    Uuid,
    func,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

SCHEMA = "bastion"

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ROLES = ("admin", "store_manager", "marketing", "finance")


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
        CheckConstraint(
            "role IN ('admin', 'store_manager', 'marketing', 'finance')", name="role_known"
        ),
        CheckConstraint("length(username) BETWEEN 1 AND 64", name="username_length"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    org_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("orgs.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    username: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    display_name: Mapped[str | None] = mapped_column(Text)
    password_hash: Mapped[str] = mapped_column(Text, nullable=False)
    role: Mapped[str] = mapped_column(Text, nullable=False)
    is_all_stores: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    is_demo: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
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


class AnalyticsDataset(Base):
    """What is loaded in the ``analytics`` schema: generated demo data or imported Pagila."""

    __tablename__ = "analytics_datasets"
    __table_args__ = (
        CheckConstraint("kind IN ('generated', 'pagila')", name="kind_known"),
        Index("ix_analytics_datasets_loaded_at", "loaded_at"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
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
        CheckConstraint(
            "status IN ('ok', 'refused', 'error', 'pending_approval')", name="status_known"
        ),
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
    role: Mapped[str] = mapped_column(Text, nullable=False)
    store_ids: Mapped[list[int]] = mapped_column(ARRAY(Integer), nullable=False)
    is_all_stores: Mapped[bool] = mapped_column(Boolean, nullable=False)
    question: Mapped[str] = mapped_column(Text, nullable=False)
    intent: Mapped[str | None] = mapped_column(Text)
    plan: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    sql: Mapped[str | None] = mapped_column(Text)
    relations: Mapped[list[str] | None] = mapped_column(ARRAY(Text))
    status: Mapped[str] = mapped_column(Text, nullable=False)
    error_stage: Mapped[str | None] = mapped_column(Text)
    error_code: Mapped[str | None] = mapped_column(Text)
    error_message: Mapped[str | None] = mapped_column(Text)
    row_count: Mapped[int | None] = mapped_column(Integer)
    answer: Mapped[str | None] = mapped_column(Text)
    timings: Mapped[dict[str, float]] = mapped_column(JSONB, nullable=False)
    total_ms: Mapped[float] = mapped_column(Float, nullable=False)
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
