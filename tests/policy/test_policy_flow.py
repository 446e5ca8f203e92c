"""The policy engine in the ask flow, on real data: refusals at the question and at the
SQL, masking and hiding of sensitive columns for every role, PII redaction of real result
rows, questions held for approval, and every decision on record with its policy."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from bastion.ask.context import AskContext, AskRequest
from bastion.ask.flow import answer_question
from bastion.ask.schemas import to_response
from bastion.db.engine import Database
from bastion.execution.executor import Scope
from bastion.identity.principal import Principal
from bastion.models import registry
from bastion.models.schemas import ModelConfigCreate, ModelSettingsUpdate
from bastion.policy.defaults import DEFAULT_RULES
from bastion.services import Services
from bastion.testing.fake_openai import FakeOpenAI
from bastion.vocabulary import ROLES
from tests.conftest import make_settings
from tests.helpers import make_user, unique_name


class Org:
    """A fresh org (with the default policy) and a user per role."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.slug = unique_name("polorg").replace("_", "-")
        self.users = {role: self._user(role) for role in ROLES}
        self.org_id = self.users["admin"].org_id

    def _user(self, role: str) -> Principal:
        everything = role == "admin"
        stores = () if everything else (1,)
        name = make_user(
            self.services, role=role, store_ids=stores, is_all_stores=everything, org_slug=self.slug
        )
        with self.services.db.engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, org_id FROM bastion.app_users WHERE username = :u"), {"u": name}
            ).one()
        return Principal(row.id, name, row.org_id, role, stores, everything)

    def ask(self, role: str, question: str) -> AskContext:
        return answer_question(self.services, self.users[role], AskRequest(question=question))

    def set_rules(self, change: dict[str, Any]) -> None:
        """Replace parts of the default policy's rules (as an admin would with PUT)."""
        rules = json.loads(json.dumps(DEFAULT_RULES))
        for key, value in change.items():
            if isinstance(value, dict) and isinstance(rules.get(key), dict):
                rules[key] = {**rules[key], **value}
            else:
                rules[key] = value
        with self.services.db.session() as session:
            session.execute(
                text(
                    "UPDATE bastion.policies SET rules = CAST(:r AS jsonb), version = version + 1"
                    " WHERE org_id = :org AND name = 'default'"
                ),
                {"r": json.dumps(rules), "org": self.org_id},
            )
            session.execute(
                text("UPDATE bastion.config_counters SET value = value + 1 WHERE name = 'policies'")
            )

    def decisions(self, log_id: int | None) -> list[Any]:
        with self.services.db.engine.connect() as conn:
            return list(
                conn.execute(
                    text(
                        "SELECT stage, action, policy_id, policy_name, policy_version, rule, detail"
                        " FROM bastion.policy_decisions WHERE log_id = :id ORDER BY id"
                    ),
                    {"id": log_id},
                ).all()
            )


@pytest.fixture
def org(services: Services) -> Org:
    return Org(services)


def test_every_org_starts_with_the_default_policy(org: Org) -> None:
    with org.services.db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT name, version, is_active, rules FROM bastion.policies WHERE org_id = :o"),
            {"o": org.org_id},
        ).all()
    assert [(r.name, r.version, r.is_active) for r in rows] == [("default", 1, True)]
    assert rows[0].rules == DEFAULT_RULES


