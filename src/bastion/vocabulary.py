"""The words every layer shares, each declared once as a ``Literal`` type; the tuples of
allowed values, the database's CHECK constraints and the API schemas derive from these.

This module sits at the bottom of the package (it imports nothing of Bastion's), so the
database models, the domain packages and the API can all use the same names.
"""

from __future__ import annotations

from typing import Literal, get_args

# --- identity ----------------------------------------------------------------------------

Role = Literal["admin", "store_manager", "marketing", "finance", "approver"]
ROLES: tuple[Role, ...] = get_args(Role)

UserChange = Literal["disable", "enable", "unlock"]
"""What an admin does to an account besides editing it."""
USER_CHANGES: tuple[UserChange, ...] = get_args(UserChange)

# --- the ask flow ------------------------------------------------------------------------

AskStatus = Literal["ok", "refused", "error", "pending_approval"]
"""How a question ended, in its response and its audit log."""
ASK_STATUSES: tuple[AskStatus, ...] = get_args(AskStatus)

Author = Literal["deterministic", "model"]
"""Who planned or narrated an answer: the deterministic planner and narrator, or a model."""

# --- models ------------------------------------------------------------------------------

Tier = Literal["light", "standard", "heavy"]
TIERS: tuple[Tier, ...] = get_args(Tier)

ModelPurpose = Literal["sql", "plan", "narration", "classification", "embedding"]
MODEL_PURPOSES: tuple[ModelPurpose, ...] = get_args(ModelPurpose)

Provider = Literal["openai", "openrouter", "vllm", "ollama", "litellm", "other"]
PROVIDERS: tuple[Provider, ...] = get_args(Provider)

LlmMode = Literal["plan", "sql"]
"""What a model writes for a question: a QueryPlan, or the SQL itself."""
LLM_MODES: tuple[LlmMode, ...] = get_args(LlmMode)

RowsToModel = Literal["none", "aggregates", "rows"]
ROWS_TO_MODEL: tuple[RowsToModel, ...] = get_args(RowsToModel)

EmbeddingsMode = Literal["local", "off"]
"""Where sentence embeddings come from: the bundled local model, or nowhere."""
EMBEDDINGS_MODES: tuple[EmbeddingsMode, ...] = get_args(EmbeddingsMode)

# --- prompt packs ------------------------------------------------------------------------

PromptPurpose = Literal["sql", "plan", "narration", "system"]
PROMPT_PURPOSES: tuple[PromptPurpose, ...] = get_args(PromptPurpose)

ScopeKind = Literal["org", "role", "user"]
SCOPE_KINDS: tuple[ScopeKind, ...] = get_args(ScopeKind)

BlockMode = Literal["replace", "append"]
BLOCK_MODES: tuple[BlockMode, ...] = get_args(BlockMode)

PackStatus = Literal["draft", "active", "archived"]
PACK_STATUSES: tuple[PackStatus, ...] = get_args(PackStatus)

VersionChange = Literal["activate", "archive", "rollback"]
"""What moves a prompt-pack version's status."""
VERSION_CHANGES: tuple[VersionChange, ...] = get_args(VersionChange)

# --- approvals ---------------------------------------------------------------------------

ApprovalStatus = Literal["pending", "approved", "rejected", "expired", "executed", "failed"]
APPROVAL_STATUSES: tuple[ApprovalStatus, ...] = get_args(ApprovalStatus)

Decision = Literal["approve", "reject"]
"""What an approver decides on a held question."""
DECISIONS: tuple[Decision, ...] = get_args(Decision)

# --- worked examples ---------------------------------------------------------------------

ExampleSource = Literal["seed", "admin", "feedback"]
"""Where a worked example (question -> plan) came from: seeded from the catalog's
suggestions, added by an admin, or learned from feedback."""
EXAMPLE_SOURCES: tuple[ExampleSource, ...] = get_args(ExampleSource)

# --- data --------------------------------------------------------------------------------

DatasetKind = Literal["generated", "pagila"]
DATASET_KINDS: tuple[DatasetKind, ...] = get_args(DatasetKind)
