"""The one object every stage of the ask flow reads and writes."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from bastion.ask.suggestions import SuggestionCache
from bastion.catalog import Catalog, DataFacts
from bastion.db.engine import Database
from bastion.embeddings import Embedder
from bastion.errors import BastionError
from bastion.execution.executor import ExecutionResult, Scope, SqlExecutor
from bastion.execution.results import ResultCache
from bastion.guard import GuardVerdict
from bastion.identity.principal import Principal
from bastion.models.registry import ModelCache, OrgModels
from bastion.models.router import Attempt, ModelRouter
from bastion.planner.plan import CompiledQuery, QueryPlan, ResultColumn
from bastion.policy.engine import Decision, PolicyCache, PolicySet
from bastion.prompts.resolve import PromptCache, ResolvedPrompts
from bastion.settings import Settings
from bastion.vocabulary import AskStatus, Author, LlmMode


class AskServices(Protocol):
    """What the ask flow (and running an approved question) uses of a process's
    services. ``bastion.services.Services``, the composition root, provides it; the flow
    never imports the root, so the layers stay one-way."""

    @property
    def settings(self) -> Settings: ...
    @property
    def db(self) -> Database: ...
    @property
    def executor(self) -> SqlExecutor: ...
    @property
    def results(self) -> ResultCache: ...
    @property
    def router(self) -> ModelRouter: ...
    @property
    def models(self) -> ModelCache: ...
    @property
    def policies(self) -> PolicyCache: ...
    @property
    def prompts(self) -> PromptCache: ...
    @property
    def catalog(self) -> Catalog: ...
    @property
    def suggestions(self) -> SuggestionCache: ...
    @property
    def embedder(self) -> Embedder: ...

    def data_facts(self) -> DataFacts: ...


class PendingApproval(BastionError):
    """The question waits for an approver: nothing has run. Not an error either."""

    status_code = 200
    code = "approval.pending"


class Refused(BastionError):
    """The question is understood but will not be answered (scope, forbidden data,
    modification, not mappable). Not an error of the system: the answer says why."""

    status_code = 200
    code = "ask.refused"


@dataclass(frozen=True, slots=True)
class AskRequest:
    question: str
    store_id: int | None = None
    conversation_id: uuid.UUID | None = None


@dataclass(slots=True)
class StageEvent:
    stage: str
    status: str  # ok | refused | error
    duration_ms: float
    metadata: dict[str, Any]


@dataclass
class AskContext:
    services: AskServices
    principal: Principal
    request: AskRequest
    started: float = field(default_factory=time.perf_counter)
    conversation_id: uuid.UUID | None = None
    new_conversation: bool = False
    previous_plan: QueryPlan | None = None
    previous_question: str | None = None
    # The conversation's last question was refused or failed: a follow-up of it cannot be
    # understood (the answered one before it is not what it builds on).
    previous_unanswered: bool = False
    previous_sql: str | None = None
    scope: Scope | None = None
    as_of: date | None = None
    prompts: ResolvedPrompts | None = None  # the merged active prompt packs
    plan: QueryPlan | None = None
    # The plan refused because it names a store outside the scope: on record, so that a
    # follow-up ("how many at my store then?") builds on it, checked again.
    refused_plan: QueryPlan | None = None
    compiled: CompiledQuery | None = None
    verdict: GuardVerdict | None = None
    result: ExecutionResult | None = None
    columns: tuple[ResultColumn, ...] = ()  # of the result, as presented
    aggregated: bool = True  # every result row is an aggregate (what a plan compiles to)
    models: OrgModels | None = None  # the org's models and model settings
    mode: LlmMode = "plan"  # what a model produces
    planner: Author = "deterministic"
    narrator: Author = "deterministic"
    attempts: list[Attempt] = field(default_factory=list)  # every model call, in order
    model_deadline: float | None = None
    prompt_tokens: int | None = None  # estimated tokens sent to models
    notice: str | None = None  # said with the answer: e.g. the models failed, so ...
    policy: PolicySet | None = None  # the org's active policies
    decisions: list[Decision] = field(default_factory=list)  # every policy decision, in order
    approval: dict[str, Any] | None = None  # the approval request holding this question
    sanitized_question: str | None = None  # the question with PII redacted, if it had any
    counters: dict[str, int] = field(default_factory=dict)  # config counters, read once
    answer: str | None = None
    widgets: list[dict[str, Any]] = field(default_factory=list)
    events: list[StageEvent] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # the current stage's event metadata
    status: AskStatus = "ok"
    error: BastionError | None = None
    error_stage: str | None = None
    audit_id: int | None = None
    total_ms: float = 0.0

    @property
    def question(self) -> str:
        """The question as the rest of the flow, models and the audit trail see it: with
        any personal data found in it replaced by its type."""
        return self.sanitized_question or self.request.question

    @property
    def timings(self) -> dict[str, float]:
        return {e.stage: round(e.duration_ms, 3) for e in self.events}
