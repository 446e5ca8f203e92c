"""Request and response bodies of the prompt API (and the CLI's JSON)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Purpose = Literal["sql", "plan", "narration", "system"]
ScopeKind = Literal["org", "role", "user"]
Mode = Literal["replace", "append"]
Status = Literal["draft", "active", "archived"]
VersionChange = Literal["activate", "archive", "rollback"]  # what moves a version's status


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BlockIn(_Strict):
    name: str = Field(min_length=1, max_length=64, description="e.g. system, style, rules")
    template: str = Field(description="Jinja2 template (sandboxed); declare what it uses.")
    variables: list[str] = Field(default_factory=list, max_length=16)
    mode: Mode = Field("replace", description="replace the block of a wider scope, or append")
    user_editable: bool = Field(False, description="org packs: users may override this block")


class ScopeIn(_Strict):
    kind: ScopeKind = "org"
    role: str | None = None
    user: str | None = Field(None, description="username, for kind=user")


class PromptPackCreate(_Strict):
    name: str = Field(min_length=1, max_length=100)
    purpose: Purpose
    description: str | None = Field(None, max_length=2000)
    scope: ScopeIn = Field(default_factory=ScopeIn)
    blocks: list[BlockIn] = Field(min_length=1)
    labels: list[str] = Field(default_factory=list, max_length=16)
    note: str | None = Field(None, max_length=2000)
    activate: bool = False


class PromptBlocksUpdate(_Strict):
    blocks: list[BlockIn] = Field(min_length=1)
    labels: list[str] = Field(default_factory=list, max_length=16)
    note: str | None = Field(None, max_length=2000)
    activate: bool = False


class VersionChoice(_Strict):
    version: int | None = Field(None, description="version number; see each action's default")


class LabelSet(_Strict):
    version: int


class BlockPublic(BaseModel):
    name: str
    template: str
    variables: list[str]
    mode: Mode
    user_editable: bool


class ScopePublic(BaseModel):
    kind: ScopeKind
    role: str | None = None
    user_id: int | None = None
    username: str | None = None


class PromptVersionPublic(BaseModel):
    id: int
    pack_id: int
    version: int
    status: Status
    labels: list[str]
    note: str | None
    created_by: int | None
    created_at: datetime
    activated_at: datetime | None
    blocks: list[BlockPublic]


class PromptPackPublic(BaseModel):
    id: int
    org_id: int
    name: str
    purpose: Purpose
    description: str | None
    scope: ScopePublic
    active_version: int | None
    latest_version: int
    labels: dict[str, int]
    created_at: datetime


class BlockDiff(BaseModel):
    name: str
    change: Literal["added", "removed", "changed", "unchanged"]
    diff: list[str]


class PromptDiff(BaseModel):
    pack_id: int
    from_version: int
    to_version: int
    blocks: list[BlockDiff]


class BlockSource(BaseModel):
    pack_id: int
    pack: str
    version_id: int
    version: int
    scope: ScopeKind
    mode: Mode


class ActiveBlock(BaseModel):
    purpose: Purpose
    name: str
    template: str
    variables: list[str]
    sources: list[BlockSource]


class ActivePrompts(BaseModel):
    user_id: int
    username: str
    role: str
    blocks: list[ActiveBlock]
    versions: list[dict[str, int | str]]
    narration_style: dict[str, object]


class ChangePublic(BaseModel):
    id: int
    config_type: str
    config_id: int
    config_name: str
    change_type: str
    previous_version: int | None
    new_version: int | None
    change_summary: str | None
    previous_data: dict[str, object] | None
    new_data: dict[str, object] | None
    changed_by: int | None
    changed_by_name: str
    changed_at: datetime
