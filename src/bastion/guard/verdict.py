"""What the guard answers: a verdict, the SQL to run, reasons with stable codes, the
relations read, the limit applied and a risk assessment for the approvals work.

These are plain values: the guard never raises for bad SQL, it denies with reasons.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

RiskLevel = Literal["low", "medium", "high"]


@dataclass(frozen=True)
class Reason:
    """Why SQL was denied: ``code`` for programs (``guard.relation_not_allowed``), ``message``
    one sentence for people that names the offending relation, function or clause."""

    code: str
    message: str


@dataclass(frozen=True)
class RiskFactors:
    """What the SQL's shape says about its cost, before the database is asked (risk.py)."""

    joins: int = 0
    joins_without_condition: int = 0
    subqueries: int = 0
    window_functions: int = 0
    # Large relations read by a query level that has no WHERE clause.
    unfiltered_scans: tuple[str, ...] = ()
    distinct_over_unfiltered: bool = False


@dataclass(frozen=True)
class Risk:
    score: int  # 0-100
    level: RiskLevel
    factors: tuple[str, ...]  # short phrases for people: "3 joins", "unfiltered scan of ..."

    def to_json(self) -> dict[str, Any]:
        return {"score": self.score, "level": self.level, "factors": list(self.factors)}


NO_RISK = Risk(score=0, level="low", factors=())


@dataclass(frozen=True)
class GuardVerdict:
    allowed: bool
    sql: str | None  # the rewritten SQL to run; None when denied
    reasons: tuple[Reason, ...]
    relations: tuple[str, ...]  # relations read, sorted; outside the schema as "schema.name"
    limit_applied: int | None
    risk: Risk  # assessed for allowed SQL only; NO_RISK when denied
    # The structured factors behind ``risk``, so the executor can rescore with EXPLAIN's
    # estimate: ``score_risk(verdict.risk_factors, estimate_rows(conn, verdict.sql))``.
    risk_factors: RiskFactors = RiskFactors()

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": "allow" if self.allowed else "deny",
            "sql": self.sql,
            "reasons": [{"code": r.code, "message": r.message} for r in self.reasons],
            "relations": list(self.relations),
            "limit_applied": self.limit_applied,
            "risk": self.risk.to_json(),
        }
