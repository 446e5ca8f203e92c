"""Every setting Bastion reads, in one place (documented in docs/configuration.md).

Values come from the environment (prefix ``BASTION_``), then a ``.env`` file in the
working directory, then the defaults below.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from bastion.vocabulary import EmbeddingsMode, LlmMode


class Settings(BaseSettings):
    """Bastion's configuration. Field descriptions are the documentation."""

    model_config = SettingsConfigDict(
        env_prefix="BASTION_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    home: Path = Field(
        default=Path(".bastion"),
        description="Folder for the embedded database, generated secrets and logs.",
    )
    database_url: SecretStr | None = Field(
        default=None,
        description=(
            "PostgreSQL URL (with pgvector). Unset: Bastion starts an embedded PostgreSQL "
            "server under BASTION_HOME."
        ),
    )
    jwt_secret: SecretStr | None = Field(
        default=None,
        description=(
            "HS256 signing secret for access tokens (at least 32 characters). Unset: one is "
            "generated once into BASTION_HOME/secrets/jwt_secret."
        ),
    )
    jwt_issuer: str = Field(default="bastion", description="The `iss` claim of issued tokens.")
    jwt_audience: str = Field(default="bastion-api", description="The `aud` claim of tokens.")
    jwt_ttl_seconds: int = Field(
        default=3600, ge=60, le=86400, description="Lifetime of an access token, in seconds."
    )
    lockout_threshold: int = Field(
        default=6, ge=1, description="Failed sign-ins in a row that lock an account."
    )
    lockout_minutes: int = Field(
        default=15, ge=1, description="How long a locked account stays locked, in minutes."
    )
    login_rate_per_address: str = Field(
        default="30/minute",
        description=(
            "Sign-in attempts one client address may make (`limits` notation: 30/minute, "
            "100/hour); more get 429 auth.rate_limited with Retry-After."
        ),
    )
    login_rate_per_user: str = Field(
        default="10/minute",
        description="Sign-in attempts for one user name, from anywhere (`limits` notation).",
    )
    argon2_time_cost: int = Field(default=5, ge=1, description="Argon2id iterations.")
    argon2_memory_kib: int = Field(
        default=7168,
        ge=7168,
        description="Argon2id memory per hash, in KiB (OWASP: 7 MiB with 5 iterations).",
    )
    argon2_parallelism: int = Field(default=1, ge=1, description="Argon2id lanes.")
    host: str = Field(default="127.0.0.1", description="Address `bastion serve` listens on.")
    port: int = Field(default=8000, ge=1, le=65535, description="Port `bastion serve` uses.")
    workers: int = Field(
        default_factory=lambda: min(os.cpu_count() or 1, 4),
        ge=1,
        le=64,
        description="API processes `bastion serve` starts (default: the machine's cores, at"
        " most 4).",
    )
    max_body_bytes: int = Field(
        default=1_048_576, ge=1024, description="Largest request body accepted, in bytes."
    )
    db_connect_timeout: int = Field(
        default=3, ge=1, description="Seconds to wait when connecting to the database."
    )
    db_pool_size: int = Field(default=10, ge=1, description="Database connections per process.")
    reader_password: SecretStr | None = Field(
        default=None,
        description=(
            "Password of the restricted `bastion_reader` role that runs questions' SQL on an "
            "external database. Unset: generated into BASTION_HOME/secrets/reader_password and "
            "set by `bastion db upgrade`. Not used with the embedded server."
        ),
    )
    statement_timeout_ms: int = Field(
        default=5000, ge=100, le=600_000, description="Longest a question's SQL may run, in ms."
    )
    api_threads: int = Field(
        default=8, ge=1, le=256, description="Requests one API process works on at once."
    )
    sql_concurrency: int = Field(
        default=4,
        ge=1,
        le=256,
        description="Questions' SQL queries one API process runs at once; more wait their turn.",
    )
    sql_per_user: int = Field(
        default=2,
        ge=1,
        le=256,
        description=(
            "Queries (and EXPLAINs) one user runs at once in one API process; one more is "
            "refused with 429 execution.busy, so no user can hold every reader connection."
        ),
    )
    result_cache_mb: int = Field(
        default=32,
        ge=0,
        le=4096,
        description=(
            "Memory one API process keeps the rows of questions' SQL in, for the next asker "
            "with the same SQL and store scope until the analytics data changes; 0: none."
        ),
    )
    log_level: str = Field(default="info", description="Log level: debug, info, warning, error.")
    cookie_secure: bool = Field(
        default=False,
        description="Mark the web session cookie Secure (set it when served over HTTPS).",
    )
    llm_base_url: str | None = Field(
        default=None,
        description="OpenAI-compatible endpoint of the models named by BASTION_LLM_MODEL.",
    )
    llm_api_key: SecretStr | None = Field(
        default=None, description="API key for BASTION_LLM_BASE_URL (never logged)."
    )
    llm_model: str | None = Field(
        default=None,
        description="Primary model id. Set (with the base URL): questions are planned by it.",
    )
    llm_fallback_models: str = Field(
        default="", description="Comma-separated model ids tried in order after the primary."
    )
    llm_mode: LlmMode = Field(
        default="plan",
        description="plan: the model returns a QueryPlan as JSON; sql: the model writes SQL.",
    )
    llm_narration: bool = Field(
        default=False, description="Let the BASTION_LLM_MODEL models also write the answer text."
    )
    llm_timeout_seconds: float = Field(
        default=20.0, gt=0, le=600, description="Longest one call to a model may take."
    )
    llm_deadline_seconds: float = Field(
        default=45.0, gt=0, le=900, description="Longest all model calls of one question take."
    )
    llm_breaker_failures: int = Field(
        default=3, ge=1, description="Failures in a row that open a model's circuit breaker."
    )
    llm_breaker_cooldown_seconds: float = Field(
        default=30.0, gt=0, description="How long an open breaker skips its model."
    )
    llm_context_tokens: int = Field(
        default=3000, ge=200, le=200_000, description="Most prompt tokens sent per model call."
    )
    llm_max_output_tokens: int = Field(
        default=800, ge=16, le=32_000, description="max_tokens asked of a model per call."
    )
    model_hosts: str = Field(
        default="",
        description=(
            "Hosts the models in an org's registry may be reached at, comma-separated: a "
            "name (`api.openai.com`), a subdomain wildcard (`*.internal.example`), an IP "
            "address or a network (`10.0.0.0/8`). Nothing is sent to, and no key leaves "
            "for, any other host. Unset: no registry model can be called (the host of "
            "BASTION_LLM_BASE_URL is the operator's own and always allowed)."
        ),
    )
    secrets_key: SecretStr | None = Field(
        default=None,
        description=(
            "Key that encrypts the orgs' secrets at rest (at least 32 characters; the same "
            "on every host). Unset: one is generated once into BASTION_HOME/secrets/"
            "secrets_key."
        ),
    )
    secret_env_prefix: str = Field(
        default="",
        description=(
            "Operator only: the prefix of the environment variables a model's `env:` key "
            "reference may name (e.g. `BASTION_MODEL_KEY_`); Bastion's own settings are "
            "never readable this way. Unset: no env: references. Only the CLI on the "
            "server sets such references; org admins use their org's secrets."
        ),
    )
    secret_dir: Path | None = Field(
        default=None,
        description=(
            "Operator only: the folder a model's `file:` key reference is read from (never "
            "BASTION_HOME or anything in it). Unset: no file: references."
        ),
    )
    approval_sweep_seconds: float = Field(
        default=15.0,
        ge=0,
        le=3600,
        description=(
            "How often each API process escalates and expires pending approval requests, in "
            "seconds; 0: no background sweeper (run `bastion approvals sweep` instead)."
        ),
    )
    approval_webhook_timeout_seconds: float = Field(
        default=5.0, gt=0, le=60, description="Longest one approval webhook delivery may take."
    )
    embeddings: EmbeddingsMode = Field(
        default="local",
        description=(
            "local: sentence embeddings from the bundled all-MiniLM-L6-v2 model; off: none "
            "(callers fall back)."
        ),
    )
    embeddings_threads: int = Field(
        default=1, ge=1, le=64, description="CPU threads the local embedding model computes with."
    )
    embeddings_cache_size: int = Field(
        default=4096, ge=0, description="Vectors of recent texts kept per process (LRU); 0: none."
    )
    model_cache_dir: Path | None = Field(
        default=None,
        description=(
            "Where the local embedding model, exported to ONNX on its first load, is kept "
            "(default: $XDG_CACHE_HOME/bastion/models, shared by every home of the user)."
        ),
    )
    embeddings_wait_seconds: float = Field(
        default=10.0,
        ge=0,
        le=600,
        description=(
            "Longest a caller waits for a model still loading before embeddings are reported "
            "unavailable (and the caller falls back)."
        ),
    )

    @property
    def embedded(self) -> bool:
        """True when Bastion runs its own PostgreSQL server."""
        return self.database_url is None

    @property
    def pgdata(self) -> Path:
        return self.home.resolve() / "pgdata"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