@pytest.mark.parametrize(
    ("role", "question", "code", "rule"),
    [
        (
            "marketing",
            "list the email addresses of our customers",
            "policy.pii_request",
            "pii_requests.contact-data",
        ),
        (
            "marketing",
            "customer phone numbers in Canada",
            "policy.pii_request",
            "pii_requests.contact-data",
        ),
        (
            "store_manager",
            "what is the e-mail of customer 5?",
            "policy.pii_request",
            "pii_requests.contact-data",
        ),
        (
            "finance",
            "credit card numbers of customers",
            "policy.pii_request",
            "pii_requests.payment-identifiers",
        ),
        ("admin", "delete all payments", "policy.blocked_topic", "topics.no-data-changes"),
        (
            "approver",
            "staff salaries by store",
            "policy.blocked_topic",
            "topics.no-staff-pay-or-credentials",
        ),
        ("approver", "customers by country", "policy.data_class", "data_classes.III"),
    ],
)
def test_questions_a_policy_forbids_are_refused_before_planning(
    org: Org, role: str, question: str, code: str, rule: str
) -> None:
    ctx = org.ask(role, question)
    assert ctx.status == "refused" and ctx.error is not None
    assert (ctx.error.code, ctx.error_stage) == (code, "policy_request")
    assert ctx.error.details["rule"] == rule
    assert ctx.error.details["policy"] == "default" and ctx.error.details["version"] == 1
    assert [e.stage for e in ctx.events][-2:] == ["policy_request", "refused"]  # nothing planned
    recorded = org.decisions(ctx.audit_id)
    assert [(d.stage, d.action, d.rule) for d in recorded] == [("request", "refuse", rule)]
    assert recorded[0].policy_id is not None and recorded[0].policy_version == 1


def test_the_admin_may_ask_for_contact_data_but_the_data_has_none(org: Org) -> None:
    ctx = org.ask("admin", "list the email addresses of our customers")
    assert ctx.status == "refused" and ctx.error is not None
    assert ctx.error.code == "planner.unknown_data"  # past the policy, refused by the planner


def test_allowed_questions_record_an_allow_at_each_check(org: Org) -> None:
    ctx = org.ask("store_manager", "total revenue")
    assert ctx.status == "ok", ctx.error
    recorded = [(d.stage, d.action, d.rule) for d in org.decisions(ctx.audit_id)]
    assert recorded == [
        ("request", "allow", "none"),
        ("sql", "allow", "none"),
        ("result", "allow", "none"),
    ]
    assert to_response(ctx).policy == []


def test_a_class_the_role_may_not_reach_is_refused_at_the_sql(org: Org) -> None:
    org.set_rules(
        {
            "data_classes": {
                "columns": {"v_payment_scoped.amount": "IV"},
                "role_access": {
                    "store_manager": ["I", "II", "III"],
                    "admin": ["I", "II", "III", "IV"],
                },
                "approval_required": ["IV"],
            }
        }
    )
    ctx = org.ask("store_manager", "total revenue")
    assert ctx.status == "refused" and ctx.error is not None
    assert (ctx.error.code, ctx.error_stage) == ("policy.data_class", "policy_sql")
    assert "v_payment_scoped.amount" in ctx.error.message
    assert "db_execution" not in [e.stage for e in ctx.events]
    assert org.ask("admin", "total revenue").status == "pending_approval"  # IV needs approval


