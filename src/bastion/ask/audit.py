"""The audit trail of questions (seed 001): ``query_audit_logs`` (one row per question) and
``query_audit_events`` (one row per stage), written in one statement together with the
conversation, and read back for the audit API."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Set as AbstractSet
from typing import Any

from sqlalchemy import Connection, text

from bastion.ask.context import AskContext, StageEvent
from bastion.ask.schemas import as_shown, to_response
from bastion.errors import NotFound
from bastion.identity.principal import Principal
from bastion.models.usage import INSERT_ATTEMPTS, UPSERT_USAGE, attempts_json

_RECORD = (
    """
    WITH conv AS (
        INSERT INTO bastion.conversations AS c (id, org_id, user_id)
        VALUES (:conversation_id, :org_id, :user_id)
        ON CONFLICT (id) DO UPDATE SET updated_at = now()
        WHERE c.user_id = excluded.user_id
        RETURNING id
    ), log AS (
        INSERT INTO bastion.query_audit_logs (
            conversation_id, org_id, user_id, role, store_ids, is_all_stores, question,
            intent, plan, sql, relations, status, error_stage, error_code, error_message,
            row_count, answer, timings, total_ms, prompt_versions, response)
        SELECT (SELECT id FROM conv), :org_id, :user_id, :role, :store_ids, :is_all_stores,
               :question, :intent, CAST(:plan AS jsonb), :sql, :relations, :status,
               :error_stage, :error_code, :error_message, :row_count, :answer,
               CAST(:timings AS jsonb), :total_ms, CAST(:prompt_versions AS jsonb),
               CAST(:response AS jsonb)
        RETURNING id
    ), events AS (
        INSERT INTO bastion.query_audit_events (log_id, seq, stage, status, duration_ms, metadata)
        SELECT log.id, e.seq, e.stage, e.status, e.duration_ms, e.metadata
        FROM log, jsonb_to_recordset(CAST(:events AS jsonb))
             AS e(seq smallint, stage text, status text, duration_ms float8, metadata jsonb)
    ), attempts AS (
    """
    + INSERT_ATTEMPTS.format(log_id="log.id", join="log, ")
    + "), usage AS ("
    + UPSERT_USAGE
    + """), decisions AS (
        INSERT INTO bastion.policy_decisions (org_id, log_id, approval_id, user_id, stage,
            action, policy_id, policy_name, policy_version, rule, detail)
        SELECT :org_id, log.id, CAST(:approval_id AS bigint), :user_id, d.stage, d.action,
               (SELECT p.id FROM bastion.policies p WHERE p.id = d.policy_id), d.policy,
               d.version, d.rule,
               jsonb_strip_nulls(jsonb_build_object('message', d.message)) || d.detail
        FROM log, jsonb_to_recordset(CAST(:decisions AS jsonb)) AS d(stage text, action text,
             policy_id bigint, policy text, version integer, rule text, message text,
             detail jsonb)
    ), approval AS (
        UPDATE bastion.approval_queue SET log_id = (SELECT id FROM log)
        WHERE id = CAST(:approval_id AS bigint)
    ) SELECT id FROM log"""
)
RECORD = text(_RECORD)


def record(ctx: AskContext) -> None:
    """Write the question's log and stage events (a final ``completed`` or failure event
    included), and the answer as it is shown (``schemas.as_shown``), so that its
    conversation can be shown again. Raises if the write fails: an answer that is not on
    record is not given."""
    started = time.perf_counter()
    final = "completed" if ctx.status == "ok" else ctx.status
    events = [
        *ctx.events,
        StageEvent(final, ctx.status, 0.0, {"total_ms": round(ctx.total_ms, 3)}),
    ]
    principal = ctx.principal
    error = ctx.error
    planned = ctx.plan or ctx.refused_plan  # (what a store refusal refused is on record)
    params: dict[str, Any] = {
        "conversation_id": ctx.conversation_id,
        "org_id": principal.org_id,
        "user_id": principal.user_id,
        "role": principal.role,
        "store_ids": list(ctx.scope.store_ids if ctx.scope else principal.store_ids),
        "is_all_stores": ctx.scope.all_stores if ctx.scope else principal.is_all_stores,
        "question": ctx.question,
        "intent": planned.intent if planned else None,
        "plan": planned.model_dump_json() if planned else None,
        "sql": ctx.verdict.sql
        if ctx.verdict and ctx.verdict.sql
        else (ctx.compiled.sql if ctx.compiled else None),
        "relations": list(ctx.verdict.relations) if ctx.verdict else None,
        "status": ctx.status,
        "error_stage": ctx.error_stage,
        "error_code": error.code if error else None,
        "error_message": error.message if error else None,
        "row_count": len(ctx.result.rows) if ctx.result else None,
        "answer": ctx.answer,
        "timings": json.dumps(ctx.timings),
        "total_ms": ctx.total_ms,
        "prompt_versions": json.dumps(list(ctx.prompts.versions)) if ctx.prompts else None,
        "attempts": attempts_json(ctx.attempts),
        "decisions": json.dumps([d.public() for d in ctx.decisions], default=str),
        "approval_id": ctx.approval["id"] if ctx.approval else None,
        "response": json.dumps(as_shown(to_response(ctx))),
        "events": json.dumps(
            [
                {
                    "seq": i,
                    "stage": e.stage,
                    "status": e.status,
                    "duration_ms": round(e.duration_ms, 3),
                    "metadata": e.metadata,
                }
                for i, e in enumerate(events)
            ],
            default=str,
        ),
    }
    if ctx.conversation_id is None:
        params["conversation_id"] = uuid.uuid4()  # failed before a conversation existed
    with ctx.services.db.autocommit.connect() as conn:  # one statement, atomic by itself
        ctx.audit_id = conn.execute(RECORD, params).scalar_one()
    ctx.events = events
    ctx.events[-1].metadata["audit_ms"] = round((time.perf_counter() - started) * 1000, 3)


# --- reading it back ------------------------------------------------------------------

LOG_COLUMNS = (
    "l.id, l.conversation_id, l.org_id, l.user_id, (SELECT username FROM bastion.app_users u"
    " WHERE u.id = l.user_id) AS username, l.role, l.store_ids, l.is_all_stores, l.question,"
    " l.intent, l.plan, l.sql, l.relations, l.status, l.error_stage, l.error_code,"
    " l.error_message, l.row_count, l.answer, l.timings, l.total_ms, l.prompt_versions,"
    " l.created_at, a.approval_id, a.approval_status, a.approval_decided_by,"
    " a.approval_decided_at, a.approval_executed_at, a.approval_error_message"
)
# A held question's approval request as it is now: what the approver decided and how
# running it went (the log keeps ``pending_approval``, the status it was answered with).
LOG_FROM = """bastion.query_audit_logs l LEFT JOIN LATERAL (
    SELECT q.id AS approval_id, q.status AS approval_status,
           d.username AS approval_decided_by, q.decided_at AS approval_decided_at,
           q.executed_at AS approval_executed_at, q.error_message AS approval_error_message
    FROM bastion.approval_queue q LEFT JOIN bastion.app_users d ON d.id = q.decided_by
    WHERE q.log_id = l.id ORDER BY q.id DESC LIMIT 1
) a ON true"""


def _visible(principal: Principal) -> tuple[str, dict[str, Any]]:
    """Admins see their org's questions; everyone else their own."""
    if principal.is_admin:
        return "l.org_id = :org_id", {"org_id": principal.org_id}
    return "l.org_id = :org_id AND l.user_id = :user_id", {
        "org_id": principal.org_id,
        "user_id": principal.user_id,
    }


