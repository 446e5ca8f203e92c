"""Bastion's SQL guard: every SQL statement is checked, and rewritten to its principal's
scope, before it runs (``check_sql``). See docs/guard.md for the rules and reason codes."""

from bastion.guard.check import GUARDS, check_sql
from bastion.guard.policy import GuardPolicy
from bastion.guard.risk import PlanEstimate, estimate_plan, estimate_rows, score_risk
from bastion.guard.verdict import GuardVerdict, Reason, Risk, RiskFactors

__all__ = [
    "GUARDS",
    "GuardPolicy",
    "GuardVerdict",
    "PlanEstimate",
    "Reason",
    "Risk",
    "RiskFactors",
    "check_sql",
    "estimate_plan",
    "estimate_rows",
    "score_risk",
]
