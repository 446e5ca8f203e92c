"""Token accounting: every attempt is written with its question's audit log (or alone, for
a registry test call), monthly totals per org are kept in ``model_usage_monthly`` in the
same statement, and the budget check reads that one row."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from bastion.errors import BastionError, InvalidInput
from bastion.models.router import Attempt
from bastion.models.schemas import ModelUsage, UsageReport, UsageTotals, UserUsage

# Attempts that made no call cost nothing and are not counted as calls.
NOT_CALLED = ("breaker_open", "deadline", "budget_exceeded", "config_error")
_NOT_CALLED_SQL = ", ".join(f"'{outcome}'" for outcome in NOT_CALLED)

_ROWS = (
    "jsonb_to_recordset(CAST(:attempts AS jsonb)) AS a(seq smallint, purpose text,"
    " model_name text, model text, provider text, tier text, model_config_id bigint,"
    " outcome text, status_code integer, detail text, escalated boolean, tokens_in integer,"
    " tokens_out integer, cost numeric, latency_ms float8)"
)

INSERT_ATTEMPTS = (
    "INSERT INTO bastion.model_attempts (log_id, org_id, user_id, model_config_id, seq,"
    " purpose, model_name, model, provider, tier, outcome, status_code, detail, escalated,"
    " tokens_in, tokens_out, cost, latency_ms)"
    " SELECT {log_id}, :org_id, :user_id,"
    " (SELECT m.id FROM bastion.model_configs m WHERE m.id = a.model_config_id), a.seq,"
    " a.purpose, a.model_name, a.model, a.provider, a.tier, a.outcome, a.status_code, a.detail,"
    " a.escalated, a.tokens_in, a.tokens_out, a.cost, a.latency_ms FROM {join}" + _ROWS
)

UPSERT_USAGE = (
    "INSERT INTO bastion.model_usage_monthly AS u (org_id, month, tokens_in, tokens_out, cost,"
    " calls)"
    " SELECT :org_id, date_trunc('month', now() AT TIME ZONE 'UTC')::date,"
    " sum(a.tokens_in), sum(a.tokens_out), sum(a.cost), count(*) FROM " + _ROWS + " WHERE"
    f" a.outcome NOT IN ({_NOT_CALLED_SQL}) HAVING count(*) > 0"
    " ON CONFLICT (org_id, month) DO UPDATE SET tokens_in = u.tokens_in + excluded.tokens_in,"
    " tokens_out = u.tokens_out + excluded.tokens_out, cost = u.cost + excluded.cost,"
    " calls = u.calls + excluded.calls"
)

RECORD_ALONE = text(
    "WITH attempts AS ("
    + INSERT_ATTEMPTS.format(log_id="CAST(NULL AS bigint)", join="")
    + ") "
    + UPSERT_USAGE
)


def attempts_json(attempts: Sequence[Attempt]) -> str:
    return json.dumps([a.public() for a in attempts])


def record_attempts(
    conn: Connection, org_id: int, user_id: int | None, attempts: Sequence[Attempt]
) -> None:
    """Attempts that belong to no question (a registry test call)."""
    if attempts:
        conn.execute(
            RECORD_ALONE,
            {"org_id": org_id, "user_id": user_id, "attempts": attempts_json(attempts)},
        )


class BudgetExceeded(BastionError):
    status_code = 200
    code = "models.budget_exceeded"


@dataclass(frozen=True)
class BudgetCheck:
    budget: int | None
    used: int
    needed: int

    @property
    def exceeded(self) -> bool:
        return self.budget is not None and self.used + self.needed > self.budget

    def error(self) -> BudgetExceeded:
        return BudgetExceeded(
            f"Your organisation's monthly model budget ({self.budget:,} tokens) would be "
            f"exceeded: {self.used:,} used, about {self.needed:,} needed for this question.",
            details={"budget": self.budget, "used": self.used, "needed": self.needed},
        )


def month_start(now: datetime | None = None) -> date:
    now = now or datetime.now(UTC)
    return date(now.year, now.month, 1)


def parse_month(value: str | None) -> date:
    """``YYYY-MM`` as the first day of that month; ``None`` is this month (UTC)."""
    if value is None:
        return month_start()
    try:
        if len(value) != 7:
            raise ValueError(value)
        parsed = datetime.strptime(value, "%Y-%m")
    except ValueError:
        raise InvalidInput(
            f"month must be YYYY-MM, not {value[:20]!r}.",
            code="request.invalid",
            details=[{"field": "month", "message": "expected YYYY-MM", "type": "value_error"}],
        ) from None
    return date(parsed.year, parsed.month, 1)


def check_budget(conn: Connection, org_id: int, budget: int | None, needed: int) -> BudgetCheck:
    if budget is None:
        return BudgetCheck(None, 0, needed)
    used = conn.execute(
        text(
            "SELECT tokens_in + tokens_out FROM bastion.model_usage_monthly"
            " WHERE org_id = :org AND month = :month"
        ),
        {"org": org_id, "month": month_start()},
    ).scalar()
    return BudgetCheck(budget, int(used or 0), needed)


def _totals(row: Any) -> dict[str, Any]:
    return {
        "tokens_in": int(row.tokens_in or 0),
        "tokens_out": int(row.tokens_out or 0),
        "cost": Decimal(row.cost or 0),
        "calls": int(row.calls or 0),
        "failed_calls": int(row.failed_calls or 0),
    }


_AGGREGATES = (
    "coalesce(sum(tokens_in), 0) AS tokens_in, coalesce(sum(tokens_out), 0) AS tokens_out,"
    " coalesce(sum(cost), 0) AS cost,"
    f" count(*) FILTER (WHERE outcome NOT IN ({_NOT_CALLED_SQL})) AS calls,"
    f" count(*) FILTER (WHERE outcome NOT IN ('ok', {_NOT_CALLED_SQL})) AS failed_calls"
)
_IN_MONTH = (
    "FROM bastion.model_attempts t WHERE t.org_id = :org"
    " AND t.created_at >= :start AND t.created_at < :end"
)


def usage_report(session: Session, org_id: int, month: date, budget: int | None) -> UsageReport:
    """Tokens, cost and calls of one month: the org, each user, each model."""
    start = datetime(month.year, month.month, 1, tzinfo=UTC)
    end = datetime(month.year + (month.month == 12), month.month % 12 + 1, 1, tzinfo=UTC)
    params = {"org": org_id, "start": start, "end": end}
    org = session.execute(text(f"SELECT {_AGGREGATES} {_IN_MONTH}"), params).one()
    users = session.execute(
        text(
            f"SELECT t.user_id, (SELECT username FROM bastion.app_users u WHERE u.id = t.user_id)"
            f" AS username, {_AGGREGATES} {_IN_MONTH} GROUP BY t.user_id ORDER BY 2 NULLS LAST"
        ),
        params,
    ).all()
    models = session.execute(
        text(
            f"SELECT t.model_name, t.model, {_AGGREGATES} {_IN_MONTH}"
            " GROUP BY t.model_name, t.model ORDER BY 1, 2"
        ),
        params,
    ).all()
    used = int(org.tokens_in or 0) + int(org.tokens_out or 0)
    return UsageReport(
        month=f"{month.year:04d}-{month.month:02d}",
        org=UsageTotals(**_totals(org)),
        monthly_token_budget=budget,
        budget_left=None if budget is None else max(budget - used, 0),
        users=[UserUsage(user_id=r.user_id, username=r.username, **_totals(r)) for r in users],
        models=[ModelUsage(model_name=r.model_name, model=r.model, **_totals(r)) for r in models],
    )


def user_usage(session: Session, org_id: int, user_id: int, month: date) -> UserUsage:
    """One user's row of ``usage_report``: what a user who is not an admin may see."""
    start = datetime(month.year, month.month, 1, tzinfo=UTC)
    end = datetime(month.year + (month.month == 12), month.month % 12 + 1, 1, tzinfo=UTC)
    params = {"org": org_id, "user": user_id, "start": start, "end": end}
    row = session.execute(
        text(
            "SELECT (SELECT username FROM bastion.app_users u WHERE u.id = :user) AS username,"
            f" {_AGGREGATES} {_IN_MONTH} AND t.user_id = :user"
        ),
        params,
    ).one()
    return UserUsage(user_id=user_id, username=row.username, **_totals(row))
