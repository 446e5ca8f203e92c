"""The policy document: what an org's policy says, as data (``bastion.policies.rules``).

A policy has request rules (blocked topics, requests for PII a role may not make), column
rules (who sees a sensitive column clear, masked or not at all), data classes (I general,
II confidential (the default), III critical, IV restricted) with the classes each role may
reach and the ones that need an approval, the PII types to find in questions and results,
and the approval settings (risk threshold, expiry, escalation, webhook).

Unknown keys are refused (a typo must not silently switch a rule off).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, field_validator, model_validator

from bastion.policy.pii import DEFAULT_ENTITIES
from bastion.vocabulary import ROLES

if TYPE_CHECKING:
    from bastion.catalog import Catalog

DataClass = Literal["I", "II", "III", "IV"]
CLASS_ORDER: tuple[DataClass, ...] = ("I", "II", "III", "IV")
CLASS_NAMES = {"I": "general", "II": "confidential", "III": "critical", "IV": "restricted"}
Access = Literal["clear", "masked", "hidden"]
ACCESS_ORDER: tuple[Access, ...] = ("clear", "masked", "hidden")
RULE_ID = r"^[a-z0-9][a-z0-9_.-]{0,63}$"

# Words that ask for each kind of PII (matched as whole words, case-insensitively).
PII_REQUEST_WORDS: dict[str, tuple[str, ...]] = {
    "EMAIL_ADDRESS": ("email", "emails", "e-mail", "e-mails", "email address", "mail address"),
    "PHONE_NUMBER": ("phone", "phones", "phone number", "telephone", "mobile number", "cell"),
    "CREDIT_CARD": ("credit card", "card number", "card numbers"),
    "IBAN_CODE": ("iban", "bank account", "account number"),
    "IP_ADDRESS": ("ip address", "ip addresses"),
    "US_SSN": ("ssn", "social security"),
    "URL": ("website", "url", "urls", "homepage"),
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TopicRule(_Strict):
    """Questions that mention any of ``keywords`` (whole words or phrases) are refused, or
    need an approval, for ``roles`` (empty: everyone)."""

    id: str = Field(pattern=RULE_ID)
    keywords: tuple[str, ...] = Field(min_length=1, max_length=200)
    roles: tuple[str, ...] = ()
    action: Literal["refuse", "require_approval"] = "refuse"
    message: str = Field(
        "This question is about a topic your organisation does not allow.", max_length=300
    )

    @field_validator("keywords")
    @classmethod
    def _keywords(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        cleaned = tuple(k.strip().lower() for k in value if k.strip())
        if not cleaned:
            raise ValueError("at least one keyword")
        return cleaned


class PiiRequestRule(_Strict):
    """``roles`` may not ask for these kinds of personal data."""

    id: str = Field(pattern=RULE_ID)
    entities: tuple[str, ...] = Field(min_length=1)
    roles: tuple[str, ...] = ()
    message: str = Field("Your role may not ask for personal contact data.", max_length=300)

    @field_validator("entities")
    @classmethod
    def _entities(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = sorted(set(value) - set(PII_REQUEST_WORDS))
        if unknown:
            raise ValueError(f"unknown PII type(s) {', '.join(unknown)}")
        return value


class ColumnRule(_Strict):
    """How each role sees ``relation.column`` in results: clear, masked or hidden
    (dropped). Roles not listed get ``default``."""

    id: str = Field(pattern=RULE_ID)
    relation: str = Field(min_length=1, max_length=100)
    column: str = Field(min_length=1, max_length=100)
    roles: dict[str, Access] = Field(default_factory=dict)
    default: Access = "clear"

    def access_for(self, role: str) -> Access:
        return self.roles.get(role, self.default)


class DataClasses(_Strict):
    relations: dict[str, DataClass] = Field(default_factory=dict)
    columns: dict[str, DataClass] = Field(
        default_factory=dict, description="relation.column -> class"
    )
    default: DataClass = "II"
    role_access: dict[str, tuple[DataClass, ...]] = Field(
        default_factory=dict, description="classes each role may reach; unlisted roles: I, II"
    )
    approval_required: tuple[DataClass, ...] = ()

    def reachable(self, role: str) -> tuple[DataClass, ...]:
        return self.role_access.get(role, ("I", "II"))

    def class_of(self, relation: str, column: str | None = None) -> DataClass:
        if column is not None and f"{relation}.{column}" in self.columns:
            return self.columns[f"{relation}.{column}"]
        return self.relations.get(relation, self.default)


class PiiScan(_Strict):
    entities: tuple[str, ...] = DEFAULT_ENTITIES
    threshold: float = Field(0.4, ge=0, le=1)

    @field_validator("entities")
    @classmethod
    def _entities(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = sorted(set(value) - set(DEFAULT_ENTITIES))
        if unknown:
            raise ValueError(f"unknown PII type(s) {', '.join(unknown)}")
        return value


class ApprovalRules(_Strict):
    risk_threshold: int | None = Field(
        60, ge=0, le=100, description="guard risk score at or above which approval is needed"
    )
    refuse_threshold: int | None = Field(
        None,
        ge=0,
        le=100,
        description="guard risk score at or above which the query is refused outright",
    )
    expiry_minutes: int = Field(60, ge=1, le=60 * 24 * 30)
    escalate_after_minutes: int | None = Field(
        30, ge=0, description="pending this long: notify and escalate to org admins"
    )
    webhook_url: AnyHttpUrl | None = None

    @model_validator(mode="after")
    def _escalate_before_expiry(self) -> ApprovalRules:
        if (
            self.escalate_after_minutes is not None
            and self.escalate_after_minutes >= self.expiry_minutes
        ):
            raise ValueError("escalate_after_minutes must be less than expiry_minutes")
        return self


class PolicyRules(_Strict):
    topics: tuple[TopicRule, ...] = ()
    pii_requests: tuple[PiiRequestRule, ...] = ()
    columns: tuple[ColumnRule, ...] = ()
    data_classes: DataClasses = Field(default_factory=DataClasses)
    pii_scan: PiiScan | None = Field(default_factory=PiiScan)
    approval: ApprovalRules = Field(default_factory=ApprovalRules)

    @model_validator(mode="after")
    def _unique_ids(self) -> PolicyRules:
        ids = [
            *(r.id for r in self.topics),
            *(r.id for r in self.pii_requests),
            *(r.id for r in self.columns),
        ]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"rule ids must be unique: {', '.join(duplicates)}")
        return self


def name_problems(rules: PolicyRules, catalog: Catalog) -> list[dict[str, str]]:
    """Roles, relations and columns the rules name that do not exist: a typo would
    otherwise switch a rule off without a word. One ``{field, message}`` per problem."""

    problems: list[dict[str, str]] = []

    def role(field: str, name: str) -> None:
        if name not in ROLES:
            problems.append({"field": field, "message": f"unknown role {name!r}"})

    def relation(field: str, name: str, column: str | None = None) -> None:
        found = catalog.relations.get(name)
        if found is None:
            problems.append({"field": field, "message": f"unknown relation {name!r}"})
        elif column is not None and column not in found.columns:
            problems.append({"field": field, "message": f"{name} has no column {column!r}"})

    for i, topic in enumerate(rules.topics):
        for name in topic.roles:
            role(f"rules.topics.{i}.roles", name)
    for i, request in enumerate(rules.pii_requests):
        for name in request.roles:
            role(f"rules.pii_requests.{i}.roles", name)
    for i, column_rule in enumerate(rules.columns):
        relation(f"rules.columns.{i}", column_rule.relation, column_rule.column)
        for name in column_rule.roles:
            role(f"rules.columns.{i}.roles", name)
    classes = rules.data_classes
    for name in classes.relations:
        relation(f"rules.data_classes.relations.{name}", name)
    for key in classes.columns:
        table, _, column = key.partition(".")
        relation(f"rules.data_classes.columns.{key}", table, column or None)
        if not column:
            problems.append(
                {"field": f"rules.data_classes.columns.{key}", "message": "use relation.column"}
            )
    for name in classes.role_access:
        role(f"rules.data_classes.role_access.{name}", name)
    return problems
