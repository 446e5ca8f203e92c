"""Policies for the engine's unit tests: the default policy and small ones written for a
test, as an org's active policies (no database)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bastion.catalog import load_catalog
from bastion.policy.defaults import DEFAULT_RULES
from bastion.policy.engine import ActivePolicy, Decision, PolicySet
from bastion.policy.rules import PolicyRules


def active(
    rules: dict[str, Any] | None = None, *, policy_id: int = 1, name: str = "default"
) -> ActivePolicy:
    """An active policy, version 3, with ``rules`` (the default policy's if none)."""
    document = DEFAULT_RULES if rules is None else rules
    return ActivePolicy(policy_id, name, 3, PolicyRules.model_validate(document))


def policy_set(*policies: ActivePolicy) -> PolicySet:
    """An org's active policies (the default policy alone if none) over the catalog."""
    return PolicySet(policies or (active(),), load_catalog())


def summary(decisions: Iterable[Decision]) -> list[tuple[str, str, str]]:
    """What a decision log shows at a glance: (action, rule, policy name), in order."""
    return [(d.action, d.rule, d.policy_name) for d in decisions]
