"""Request and response shapes for identity endpoints."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bastion.vocabulary import Role


class LoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class TokenResponse(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - a scheme, not a secret
    expires_in: int


class PrincipalPublic(BaseModel):
    user_id: int
    username: str
    org_id: int
    role: Role
    store_ids: list[int]
    is_all_stores: bool


class UserPublic(BaseModel):
    id: int
    org_id: int
    username: str
    display_name: str | None
    role: Role
    store_ids: list[int]
    is_all_stores: bool
    is_active: bool
    is_demo: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    created_at: datetime


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=8, max_length=256)
    role: Role
    store_ids: list[int] = Field(default_factory=list, max_length=1000)
    is_all_stores: bool = False
    display_name: str | None = Field(default=None, max_length=200)


class StoreAccessUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    store_ids: list[int] = Field(default_factory=list, max_length=1000)
    is_all_stores: bool = False


class PasswordChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    current_password: str = Field(min_length=1, max_length=1024)
    new_password: str = Field(min_length=1, max_length=1024)