def list_logs(
    conn: Connection,
    principal: Principal,
    *,
    user: str | None = None,
    status: str | None = None,
    stage: str | None = None,
    conversation_id: uuid.UUID | None = None,
    before_id: int | None = None,
    limit: int = 50,
) -> list[dict[str, Any]]:
    where, params = _visible(principal)
    clauses = [where]
    if user is not None:
        clauses.append("l.user_id = (SELECT id FROM bastion.app_users WHERE username = :user)")
        params["user"] = user.strip().lower()
    if status is not None:
        clauses.append("l.status = :status")
        params["status"] = status
    if stage is not None:
        clauses.append("l.error_stage = :stage")
        params["stage"] = stage
    if conversation_id is not None:
        clauses.append("l.conversation_id = :conversation_id")
        params["conversation_id"] = conversation_id
    if before_id is not None:
        clauses.append("l.id < :before_id")
        params["before_id"] = before_id
    params["limit"] = limit
    rows = conn.execute(
        text(
            f"SELECT {LOG_COLUMNS} FROM {LOG_FROM} WHERE {' AND '.join(clauses)}"
            " ORDER BY l.id DESC LIMIT :limit"
        ),
        params,
    ).mappings()
    return [dict(r) for r in rows]


def _log_row(
    conn: Connection, principal: Principal, log_id: int, columns: str = ""
) -> dict[str, Any] | None:
    """One question's log if ``principal`` may see it (``_visible``), with ``columns``."""
    where, params = _visible(principal)
    params["id"] = log_id
    row = (
        conn.execute(
            text(f"SELECT {LOG_COLUMNS}{columns} FROM {LOG_FROM} WHERE l.id = :id AND {where}"),
            params,
        )
        .mappings()
        .one_or_none()
    )
    return dict(row) if row is not None else None


