"""The result filters (``RESULT_FILTERS``), each alone on a result, then the driver: which
columns a role sees clear, masked or not at all, and what is redacted."""

from __future__ import annotations

from typing import Any, Literal

from bastion.catalog.spec import ColumnFormat
from bastion.planner import ResultColumn
from bastion.policy.defaults import DEFAULT_RULES
from bastion.policy.engine import (
    ResultRows,
    column_access,
    hide_columns,
    mask_columns,
    redact_pii,
)
from bastion.policy.rules import Access
from tests.policy.policies import active, policy_set, summary

DEFAULT = active()
NAMES = "SELECT first_name_masked, count(*) AS rentals FROM v_customer_masked GROUP BY 1"
# The default's rule for first names, but masked for marketing (the default shows
# marketing the masked view's names as they are).
FIRST_NAMES = DEFAULT_RULES["columns"][0]
MASKS_NAMES = active(
    {"columns": [{**FIRST_NAMES, "roles": {**FIRST_NAMES["roles"], "marketing": "masked"}}]}
)


def column(
    name: str, fmt: ColumnFormat = "text", role: Literal["measure", "dimension"] = "dimension"
) -> ResultColumn:
    return ResultColumn(name=name, label=name.title(), role=role, format=fmt)


def names_result(role: str, *, traced: bool = True, policy: Any = DEFAULT) -> ResultRows:
    """Customers' first names and a count, as the SQL above answers."""
    found = policy_set().lineage(NAMES)
    assert found is not None
    return ResultRows(
        (policy,),
        role,
        [column("first_name_masked"), column("rentals", "integer", "measure")],
        [("MARY", 31), ("PATRICIA", 29)],
        found.outputs if traced else None,
    )


def result(access: list[Access], rows: list[tuple[Any, ...]], *policy: Any) -> ResultRows:
    columns = [column(f"c{i}") for i in range(len(access))]
    return ResultRows(policy or (DEFAULT,), "admin", columns, rows, None, access)


# -- column_access -------------------------------------------------------------------------


def test_a_column_rule_masks_the_column_for_its_role() -> None:
    rows = names_result("marketing", policy=MASKS_NAMES)
    column_access(rows)
    assert rows.access == ["masked", "clear"]
    assert summary(rows.decisions) == [("mask", "columns.customer-first-name", "default")]
    assert rows.decisions[0].detail == {"column": "first_name_masked"}


def test_a_column_rule_hides_the_column_from_other_roles() -> None:
    rows = names_result("store_manager")
    column_access(rows)
    assert rows.access == ["hidden", "clear"]
    assert summary(rows.decisions) == [("hide", "columns.customer-first-name", "default")]


def test_a_role_the_rule_shows_clear_sees_it_clear() -> None:
    rows = names_result("admin")
    column_access(rows)
    assert rows.access == ["clear", "clear"]
    assert rows.decisions == []


def test_without_lineage_every_rule_applies_to_every_column() -> None:
    rows = names_result("finance", traced=False)
    column_access(rows)
    assert rows.access == ["hidden", "hidden"]


def test_an_aggregated_sensitive_column_is_not_passed_through() -> None:
    sql = "SELECT count(customer_id) AS customer_id FROM v_rental_scoped"
    found = policy_set().lineage(sql)
    assert found is not None
    rows = ResultRows((DEFAULT,), "marketing", [column("customer_id")], [(5,)], found.outputs)
    column_access(rows)
    assert rows.access == ["clear"]


def test_the_strictest_access_of_all_policies_wins() -> None:
    hides = active(
        {
            "columns": [
                {
                    "id": "names",
                    "relation": "v_customer_masked",
                    "column": "first_name_masked",
                    "default": "hidden",
                }
            ]
        },
        policy_id=2,
        name="hides",
    )
    rows = names_result("marketing")
    rows.policies = (MASKS_NAMES, hides)
    column_access(rows)
    assert rows.access == ["hidden", "clear"]
    assert summary(rows.decisions) == [
        ("mask", "columns.customer-first-name", "default"),
        ("hide", "columns.names", "hides"),
    ]


# -- mask_columns --------------------------------------------------------------------------