# (relation, column) -> the other column shown beside it, in the order of the rows
CUSTOMER_COLUMNS = {
    ("v_rental_scoped", "customer_id"): "rental_id",
    ("v_payment_scoped", "customer_id"): "payment_id",
    ("v_customer_masked", "first_name_masked"): "customer_id",
    ("v_customer_masked", "last_name_masked"): "customer_id",
    ("store", "manager_staff_id"): "store_id",
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("target", sorted(CUSTOMER_COLUMNS))
def test_sensitive_columns_are_clear_masked_or_hidden_by_role(
    services: Services, role: str, target: tuple[str, str]
) -> None:
    key = CUSTOMER_COLUMNS[target]
    sql = f"SELECT {key}, {target[1]} FROM analytics.{target[0]} ORDER BY {key} LIMIT 5"
    result = services.executor.run(sql, Scope(store_ids=(), all_stores=True))
    assert result.rows, "the demo data has rows"
    from bastion.answer.infer import infer_columns

    columns = infer_columns(result.columns, result.rows)
    policy = services.policies.for_org(services.db.autocommit, 1)  # the demo org
    rule = next(r for r in DEFAULT_RULES["columns"] if (r["relation"], r["column"]) == target)
    expected = rule["roles"].get(role, rule["default"])
    filtered = policy.filter_result(sql, role, columns, result.rows)
    names = [c.name for c in filtered.columns]
    position = result.columns.index(target[1])
    original = [row[position] for row in result.rows]
    if expected == "hidden":
        assert target[1] not in names
        assert [(d.action, d.rule) for d in filtered.decisions] == [
            ("hide", f"columns.{rule['id']}")
        ]
    else:
        shown = [row[names.index(target[1])] for row in filtered.rows]
        if expected == "clear":
            assert shown == original
        else:
            for before, after in zip(original, shown, strict=True):
                if isinstance(before, str):  # the first letter, then asterisks
                    assert after == before[0] + "*" * max(3, len(before) - 1)
                else:  # an id: its last two digits
                    assert after == "***" + str(before)[-2:]
            assert [(d.action, d.rule) for d in filtered.decisions] == [
                ("mask", f"columns.{rule['id']}")
            ]
    other = 1 - position  # the other column is never touched
    assert [row[names.index(result.columns[other])] for row in filtered.rows] == [
        row[other] for row in result.rows
    ]


def test_aggregates_over_a_sensitive_column_are_not_masked(services: Services) -> None:
    sql = "SELECT count(DISTINCT customer_id) AS customers FROM analytics.v_rental_scoped"
    result = services.executor.run(sql, Scope(store_ids=(), all_stores=True))
    from bastion.answer.infer import infer_columns

    policy = services.policies.for_org(services.db.autocommit, 1)
    filtered = policy.filter_result(
        sql, "marketing", infer_columns(result.columns, result.rows), result.rows
    )
    assert filtered.rows == result.rows


@pytest.fixture
def own_services(tmp_path: Path, fresh_db: Database) -> Iterator[Services]:
    services = Services.from_settings(make_settings(tmp_path, fresh_db.url), db=fresh_db)
    yield services
    services.executor.dispose()


def _sql_model(services: Services, org: Org, fake: FakeOpenAI, sql: str) -> None:
    model = unique_name("writer")
    with services.db.session() as session:
        registry.create_model(
            session,
            org.org_id,
            ModelConfigCreate(name=model, base_url=fake.base_url, model=model, purposes=["sql"]),
            None,
            services.settings,
        )
        registry.update_model_settings(
            session, org.org_id, ModelSettingsUpdate(mode="sql"), services.settings, None
        )
    fake.set_script({"models": {model: {"content": sql}}})


def test_personal_data_inside_free_text_is_redacted_in_real_rows(own_services: Services) -> None:
    with own_services.db.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE analytics.film SET description = description ||"
                " ' Fan mail: jane.doe@example.com or +1 415 555 0132.' WHERE film_id = 1"
            )
        )
    org = Org(own_services)
    with FakeOpenAI() as fake:
        _sql_model(
            own_services,
            org,
            fake,
            "SELECT film_id, title, description FROM analytics.film ORDER BY film_id LIMIT 3",
        )
        ctx = org.ask("store_manager", "three cheddar films and their blurbs")  # for the model
    assert ctx.status == "ok", ctx.error
    body = to_response(ctx)
    first = body.rows[0]
    assert first[0] == 1
    assert "jane.doe@example.com" not in first[2] and "<EMAIL_ADDRESS>" in first[2]
    assert "415 555 0132" not in first[2] and "<PHONE_NUMBER>" in first[2]
    assert first[2].startswith("A ")  # the rest of the text is intact
    assert all("<" not in row[2] for row in body.rows[1:])
    redactions = [d for d in body.policy if d["action"] == "redact"]
    assert redactions == [
        {
            "stage": "result",
            "action": "redact",
            "policy_id": redactions[0]["policy_id"],
            "policy": "default",
            "version": 1,
            "rule": "pii_scan",
            "message": None,
            "detail": {"found": {"description": {"EMAIL_ADDRESS": 1, "PHONE_NUMBER": 1}}},
        }
    ]
    recorded = org.decisions(ctx.audit_id)
    assert "jane.doe" not in json.dumps([list(map(str, r)) for r in recorded])


