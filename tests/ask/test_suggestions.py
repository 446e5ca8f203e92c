"""What a refusal offers instead: at most three of the catalog's suggested questions, each
one the asker's role, stores and org policies let through (asked, each is answered), the
closest to the refused question first; cached per org, role and stores."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import text

from bastion.ask import suggestions
from bastion.ask.context import AskContext, AskRequest
from bastion.ask.flow import answer_question
from bastion.ask.schemas import to_response
from bastion.ask.suggestions import closest
from bastion.identity.principal import Principal
from bastion.policy.defaults import DEFAULT_RULES
from bastion.services import Services
from tests.helpers import make_user, unique_name


class Org:
    """A fresh org (default policy) with the users these tests ask as."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.slug = unique_name("sugorg").replace("_", "-")
        self.store1 = self.user("store_manager", (1,))
        self.stores12 = self.user("store_manager", (1, 2))
        self.marketing = self.user("marketing", (1, 2))
        self.org_id = self.store1.org_id

    def user(self, role: str, stores: tuple[int, ...]) -> Principal:
        name = make_user(self.services, role=role, store_ids=stores, org_slug=self.slug)
        with self.services.db.engine.connect() as conn:
            row = conn.execute(
                text("SELECT id, org_id FROM bastion.app_users WHERE username = :u"), {"u": name}
            ).one()
        return Principal(row.id, name, row.org_id, role, stores, False)

    def ask(self, who: Principal, question: str, **extra: Any) -> AskContext:
        return answer_question(self.services, who, AskRequest(question=question, **extra))

    def offered(self, who: Principal, question: str, code: str, **extra: Any) -> list[str]:
        """Ask a question that is refused with ``code``; the suggestions of the answer."""
        ctx = self.ask(who, question, **extra)
        assert ctx.status == "refused" and ctx.error is not None, ctx.answer
        assert ctx.error.code == code
        body = to_response(ctx)
        assert 1 <= len(body.suggestions) <= 3
        return body.suggestions

    def block_topic(self, keyword: str) -> None:
        """Add a topic the org's default policy refuses (as an admin's PUT would)."""
        rules = json.loads(json.dumps(DEFAULT_RULES))
        rules["topics"].append({"id": "no-" + keyword, "keywords": [keyword], "message": "No."})
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


@pytest.fixture
def org(services: Services) -> Org:
    return Org(services)


def assert_answered(org: Org, who: Principal, questions: list[str], **extra: Any) -> None:
    for question in questions:
        ctx = org.ask(who, question, **extra)
        assert ctx.status == "ok", (question, ctx.error)


def test_a_store_1_manager_is_never_offered_another_store(org: Org) -> None:
    offered = org.offered(org.store1, "revenue store 1 vs store 2", "scope.store_not_allowed")
    assert "Revenue store 1 vs store 2" not in offered
    assert not any("store 2" in s for s in offered)
    assert offered[0] == "Revenue by store this year"  # the closest to the question
    assert_answered(org, org.store1, offered)
    # A manager of both stores is offered the comparison, first, for a store it lacks.
    both = org.offered(org.stores12, "revenue store 1 vs store 3", "scope.store_not_allowed")
    assert both[0] == "Revenue store 1 vs store 2"
    assert_answered(org, org.stores12, both)


def test_a_store_chosen_for_the_question_narrows_what_is_offered(org: Org) -> None:
    offered = org.offered(
        org.stores12, "revenue store 1 vs store 2", "scope.store_not_allowed", store_id=1
    )
    assert not any("store 2" in s for s in offered)
    assert_answered(org, org.stores12, offered, store_id=1)


def test_a_refusal_offers_three_questions_the_role_can_ask(org: Org) -> None:
    # Refused for the role's relations: nine suggestions fit marketing, three are offered.
    offered = org.offered(org.marketing, "total revenue", "scope.relation_not_allowed")
    assert len(offered) == 3 and not any("revenue" in s.lower() for s in offered)
    assert_answered(org, org.marketing, offered)
    # Not understood: those sharing its words first.
    offered = org.offered(org.store1, "revenue by favourite colour", "planner.not_understood")
    assert offered == [
        "Top 5 categories by revenue",
        "Revenue by store this year",
        "What was the total revenue last month?",
    ]
    # Refused by a policy, at the question.
    offered = org.offered(org.marketing, "delete all rentals", "policy.blocked_topic")
    assert len(offered) == 3
    assert_answered(org, org.marketing, offered)


def test_questions_the_org_policy_refuses_are_not_offered(org: Org, services: Services) -> None:
    other = Org(services)  # another org, its default policy unchanged
    before = other.offered(other.marketing, "revenue per rental", "scope.relation_not_allowed")
    assert any("rentals" in s.lower() for s in before)
    org.block_topic("rentals")
    offered = org.offered(org.marketing, "revenue per rental", "scope.relation_not_allowed")
    assert not any("rentals" in s.lower() for s in offered)
    assert_answered(org, org.marketing, offered)
    assert other.offered(other.marketing, "revenue per rental", "scope.relation_not_allowed") == (
        before
    )


def test_valid_suggestions_are_worked_out_once_per_org_role_and_stores(
    org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[str] = []
    works = suggestions._works

    def counting(question: str, *args: Any) -> bool:
        checked.append(question)
        return works(question, *args)

    monkeypatch.setattr(suggestions, "_works", counting)
    org.offered(org.store1, "revenue of store 2", "scope.store_not_allowed")
    once = len(checked)
    assert once == len(org.services.catalog.suggestions_for_role("store_manager"))
    org.offered(org.store1, "how many unicorns were rented", "planner.not_understood")
    assert len(checked) == once  # same org, role and stores: from the cache
    org.offered(org.stores12, "revenue of store 3", "scope.store_not_allowed")
    assert len(checked) == 2 * once  # other stores: worked out for them


def test_closest_ranks_by_shared_words_and_keeps_order_on_ties() -> None:
    candidates = ["Top 10 films by rentals", "Revenue by store this year", "Customers by country"]
    assert closest("revenue per store", candidates)[0] == "Revenue by store this year"
    assert closest("which country has most customers?", candidates, 1) == [candidates[2]]
    assert closest("", candidates) == candidates
    assert closest("zzz", candidates, 1) == [candidates[0]]


def test_a_plan_sql_cannot_say_yet_is_refused_not_an_error(
    org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reading of the planner's that the compiler cannot turn into SQL (a share of two
    measures of a part) is a refusal with suggestions, on record at its stage."""
    from bastion.ask import stages
    from bastion.planner import Filter, QueryPlan

    unsayable = QueryPlan(
        intent="kpi",
        measures=("rentals", "revenue"),
        derived="share",
        share_of=Filter(dimension="category", values=("Action",)),
    )
    monkeypatch.setattr(stages, "_plan_question", lambda ctx: unsayable)
    ctx = org.ask(org.store1, "share of rentals and revenue from Action films")
    assert ctx.status == "refused" and ctx.error is not None
    assert ctx.error.code == "planner.not_understood"
    assert ctx.error_stage == "sql_generation"
    assert "can't compute that yet" in ctx.error.message
    assert 1 <= len(to_response(ctx).suggestions) <= 3
