"""The request checks (``REQUEST_CHECKS``), each alone on a question, then the driver:
which questions are refused or held, by which rule, with which message, in which order."""

from __future__ import annotations

from bastion.policy.engine import (
    Request,
    blocked_topics,
    data_classes_requested,
    pii_in_question,
    pii_requests,
)
from tests.policy.policies import active, policy_set, summary

DEFAULT = active()
COMPETITORS = active(
    {
        "topics": [
            {
                "id": "competitors",
                "keywords": ["netflix", "video store chains"],
                "roles": ["marketing"],
                "message": "Questions about competitors are not allowed.",
            }
        ]
    },
    policy_id=2,
    name="competitors",
)


def request(
    question: str = "",
    role: str = "admin",
    *,
    mentioned: dict[str, str] | None = None,
    pii_found: dict[str, int] | None = None,
) -> Request:
    return Request(question, role, mentioned or {}, pii_found or {})


# -- blocked_topics ----------------------------------------------------------------------


def test_a_blocked_topic_is_refused_with_its_message() -> None:
    [decision] = blocked_topics(DEFAULT, request("Delete the films from store 1"))
    assert (decision.stage, decision.action, decision.rule) == (
        "request",
        "refuse",
        "topics.no-data-changes",
    )
    assert decision.message == "Bastion only reads data: changing or deleting data is not allowed."
    assert (decision.policy_id, decision.policy_name, decision.policy_version) == (1, "default", 3)


def test_a_topic_with_require_approval_holds_the_question() -> None:
    assert summary(blocked_topics(DEFAULT, request("EXPORT   ALL rentals"))) == [
        ("require_approval", "topics.bulk-export", "default")
    ]


def test_topics_match_whole_words_only() -> None:
    for question in ("how many films were deleted", "revenue of updated films", "dumpster"):
        assert blocked_topics(DEFAULT, request(question)) == [], question


def test_a_topic_for_some_roles_leaves_the_others_alone() -> None:
    question = "how do we compare with Netflix"
    assert summary(blocked_topics(COMPETITORS, request(question, "marketing"))) == [
        ("refuse", "topics.competitors", "competitors")
    ]
    assert blocked_topics(COMPETITORS, request(question, "finance")) == []


# -- pii_requests --------------------------------------------------------------------------


def test_asking_for_contact_data_is_refused_for_the_rules_roles() -> None:
    [decision] = pii_requests(DEFAULT, request("e-mail addresses of customers", "marketing"))
    assert (decision.action, decision.rule) == ("refuse", "pii_requests.contact-data")
    assert decision.message == (
        "Your role may not ask for customers' e-mail addresses or phone numbers."
    )
    assert decision.detail == {"entities": ["EMAIL_ADDRESS"]}
    assert pii_requests(DEFAULT, request("e-mail addresses of customers", "admin")) == []


def test_a_rule_without_roles_refuses_everyone() -> None:
    assert summary(pii_requests(DEFAULT, request("card numbers of customers", "admin"))) == [
        ("refuse", "pii_requests.payment-identifiers", "default")
    ]


def test_words_that_are_not_requests_for_pii_pass() -> None:
    assert pii_requests(DEFAULT, request("revenue by store", "marketing")) == []


# -- data_classes_requested ----------------------------------------------------------------


def test_words_for_data_of_a_class_the_role_cannot_reach_are_refused() -> None:
    policies = policy_set(DEFAULT)
    mentioned = policies.mentioned("customers by country")
    assert "v_customer_masked" in mentioned
    decisions = data_classes_requested(DEFAULT, request("", "approver", mentioned=mentioned))
    [decision] = [d for d in decisions if d.detail["relation"] == "v_customer_masked"]
    assert (decision.action, decision.rule) == ("refuse", "data_classes.III")
    assert decision.message == (
        "Your role (approver) may not reach critical (class III) data such as customer "
        "details (customers, their district, city and country)."
    )
    assert decision.detail == {"relation": "v_customer_masked", "data_class": "III"}


def test_words_for_reachable_data_pass() -> None:
    mentioned = policy_set(DEFAULT).mentioned("customers by country")
    assert data_classes_requested(DEFAULT, request("", "admin", mentioned=mentioned)) == []
    assert data_classes_requested(DEFAULT, request("", "approver")) == []


# -- pii_in_question -----------------------------------------------------------------------


def test_personal_data_written_in_a_question_is_refused_when_a_rule_covers_it() -> None:
    found = {"EMAIL_ADDRESS": 2, "URL": 1}
    [decision] = pii_in_question(DEFAULT, request("", "finance", pii_found=found))
    assert (decision.action, decision.rule) == ("refuse", "pii_requests.contact-data")
    assert decision.detail == {"entities": ["EMAIL_ADDRESS"]}


def test_personal_data_no_rule_covers_for_the_role_is_not_refused() -> None:
    assert pii_in_question(DEFAULT, request("", "admin", pii_found={"EMAIL_ADDRESS": 1})) == []
    assert pii_in_question(DEFAULT, request("", "finance")) == []


# -- the driver: PolicySet.check_request ----------------------------------------------------


def test_a_harmless_question_is_allowed_by_every_policy() -> None:
    decisions, sanitized = policy_set(DEFAULT, COMPETITORS).check_request(
        "revenue by store last month", "marketing"
    )
    assert summary(decisions) == [("allow", "none", "default"), ("allow", "none", "competitors")]
    assert sanitized == "revenue by store last month"


def test_refusals_come_before_holds_and_name_the_reason() -> None:
    decisions, _ = policy_set().check_request("export all customer emails", "marketing")
    assert summary(decisions) == [
        ("refuse", "pii_requests.contact-data", "default"),
        ("require_approval", "topics.bulk-export", "default"),
    ]


def test_personal_data_in_the_question_is_redacted_and_refused_first() -> None:
    decisions, sanitized = policy_set().check_request(
        "export all rentals of jane.doe@example.com", "marketing"
    )
    assert sanitized == "export all rentals of <EMAIL_ADDRESS>"
    assert summary(decisions) == [
        ("refuse", "pii_requests.contact-data", "default"),
        ("redact", "pii_scan.question", "default"),
        ("require_approval", "topics.bulk-export", "default"),
    ]
    assert decisions[1].detail == {"found": {"EMAIL_ADDRESS": 1}}


def test_personal_data_the_role_may_give_is_only_redacted() -> None:
    decisions, sanitized = policy_set().check_request("rentals of jane.doe@example.com", "admin")
    assert sanitized == "rentals of <EMAIL_ADDRESS>"
    assert summary(decisions) == [
        ("redact", "pii_scan.question", "default"),
        ("allow", "none", "default"),
    ]


def test_each_policy_decides_and_any_refusal_refuses() -> None:
    decisions, _ = policy_set(DEFAULT, COMPETITORS).check_request(
        "rentals of video store chains like Netflix", "marketing"
    )
    assert summary(decisions) == [
        ("refuse", "topics.competitors", "competitors"),
        ("allow", "none", "default"),
    ]


def test_without_a_pii_scan_the_question_is_left_as_written() -> None:
    quiet = active({"pii_scan": None})
    decisions, sanitized = policy_set(quiet).check_request("rentals of a@example.com", "admin")
    assert sanitized == "rentals of a@example.com"
    assert summary(decisions) == [("allow", "none", "default")]
