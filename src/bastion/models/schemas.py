"""Request and response bodies of the model API (and the CLI's JSON)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, ValidationError, field_validator

from bastion.errors import InvalidInput
from bastion.vocabulary import LlmMode, ModelPurpose, Provider, RowsToModel, Tier

# Request parameters a registry entry may set; anything else is refused (allowlist).
PARAMETERS = frozenset(
    {
        "temperature",
        "top_p",
        "seed",
        "stop",
        "presence_penalty",
        "frequency_penalty",
        "response_format",
        "max_tokens",
    }
)
NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_.:/")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _check_parameters(value: dict[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(value) - PARAMETERS)
    if unknown:
        raise ValueError(
            f"unknown parameter(s) {', '.join(unknown)}; allowed: {', '.join(sorted(PARAMETERS))}"
        )
    return value


class ModelConfigCreate(_Strict):
    name: str = Field(min_length=1, max_length=100, description="unique in the org")
    provider: Provider = "other"
    base_url: AnyHttpUrl = Field(description="OpenAI-compatible endpoint, e.g. .../v1")
    model: str = Field(min_length=1, max_length=200, description="the endpoint's model id")
    api_key_ref: str | None = Field(
        None, max_length=500, description="env:VARIABLE or file:PATH; never the key itself"
    )
    timeout_seconds: float = Field(20.0, gt=0, le=600)
    parameters: dict[str, Any] = Field(default_factory=dict)
    tier: Tier = "standard"
    purposes: list[ModelPurpose] = Field(min_length=1, max_length=5)
    priority: int = Field(100, ge=0, le=100_000, description="lower is tried first")
    is_active: bool = True
    cost_input_per_1k: Decimal = Field(Decimal(0), ge=0, max_digits=14, decimal_places=6)
    cost_output_per_1k: Decimal = Field(Decimal(0), ge=0, max_digits=14, decimal_places=6)

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not set(value.lower()) <= NAME_CHARS:
            raise ValueError("use letters, digits and - _ . : / only")
        return value

    @field_validator("purposes")
    @classmethod
    def _purposes(cls, value: list[str]) -> list[str]:
        return list(dict.fromkeys(value))

    @field_validator("parameters")
    @classmethod
    def _parameters(cls, value: dict[str, Any]) -> dict[str, Any]:
        return _check_parameters(value)


class ModelConfigUpdate(_Strict):
    """Only the fields given change; each change makes a new version."""

    provider: Provider | None = None
    base_url: AnyHttpUrl | None = None
    model: str | None = Field(None, min_length=1, max_length=200)
    api_key_ref: str | None = Field(None, max_length=500)
    timeout_seconds: float | None = Field(None, gt=0, le=600)
    parameters: dict[str, Any] | None = None
    tier: Tier | None = None
    purposes: list[ModelPurpose] | None = Field(None, min_length=1, max_length=5)
    priority: int | None = Field(None, ge=0, le=100_000)
    is_active: bool | None = None
    cost_input_per_1k: Decimal | None = Field(None, ge=0, max_digits=14, decimal_places=6)
    cost_output_per_1k: Decimal | None = Field(None, ge=0, max_digits=14, decimal_places=6)

    @field_validator("parameters")
    @classmethod
    def _parameters(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        return None if value is None else _check_parameters(value)


# What people call the fields of a registry entry (forms and sentences about them).
FIELD_LABELS = {
    "name": "Name",
    "provider": "Provider",
    "base_url": "Base URL",
    "model": "Model id",
    "api_key_ref": "API key reference",
    "timeout_seconds": "Timeout",
    "parameters": "Parameters",
    "tier": "Tier",
    "purposes": "Purposes",
    "priority": "Priority",
    "is_active": "Active",
    "cost_input_per_1k": "Cost per 1,000 input tokens",
    "cost_output_per_1k": "Cost per 1,000 output tokens",
}

Entry = TypeVar("Entry", ModelConfigCreate, ModelConfigUpdate)


class InvalidModel(InvalidInput):
    code = "models.invalid"


def parse_entry(schema: type[Entry], values: Mapping[str, Any]) -> Entry:
    """A registry entry to add (``ModelConfigCreate``) or a change (``ModelConfigUpdate``)
    from a form's values, or ``models.invalid`` with one sentence per problem ("Base
    URL: input should be a valid URL.") and a ``{field, message}`` each in the details."""
    try:
        return schema.model_validate(values)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            field = str(error["loc"][0]) if error["loc"] else ""
            message = error["msg"].removeprefix("Value error, ")
            if error["type"] == "too_short" and field == "purposes":
                message = "choose at least one"
            problems.append({"field": field, "message": message})
        sentences = [
            f"{FIELD_LABELS.get(p['field'], p['field'])}: "
            f"{p['message'][:1].lower()}{p['message'][1:].rstrip('.')}."
            for p in problems
        ]
        raise InvalidModel(" ".join(sentences), details=problems) from None


class ModelConfigPublic(BaseModel):
    id: int
    name: str
    version: int
    provider: str
    base_url: str
    model: str
    api_key_ref: str | None
    timeout_seconds: float
    parameters: dict[str, Any]
    tier: str
    purposes: list[str]
    priority: int
    is_active: bool
    cost_input_per_1k: Decimal
    cost_output_per_1k: Decimal
    created_at: datetime
    updated_at: datetime
    breaker_open: bool = False


class ModelSettingsPublic(BaseModel):
    version: int
    mode: LlmMode | None = Field(description="None: BASTION_LLM_MODE decides")
    effective_mode: LlmMode
    monthly_token_budget: int | None
    rows_to_model: RowsToModel
    max_rows_to_model: int


class ModelSettingsUpdate(_Strict):
    mode: LlmMode | None = None
    monthly_token_budget: int | None = Field(None, ge=0)
    rows_to_model: RowsToModel | None = None
    max_rows_to_model: int | None = Field(None, ge=1, le=200)
    clear_mode: bool = Field(False, description="go back to BASTION_LLM_MODE")
    clear_budget: bool = Field(False, description="no monthly token budget")


class ModelTestResult(BaseModel):
    model_config_id: int
    name: str
    ok: bool
    outcome: str
    status_code: int | None
    detail: str | None
    latency_ms: float
    tokens_in: int
    tokens_out: int
    reply: str | None = Field(description="the first 200 characters of the reply")


class UsageTotals(BaseModel):
    tokens_in: int
    tokens_out: int
    cost: Decimal
    calls: int
    failed_calls: int


class UserUsage(UsageTotals):
    user_id: int | None
    username: str | None


class ModelUsage(UsageTotals):
    model_name: str
    model: str


class UsageReport(BaseModel):
    month: str = Field(description="YYYY-MM")
    org: UsageTotals
    monthly_token_budget: int | None
    budget_left: int | None
    users: list[UserUsage]
    models: list[ModelUsage]
