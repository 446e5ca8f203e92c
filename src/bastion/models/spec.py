"""What the router needs to call one model: a registry entry (or an environment-configured
model) with its secret resolved only when called."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from bastion.vocabulary import TIERS, ModelPurpose, Provider, Tier


@dataclass(frozen=True)
class ModelSpec:
    """One callable model. ``api_key_ref`` is ``secret:NAME`` (or the operator's ``env:``
    or ``file:``; ``bastion.secrets.refs``), read when called; environment models carry
    their key in ``api_key`` (from settings) instead."""

    name: str
    base_url: str
    model: str
    provider: Provider | Literal["env"] = "other"  # env: from BASTION_LLM_* settings
    tier: Tier = "standard"
    purposes: tuple[ModelPurpose, ...] = ("plan", "sql")
    priority: int = 100
    timeout_seconds: float = 20.0
    parameters: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    api_key_ref: str | None = None
    api_key: str | None = field(default=None, repr=False, compare=False)
    cost_input_per_1k: Decimal = Decimal(0)
    cost_output_per_1k: Decimal = Decimal(0)
    config_id: int | None = None
    org_id: int | None = None
    version: int = 1

    @property
    def tier_rank(self) -> int:
        return TIERS.index(self.tier)

    @property
    def breaker_key(self) -> tuple[object, ...]:
        """One breaker per registry entry (an org's key may be out of credit while another
        org's is not); environment models share one per endpoint and model."""
        if self.config_id is not None:
            return ("registry", self.config_id)
        return ("environment", self.base_url.rstrip("/"), self.model)

    def cost(self, tokens_in: int, tokens_out: int) -> Decimal:
        return (self.cost_input_per_1k * tokens_in + self.cost_output_per_1k * tokens_out) / 1000


def route_order(specs: list[ModelSpec]) -> list[ModelSpec]:
    """Light tier first, then standard, then heavy; within a tier by priority, then name."""
    return sorted(specs, key=lambda s: (s.tier_rank, s.priority, s.name))
