"""Request and response bodies of the policy API (and the CLI's JSON).

A policy's ``rules`` travel as a plain object here; ``bastion.policy.service`` validates
them with ``PolicyRules`` so that every problem comes back as ``policies.invalid`` naming
the field, not as a generic request error.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

# What a policy decision may be (``bastion.policy_decisions.action``).
Action = Literal["allow", "mask", "hide", "redact", "refuse", "require_approval"]
ACTIONS: tuple[Action, ...] = ("allow", "mask", "hide", "redact", "refuse", "require_approval")

# A letter first, so that a name is never read as an id (the CLI takes either).
NAME_PATTERN = r"^[a-z][a-z0-9_.-]{0,99}$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PolicyCreate(_Strict):
    name: str = Field(pattern=NAME_PATTERN, description="unique in the org, e.g. 'default'")
    description: str | None = Field(None, max_length=2000)
    rules: dict[str, Any] = Field(description="the policy document (docs/policies.md)")
    is_active: bool = True


class PolicyUpdate(_Strict):
    """Fields left out stay as they are; ``rules``, when given, replace the whole document;
    ``description: null`` clears the description."""

    description: str | None = Field(None, max_length=2000)
    rules: dict[str, Any] | None = Field(None, description="the whole new policy document")
    is_active: bool | None = None


class PolicyPublic(BaseModel):
    id: int
    name: str
    version: int
    is_active: bool
    description: str | None
    rules: dict[str, Any]
    updated_at: datetime
    updated_by: str | None = Field(description="username of the last change's author")


class PolicyDecisionPublic(BaseModel):
    id: int
    created_at: datetime
    log_id: int | None
    approval_id: int | None
    user_id: int | None
    username: str | None
    stage: str
    action: str
    policy_id: int | None
    policy_name: str
    policy_version: int
    rule: str
    detail: dict[str, Any]
