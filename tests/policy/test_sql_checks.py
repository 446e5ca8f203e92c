"""The SQL checks (``SQL_CHECKS``), each alone on what a SQL statement reads, then the
driver: which SQL is refused or held, by which rule, naming what it reads."""

from __future__ import annotations

from bastion.guard.verdict import Risk
from bastion.policy.defaults import DEFAULT_RULES
from bastion.policy.engine import SqlReads, data_classes_read, risk_threshold, untraced_sql
from tests.policy.policies import active, policy_set, summary

DEFAULT = active()
CLASSES = DEFAULT_RULES["data_classes"]
NAMES = "SELECT first_name_masked, count(*) AS n FROM v_customer_masked GROUP BY 1"
TITLES = "SELECT title FROM film"
RISKY = Risk(score=72, level="high", factors=("3 joins", "unfiltered scan of rental"))


def reads(sql: str, role: str = "admin", risk: Risk | None = None) -> SqlReads:
    return SqlReads(role, policy_set().lineage(sql), risk)


# -- untraced_sql ------------------------------------------------------------------------


def test_sql_that_cannot_be_traced_is_refused() -> None:
    [decision] = untraced_sql(DEFAULT, reads("SELECT FROM ("))
    assert (decision.stage, decision.action, decision.rule) == ("sql", "refuse", "lineage")
    assert decision.message == "The SQL could not be checked."


def test_traced_sql_passes() -> None:
    assert untraced_sql(DEFAULT, reads(TITLES)) == []


# -- data_classes_read -------------------------------------------------------------------


def test_each_unreachable_class_is_refused_naming_what_is_read() -> None:
    decisions = data_classes_read(DEFAULT, reads(NAMES, "approver"))
    assert summary(decisions) == [
        ("refuse", "data_classes.III", "default"),
        ("refuse", "data_classes.IV", "default"),
    ]
    assert decisions[0].message == (
        "Your role (approver) may not reach critical (class III) data: v_customer_masked."
    )
    assert decisions[1].detail == {
        "data_class": "IV",
        "reads": ["v_customer_masked.first_name_masked"],
    }


def test_a_column_class_counts_apart_from_its_relation() -> None:
    assert summary(data_classes_read(DEFAULT, reads(NAMES, "store_manager"))) == [
        ("refuse", "data_classes.IV", "default")
    ]


def test_a_class_that_needs_an_approver_holds_the_question() -> None:
    assert data_classes_read(DEFAULT, reads(NAMES, "marketing")) == []  # the default holds none
    held = active({**DEFAULT_RULES, "data_classes": {**CLASSES, "approval_required": ["IV"]}})
    [decision] = data_classes_read(held, reads(NAMES, "marketing"))
    assert (decision.action, decision.rule) == ("require_approval", "data_classes.approval.IV")
    assert decision.message == (
        "Reading restricted (class IV) data needs an approver: v_customer_masked.first_name_masked."
    )


def test_reachable_classes_pass() -> None:
    assert data_classes_read(DEFAULT, reads(TITLES, "approver")) == []
    assert data_classes_read(DEFAULT, reads("SELECT FROM (", "approver")) == []


# -- risk_threshold ----------------------------------------------------------------------


def test_a_risk_score_at_the_threshold_holds_the_question() -> None:
    [decision] = risk_threshold(DEFAULT, reads(TITLES, risk=Risk(60, "high", ("3 joins",))))
    assert (decision.action, decision.rule) == ("require_approval", "approval.risk_threshold")
    assert decision.message == "The query's risk score 60 is at or above 60: 3 joins."
    assert decision.detail == {"score": 60, "level": "high", "factors": ["3 joins"]}


def test_a_risk_without_factors_is_called_costly() -> None:
    [decision] = risk_threshold(DEFAULT, reads(TITLES, risk=Risk(90, "high", ())))
    assert decision.message == "The query's risk score 90 is at or above 60: costly query."


def test_a_lower_score_no_score_or_no_threshold_passes() -> None:
    assert risk_threshold(DEFAULT, reads(TITLES, risk=Risk(59, "medium", ()))) == []
    assert risk_threshold(DEFAULT, reads(TITLES)) == []
    never = active({"approval": {"risk_threshold": None}})
    assert risk_threshold(never, reads(TITLES, risk=RISKY)) == []


# -- the driver: PolicySet.check_sql --------------------------------------------------------


def test_harmless_sql_is_allowed_by_every_policy() -> None:
    other = active({}, policy_id=2, name="other")
    decisions = policy_set(DEFAULT, other).check_sql(TITLES, "finance", None)
    assert summary(decisions) == [("allow", "none", "default"), ("allow", "none", "other")]
    assert {d.stage for d in decisions} == {"sql"}


def test_untraced_sql_is_refused_and_its_risk_still_checked() -> None:
    assert summary(policy_set().check_sql("SELECT FROM (", "admin", RISKY)) == [
        ("refuse", "lineage", "default"),
        ("require_approval", "approval.risk_threshold", "default"),
    ]


def test_each_policy_decides_what_it_sees() -> None:
    strict = active({"data_classes": {"relations": {"film": "III"}}}, policy_id=2, name="strict")
    decisions = policy_set(DEFAULT, strict).check_sql(TITLES, "marketing", RISKY)
    assert summary(decisions) == [
        ("require_approval", "approval.risk_threshold", "default"),
        ("refuse", "data_classes.III", "strict"),
        ("require_approval", "approval.risk_threshold", "strict"),
    ]


def test_columns_read_freely_only_where_no_policy_holds_or_refuses_them() -> None:
    names = {("v_customer_masked", "first_name_masked"), ("v_customer_masked", "last_name_masked")}
    default = policy_set()
    assert default.reads_freely("admin", names) and default.reads_freely("marketing", names)
    assert not default.reads_freely("store_manager", names)  # class IV is out of its reach
    assert not default.reads_freely("approver", names)
    held = active({**DEFAULT_RULES, "data_classes": {**CLASSES, "approval_required": ["IV"]}})
    assert not policy_set(held).reads_freely("admin", names)
    assert policy_set(held).reads_freely("admin", {("film", "title")})