def test_restricted_columns_wait_for_an_approver_and_nothing_runs(
    services: Services,
) -> None:
    org = Org(services)
    org.set_rules({"data_classes": {"approval_required": ["IV"]}})  # names need an approver
    with FakeOpenAI() as fake:
        _sql_model(
            services,
            org,
            fake,
            "SELECT first_name_masked, last_name_masked, city FROM analytics.v_customer_masked",
        )
        ctx = org.ask("marketing", "cheddar names of our customers and their cities")
    assert ctx.status == "pending_approval", ctx.error
    stages = [e.stage for e in ctx.events]
    assert stages[-2:] == ["approval", "pending_approval"] and "db_execution" not in stages
    body = to_response(ctx)
    assert body.status == "pending_approval" and body.approval is not None
    assert body.rows == [] and "approver" in (body.answer or "")
    assert body.approval.reasons[0]["rule"] == "data_classes.approval.IV"
    with services.db.engine.connect() as conn:
        held = conn.execute(
            text(
                "SELECT status, sql, log_id, requester_id FROM bastion.approval_queue"
                " WHERE id = :id"
            ),
            {"id": body.approval.id},
        ).one()
    assert held.status == "pending" and held.log_id == ctx.audit_id
    assert held.requester_id == org.users["marketing"].user_id
    assert "v_customer_masked" in held.sql and "store_id" in held.sql  # scoped, as reviewed
    actions = [(d.stage, d.action, d.rule) for d in org.decisions(ctx.audit_id)]
    assert ("sql", "require_approval", "data_classes.approval.IV") in actions


def test_a_bulk_export_topic_waits_for_an_approver(org: Org) -> None:
    ctx = org.ask("store_manager", "export all rentals by month")
    assert ctx.status == "pending_approval", ctx.error
    assert ctx.approval is not None
    assert [r["rule"] for r in ctx.approval["reasons"]] == ["topics.bulk-export"]


def test_a_risk_score_at_the_threshold_waits_for_an_approver(org: Org) -> None:
    org.set_rules({"approval": {"risk_threshold": 30}})
    ctx = org.ask("store_manager", "top 5 categories by revenue")  # 2 joins, unfiltered: 30
    assert ctx.status == "pending_approval", ctx.error
    assert ctx.approval is not None
    assert [r["rule"] for r in ctx.approval["reasons"]] == ["approval.risk_threshold"]
    assert "2 joins" in (ctx.approval["reasons"][0]["message"] or "")
    assert org.ask("store_manager", "total revenue").status == "ok"  # unfiltered scan: 20


def test_personal_data_in_a_question_is_refused_or_kept_out_of_the_record(org: Org) -> None:
    ctx = org.ask("marketing", "how many rentals did jane.doe@example.com make?")
    assert ctx.status == "refused" and ctx.error is not None
    assert ctx.error.details["rule"] == "pii_requests.contact-data"

    ctx = org.ask("admin", "payments of card 4111 1111 1111 1111")
    assert ctx.status == "refused" and ctx.error is not None
    assert ctx.error.details["rule"] == "pii_requests.payment-identifiers"

    ctx = org.ask("admin", "how many rentals did jane.doe@example.com make?")
    assert ctx.question == "how many rentals did <EMAIL_ADDRESS> make?"
    with org.services.db.engine.connect() as conn:
        stored = conn.execute(
            text("SELECT question FROM bastion.query_audit_logs WHERE id = :id"),
            {"id": ctx.audit_id},
        ).scalar()
    assert stored == "how many rentals did <EMAIL_ADDRESS> make?"
    recorded = [(d.action, d.rule, d.detail) for d in org.decisions(ctx.audit_id)]
    assert ("redact", "pii_scan.question", {"found": {"EMAIL_ADDRESS": 1}}) in recorded
    assert "jane.doe" not in to_response(ctx).model_dump_json()