def test_masked_values_keep_a_first_letter_or_last_two_characters() -> None:
    rows = result(["masked", "masked", "clear"], [("MARY", 12345, "x"), (None, 7, "y")])
    mask_columns(rows)
    assert rows.rows == [("M***", "***45", "x"), (None, "***7", "y")]
    assert [(c.format, c.role) for c in rows.columns[:2]] == [("text", "dimension")] * 2


def test_nothing_masked_leaves_the_result_alone() -> None:
    rows = result(["clear"], [("MARY",)])
    mask_columns(rows)
    assert rows.rows == [("MARY",)]


# -- hide_columns --------------------------------------------------------------------------


def test_hidden_columns_are_dropped() -> None:
    rows = result(["clear", "hidden", "masked"], [(1, "MARY", "M***")])
    hide_columns(rows)
    assert [c.name for c in rows.columns] == ["c0", "c2"]
    assert rows.rows == [(1, "M***")]
    assert rows.access == ["clear", "masked"]


# -- redact_pii ----------------------------------------------------------------------------


def test_pii_in_clear_text_is_replaced_by_its_type() -> None:
    rows = result(["clear", "clear"], [("write to ann@example.com", 3), ("a film", 4)])
    redact_pii(rows)
    assert rows.rows == [("write to <EMAIL_ADDRESS>", 3), ("a film", 4)]
    assert summary(rows.decisions) == [("redact", "pii_scan", "default")]
    assert rows.decisions[0].detail == {"found": {"c0": {"EMAIL_ADDRESS": 1}}}


def test_masked_columns_and_clean_text_are_not_redacted() -> None:
    rows = result(["masked", "clear"], [("a***@example.com", "a film")])
    redact_pii(rows)
    assert rows.rows == [("a***@example.com", "a film")]
    assert rows.decisions == []


def test_without_a_pii_scan_text_is_left_alone() -> None:
    rows = result(["clear"], [("ann@example.com",)], active({"pii_scan": None}))
    redact_pii(rows)
    assert rows.rows == [("ann@example.com",)]


# -- the driver: PolicySet.filter_result ----------------------------------------------------


def test_a_result_nothing_touches_is_allowed_by_every_policy() -> None:
    other = active({}, policy_id=2, name="other")
    filtered = policy_set(DEFAULT, other).filter_result(
        "SELECT title FROM film", "finance", [column("title")], [("ACADEMY DINOSAUR",)]
    )
    assert filtered.rows == [("ACADEMY DINOSAUR",)]
    assert summary(filtered.decisions) == [
        ("allow", "none", "default"),
        ("allow", "none", "other"),
    ]


def test_each_role_sees_customer_names_as_its_rule_says() -> None:
    columns = [column("first_name_masked"), column("rentals", "integer", "measure")]
    rows = [("MARY", 31)]
    shown = {
        role: policy_set().filter_result(NAMES, role, columns, rows)
        for role in ("admin", "marketing", "finance")
    }
    assert shown["admin"].rows == [("MARY", 31)]
    assert shown["marketing"].rows == [("MARY", 31)]  # the view masks them already
    masked = policy_set(MASKS_NAMES).filter_result(NAMES, "marketing", columns, rows)
    assert masked.rows == [("M***", 31)]
    assert masked.columns[0].role == "dimension"
    assert shown["finance"].rows == [(31,)]
    assert [c.name for c in shown["finance"].columns] == ["rentals"]
    assert summary(shown["finance"].decisions) == [
        ("hide", "columns.customer-first-name", "default")
    ]


def test_text_left_clear_is_scanned_after_masking_and_hiding() -> None:
    sql = "SELECT first_name_masked, city FROM v_customer_masked"
    columns = [column("first_name_masked"), column("city")]
    filtered = policy_set().filter_result(sql, "finance", columns, [("MARY", "mary@example.com")])
    assert filtered.rows == [("<EMAIL_ADDRESS>",)]
    assert summary(filtered.decisions) == [
        ("hide", "columns.customer-first-name", "default"),
        ("redact", "pii_scan", "default"),
    ]
    assert filtered.decisions[1].detail == {"found": {"city": {"EMAIL_ADDRESS": 1}}}
