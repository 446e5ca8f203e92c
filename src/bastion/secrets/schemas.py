"""What the API takes and shows of org secrets: a value goes in, never out."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

MAX_SECRET_CHARS = 8192


class SecretPut(BaseModel):
    model_config = ConfigDict(extra="forbid")

    value: str = Field(
        min_length=1,
        max_length=MAX_SECRET_CHARS,
        description="The secret (an API key). Stored encrypted; never shown again.",
    )


class SecretPublic(BaseModel):
    """A secret as anyone sees it: its name and history, never its value."""

    name: str
    version: int
    created_at: datetime
    updated_at: datetime
    updated_by: str | None = Field(description="Who stored the current value.")
    used_by: list[str] = Field(description="The models whose key this secret is.")