# -- customers by their masked names --------------------------------------------------------

MASKED_NAME = re.compile(r"[A-Z]\*+ [A-Z]\*+")


def _by_id(services: Services, relation: str, measure: str, scope: Scope) -> list[tuple[Any, ...]]:
    """The top 5 customers as the database ranks them by id alone, with every customer
    tied with the fifth (as the planner's rankings keep them)."""
    return [
        tuple(row)
        for row in services.executor.run(
            f"SELECT * FROM (SELECT customer_id, {measure} FROM analytics.{relation}"
            " GROUP BY customer_id ORDER BY 2 DESC FETCH FIRST 5 ROWS WITH TIES) AS top"
            " ORDER BY 2 DESC, 1",
            scope,
        ).rows
    ]


def test_admins_and_marketing_see_customers_by_their_masked_names(org: Org) -> None:
    admin = org.ask("admin", "top 5 customers by revenue")
    assert admin.status == "ok" and admin.result is not None, admin.error
    assert [c.name for c in admin.columns] == ["customer", "customer_name", "revenue"]
    assert admin.columns[1].role == "label" and admin.columns[1].names == "customer"
    rows = admin.result.rows
    assert all(MASKED_NAME.fullmatch(name) for _, name, _ in rows)
    # Named, the rows are what the database ranks by id: a LEFT JOIN drops nobody.
    ranked = _by_id(org.services, "v_payment_scoped", "SUM(amount)", Scope((), True))
    assert [(c, r) for c, _, r in rows] == ranked
    customer, name, _ = rows[0]
    assert admin.answer is not None and f"{name} (#{customer})" in admin.answer
    chart = admin.widgets[0]["spec"]
    assert chart["data"]["values"][0]["customer"] == f"{name} (#{customer})"
    assert [d.action for d in admin.decisions] == ["allow", "allow", "allow"]

    marketing = org.ask("marketing", "top 5 customers by rentals")
    assert marketing.status == "ok" and marketing.result is not None, marketing.error
    assert [c.name for c in marketing.columns] == ["customer", "customer_name", "rentals"]
    ranked = _by_id(org.services, "v_rental_scoped", "COUNT(*)", Scope((1,), False))
    assert [r for _, _, r in marketing.result.rows] == [r for _, r in ranked]
    # Their ids masked as the policy says; names of customers of another store unknown.
    assert all(str(c).startswith("***") for c, _, _ in marketing.result.rows)
    assert all(n is None or MASKED_NAME.fullmatch(n) for _, n, _ in marketing.result.rows)
    actions = [(d.action, d.rule) for d in marketing.decisions if d.action != "allow"]
    assert actions == [("mask", "columns.customer-ref-rentals")]


@pytest.mark.parametrize("role", ["store_manager", "finance"])
def test_roles_that_may_not_read_masked_customers_see_them_by_id(org: Org, role: str) -> None:
    ctx = org.ask(role, "top 5 customers by revenue")
    assert ctx.status == "ok" and ctx.result is not None, ctx.error
    assert [c.name for c in ctx.columns] == ["customer", "revenue"]
    assert ctx.verdict is not None and ctx.verdict.sql is not None
    assert "v_customer_masked" not in ctx.verdict.sql
    assert [tuple(r) for r in ctx.result.rows] == _by_id(
        org.services, "v_payment_scoped", "SUM(amount)", Scope((1,), False)
    )
    assert ctx.answer is not None and f"ustomer {ctx.result.rows[0][0]}" in ctx.answer