def get_log(conn: Connection, principal: Principal, log_id: int) -> dict[str, Any]:
    row = _log_row(conn, principal, log_id)
    if row is None:
        raise NotFound(f"There is no audit log {log_id} you may see.", code="audit.not_found")
    events = [
        dict(e)
        for e in conn.execute(
            text(
                "SELECT seq, stage, status, duration_ms, metadata, created_at"
                " FROM bastion.query_audit_events WHERE log_id = :id ORDER BY seq"
            ),
            {"id": log_id},
        ).mappings()
    ]
    attempts = conn.execute(
        text(
            "SELECT seq, purpose, model_name, model, provider, tier, model_config_id, outcome,"
            " status_code, detail, escalated, tokens_in, tokens_out, cost, latency_ms"
            " FROM bastion.model_attempts WHERE log_id = :id ORDER BY seq"
        ),
        {"id": log_id},
    ).mappings()
    return {**dict(row), "events": events, "model_attempts": [dict(a) for a in attempts]}


def shown_answer(
    conn: Connection, principal: Principal, log_id: int, readable: AbstractSet[str]
) -> dict[str, Any]:
    """The answer of one question as it was shown (its columns and rows), for its asker
    and their org's admins while they may still see it (``still_visible``); anything else
    is ``audit.not_found``, as if there were no such question."""
    row = _log_row(conn, principal, log_id, ", l.response")
    if row is None or row["response"] is None or not still_visible(row, principal, readable):
        raise NotFound(f"There is no answer {log_id} you may see.", code="audit.not_found")
    response: dict[str, Any] = row["response"]
    return response


def get_conversation(
    conn: Connection,
    principal: Principal,
    conversation_id: uuid.UUID,
    readable: AbstractSet[str] = frozenset(),
) -> dict[str, Any]:
    """A conversation with its turns, oldest first, for its owner and the admins of its
    org (anyone else: ``ask.conversation_not_found``). Each turn says whether the reader
    may still see what it showed (``visible``: their role is the turn's, or they are an
    admin; their stores cover the turn's; ``readable``, the relations their role may read,
    holds what it read), and then has the answer as it was shown (``response``, with its
    ``audit_id``; None for turns asked before answers were kept)."""
    owner = conn.execute(
        text(
            "SELECT c.user_id, c.org_id, c.created_at, u.username FROM bastion.conversations c"
            " LEFT JOIN bastion.app_users u ON u.id = c.user_id WHERE c.id = :id"
        ),
        {"id": conversation_id},
    ).one_or_none()
    if owner is None or not (
        owner.org_id == principal.org_id
        and (owner.user_id == principal.user_id or principal.is_admin)
    ):
        raise NotFound("There is no conversation with that id.", code="ask.conversation_not_found")
    turns = list(reversed(list_logs(conn, principal, conversation_id=conversation_id, limit=200)))
    shown: dict[int, dict[str, Any] | None] = dict(
        conn.execute(
            text(
                "SELECT id, response FROM bastion.query_audit_logs"
                " WHERE conversation_id = :id AND id = ANY(:ids)"
            ),
            {"id": conversation_id, "ids": [t["id"] for t in turns]},
        ).all()
    )
    for turn in turns:
        turn["visible"] = still_visible(turn, principal, readable)
        response = shown.get(turn["id"]) if turn["visible"] else None
        turn["response"] = {**response, "audit_id": turn["id"]} if response else None
    return {
        "id": conversation_id,
        "created_at": owner.created_at,
        "user_id": owner.user_id,
        "username": owner.username,
        "turns": turns,
    }


def still_visible(turn: dict[str, Any], principal: Principal, readable: AbstractSet[str]) -> bool:
    """Whether ``principal`` may see what a turn showed, as they are now: the same role
    (or an admin's), stores that cover the turn's, and every relation it read readable."""
    if turn["role"] != principal.role and not principal.is_admin:
        return False
    if not principal.is_all_stores and (
        turn["is_all_stores"] or not set(turn["store_ids"]) <= set(principal.store_ids)
    ):
        return False
    return set(turn["relations"] or ()) <= set(readable)


CONVERSATIONS = text(
    """
    SELECT c.id, c.created_at, c.updated_at, t.title, t.turns
    FROM bastion.conversations c CROSS JOIN LATERAL (
        SELECT (array_agg(l.question ORDER BY l.id))[1] AS title, count(*) AS turns
        FROM bastion.query_audit_logs l WHERE l.conversation_id = c.id
    ) t
    WHERE c.org_id = :org_id AND c.user_id = :user_id AND t.turns > 0
    ORDER BY c.updated_at DESC, c.id LIMIT :limit
    """
)


def list_conversations(
    conn: Connection, principal: Principal, limit: int = 30
) -> list[dict[str, Any]]:
    """The principal's own conversations, the latest first: each with its first question
    as its title, when it began and was last added to, and how many questions it has."""
    rows = conn.execute(
        CONVERSATIONS,
        {"org_id": principal.org_id, "user_id": principal.user_id, "limit": limit},
    ).mappings()
    return [dict(r) for r in rows]
