"""The default policy every org starts with (created with the org; migration 0007 gave
the orgs of its day a frozen copy): rules for the demo data that a demanding operator
would expect, as a starting point to edit (``PUT /api/policies/{id}``)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from bastion.config.changelog import SYSTEM_ACTOR, log_change
from bastion.policy.rules import PolicyRules
from bastion.policy.service import CONFIG_TYPE, COUNTER

DEFAULT_POLICY_NAME = "default"
DEFAULT_DESCRIPTION = "Bastion's default policy for the demo data."

DEFAULT_RULES: dict[str, Any] = {
    "topics": [
        {
            "id": "no-data-changes",
            "keywords": [
                "delete",
                "drop table",
                "truncate",
                "insert into",
                "wipe",
                "erase",
                "purge",
                "alter table",
                "update the",
            ],
            "message": "Bastion only reads data: changing or deleting data is not allowed.",
        },
        {
            "id": "no-staff-pay-or-credentials",
            "keywords": ["salary", "salaries", "payroll", "password", "passwords"],
            "message": "Staff pay and credentials are not data you can ask about.",
        },
        {
            "id": "bulk-export",
            "keywords": ["export all", "dump", "full export", "every row", "all rows"],
            "action": "require_approval",
            "message": "Bulk exports need an approver's review.",
        },
    ],
    "pii_requests": [
        {
            "id": "contact-data",
            "entities": ["EMAIL_ADDRESS", "PHONE_NUMBER"],
            "roles": ["store_manager", "marketing", "finance", "approver"],
            "message": "Your role may not ask for customers' e-mail addresses or phone numbers.",
        },
        {
            "id": "payment-identifiers",
            "entities": ["CREDIT_CARD", "IBAN_CODE", "US_SSN"],
            "message": "Card numbers, bank accounts and social security numbers are never shown.",
        },
    ],
    "columns": [
        {
            "id": "customer-first-name",
            "relation": "v_customer_masked",
            "column": "first_name_masked",
            "roles": {"admin": "clear", "marketing": "clear"},
            "default": "hidden",
        },
        {
            "id": "customer-last-name",
            "relation": "v_customer_masked",
            "column": "last_name_masked",
            "roles": {"admin": "clear", "marketing": "clear"},
            "default": "hidden",
        },
        {
            "id": "customer-ref-rentals",
            "relation": "v_rental_scoped",
            "column": "customer_id",
            "roles": {"admin": "clear", "store_manager": "clear"},
            "default": "masked",
        },
        {
            "id": "customer-ref-payments",
            "relation": "v_payment_scoped",
            "column": "customer_id",
            "roles": {"admin": "clear", "store_manager": "clear", "finance": "clear"},
            "default": "masked",
        },
        {
            "id": "store-manager-ref",
            "relation": "store",
            "column": "manager_staff_id",
            "roles": {"admin": "clear", "store_manager": "clear", "finance": "clear"},
            "default": "hidden",
        },
    ],
    "data_classes": {
        "relations": {
            "film": "I",
            "category": "I",
            "film_category": "I",
            "language": "I",
            "actor": "I",
            "film_actor": "I",
            "store": "II",
            "inventory": "II",
            "v_rental_scoped": "II",
            "v_payment_scoped": "II",
            "v_customer_masked": "III",
        },
        "columns": {
            "v_customer_masked.first_name_masked": "IV",
            "v_customer_masked.last_name_masked": "IV",
            "v_payment_scoped.customer_id": "III",
        },
        "default": "II",
        "role_access": {
            "admin": ["I", "II", "III", "IV"],
            "store_manager": ["I", "II", "III"],
            "marketing": ["I", "II", "III", "IV"],
            "finance": ["I", "II", "III"],
            "approver": ["I", "II"],
        },
        "approval_required": [],
    },
    "pii_scan": {},
    "approval": {"risk_threshold": 60, "expiry_minutes": 60, "escalate_after_minutes": 30},
}

PolicyRules.model_validate(DEFAULT_RULES)  # the default must always be valid


def ensure_default_policy(session: Session, org_id: int) -> bool:
    """Create the default policy, active, unless the org has a policy of that name; the
    changelog records it. Returns whether it was created."""
    policy_id = session.execute(
        text(
            "INSERT INTO bastion.policies (org_id, name, description, rules)"
            " VALUES (:org, :name, :description, CAST(:rules AS jsonb))"
            " ON CONFLICT (org_id, name) DO NOTHING RETURNING id"
        ),
        {
            "org": org_id,
            "name": DEFAULT_POLICY_NAME,
            "description": DEFAULT_DESCRIPTION,
            "rules": json.dumps(DEFAULT_RULES),
        },
    ).scalar()
    if policy_id is None:
        return False
    log_change(
        session,
        COUNTER,
        org_id=org_id,
        config_type=CONFIG_TYPE,
        config_id=policy_id,
        config_name=DEFAULT_POLICY_NAME,
        change_type="create",
        actor=SYSTEM_ACTOR,
        summary=f"added policy {DEFAULT_POLICY_NAME}",
        after={
            "name": DEFAULT_POLICY_NAME,
            "version": 1,
            "is_active": True,
            "description": DEFAULT_DESCRIPTION,
            "rules": DEFAULT_RULES,
        },
    )
    return True