def test_the_approver_is_refused_customers_as_before(org: Org) -> None:
    ctx = org.ask("approver", "top 5 customers by revenue")
    assert ctx.status == "refused" and ctx.result is None


def test_names_a_policy_would_hold_are_left_out_not_held(org: Org) -> None:
    org.set_rules({"data_classes": {"approval_required": ["IV"]}})
    held_names = org.ask("admin", "top 5 customers by revenue")
    assert held_names.status == "ok", held_names.error
    assert [c.name for c in held_names.columns] == ["customer", "revenue"]

    # The join the names add would put the question over the risk threshold: left out.
    org.set_rules({"approval": {"risk_threshold": 22}})
    risky = org.ask("admin", "top 5 customers by revenue")
    assert risky.status == "ok", risky.error
    assert [c.name for c in risky.columns] == ["customer", "revenue"]
    checked = next(e for e in risky.events if e.stage == "policy_sql")
    assert checked.metadata["names"] == "left out"


def test_a_column_asked_for_and_hidden_by_policy_is_said_so(org: Org) -> None:
    """Store managers see who manages their store; an org that hides the manager from
    them gets an answer that says so, not a list of stores that looks like the answer."""
    shown = org.ask("store_manager", "who manages my store")
    assert shown.status == "ok" and shown.result is not None
    assert [c.name for c in shown.columns] == ["store", "store_manager"]
    assert "policy" not in shown.answer
    columns = json.loads(json.dumps(DEFAULT_RULES["columns"]))
    for rule in columns:
        if rule["id"] == "store-manager-ref":
            rule["roles"] = {"admin": "clear"}
    org.set_rules({"columns": columns})
    hidden = org.ask("store_manager", "who manages my store")
    assert hidden.status == "ok"
    assert [c.name for c in hidden.columns] == ["store"]
    assert hidden.answer.endswith(
        "Your organisation's policy hides manager (staff id) from your role."
    )


PRODUCTS = {
    "cross joins": "SELECT count(*) AS n FROM analytics.v_rental_scoped a"
    " CROSS JOIN analytics.v_rental_scoped b CROSS JOIN analytics.v_rental_scoped c"
    " CROSS JOIN analytics.v_rental_scoped d",
    "on true": "SELECT count(*) AS n FROM analytics.v_rental_scoped a"
    " JOIN analytics.v_rental_scoped b ON TRUE JOIN analytics.v_rental_scoped c ON TRUE"
    " JOIN analytics.v_rental_scoped d ON TRUE",
    "on unequal keys": "SELECT count(*) AS n FROM analytics.v_rental_scoped a"
    " JOIN analytics.v_rental_scoped b ON a.film_id <> b.film_id",
}


@pytest.mark.parametrize("spelling", list(PRODUCTS))
def test_a_product_is_held_however_it_is_written_and_refused_past_the_policys_limit(
    services: Services, spelling: str
) -> None:
    """Written ON TRUE or ON a.film_id <> b.film_id, a product once scored 15 and ran to the
    timeout holding a reader connection; the database's estimates now score it too."""
    org = Org(services)
    with FakeOpenAI() as fake:
        _sql_model(services, org, fake, PRODUCTS[spelling])
        held = org.ask("store_manager", "cheddar pairs of rentals")
        assert held.status == "pending_approval", held.error
        assert held.approval is not None
        assert [r["rule"] for r in held.approval["reasons"]] == ["approval.risk_threshold"]
        org.set_rules({"approval": {"risk_threshold": 60, "refuse_threshold": 80}})
        refused = org.ask("store_manager", "cheddar pairs of rentals")
    assert refused.status == "refused"
    assert refused.error is not None and refused.error.code == "policy.refused"
    actions = [(d.action, d.rule) for d in org.decisions(refused.audit_id)]
    assert ("refuse", "approval.refuse_threshold") in actions
    assert "db_execution" not in [e.stage for e in refused.events]
