"""The composition root: what a running Bastion process holds (settings, the database,
the SQL executor, password and token services, the box org secrets are sealed in, the
model router, the caches of prompt packs, models, policies, valid suggestions and
questions' results, the embedder, and a short-lived cache of facts about the loaded
data), wired once from settings.

The API, the web app, the CLI and the background workers build on ``Services``; the
domain packages below never import it: each says what it needs (``bastion.ask.context.
AskServices``) or takes the pieces as arguments.

Nothing here is state a second process would need to see; all shared state is in
PostgreSQL, the caches are revalidated against the database's config counters, and the
data-facts cache re-checks which data set is loaded every few seconds.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import date

import psycopg
from sqlalchemy import text

from bastion.ask.suggestions import SuggestionCache
from bastion.catalog import Catalog, DataFacts, load_catalog, load_known_values
from bastion.db.engine import Database
from bastion.embeddings import Embedder, embedder_for
from bastion.execution.executor import SqlExecutor
from bastion.execution.results import ResultCache
from bastion.identity.passwords import Passwords
from bastion.identity.throttle import LoginThrottle
from bastion.identity.tokens import TokenIssuer
from bastion.models.breaker import CircuitBreakers
from bastion.models.client import OpenAIClient
from bastion.models.registry import ModelCache
from bastion.models.router import ModelRouter
from bastion.planner import QueryPlan, compile_plan, plan_question
from bastion.planner.lexicon import catalog_lexicon
from bastion.planner.synonyms import prepare
from bastion.policy.engine import PolicyCache
from bastion.prompts.resolve import PromptCache
from bastion.secrets import KeyResolver, SecretBox
from bastion.settings import Settings

FACTS_TTL_SECONDS = 10.0


@dataclass
class Services:
    settings: Settings
    db: Database
    passwords: Passwords
    tokens: TokenIssuer
    executor: SqlExecutor
    models: ModelCache
    router: ModelRouter
    policies: PolicyCache
    embedder: Embedder
    secret_box: SecretBox
    throttle: LoginThrottle
    results: ResultCache
    prompts: PromptCache = field(default_factory=PromptCache, repr=False)
    suggestions: SuggestionCache = field(default_factory=SuggestionCache, repr=False)
    _facts: tuple[float, DataFacts] | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def from_settings(
        cls, settings: Settings, db: Database | None = None, embedder: Embedder | None = None
    ) -> Services:
        database = db if db is not None else Database.from_settings(settings)
        box = SecretBox.from_settings(settings)
        return cls(
            settings=settings,
            db=database,
            passwords=Passwords.from_settings(settings),
            tokens=TokenIssuer.from_settings(settings),
            executor=SqlExecutor.from_settings(settings, database),
            models=ModelCache(settings),
            policies=PolicyCache(load_catalog()),
            embedder=embedder if embedder is not None else embedder_for(settings),
            secret_box=box,
            throttle=LoginThrottle.from_settings(settings, database.autocommit),
            results=ResultCache(settings.result_cache_mb * 1024 * 1024),
            router=ModelRouter(
                OpenAIClient(),
                CircuitBreakers(
                    settings.llm_breaker_failures, settings.llm_breaker_cooldown_seconds
                ),
                keys=KeyResolver.from_settings(settings, database.autocommit, box),
                max_tokens=settings.llm_max_output_tokens,
            ),
        )

    @property
    def catalog(self) -> Catalog:
        return load_catalog()

    def data_facts(self) -> DataFacts:
        """As-of date and known values of the loaded data, cached for a few seconds and
        reloaded when another data set has been loaded."""
        now = time.monotonic()
        cached = self._facts
        if cached is not None and now - cached[0] < FACTS_TTL_SECONDS:
            return cached[1]
        with self._lock:
            cached = self._facts
            if cached is not None and time.monotonic() - cached[0] < FACTS_TTL_SECONDS:
                return cached[1]
            with self.db.autocommit.connect() as conn:
                dataset_id = conn.execute(
                    text("SELECT max(id) FROM bastion.analytics_datasets")
                ).scalar()
            if cached is not None and cached[1].dataset_id == dataset_id:
                facts = cached[1]
            else:
                facts = self._load_facts(dataset_id)
            self._facts = (time.monotonic(), facts)
            return facts

    def _load_facts(self, dataset_id: int | None) -> DataFacts:
        with self.db.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert isinstance(raw, psycopg.Connection)
            known = load_known_values(raw)
        return DataFacts(
            dataset_id=dataset_id, as_of=known.newest_date or date.today(), known_values=known
        )

    def warm_up(self) -> None:
        """Do at start what the first questions would otherwise pay for: load the catalog
        and the data facts, build the planner's lookups, open database connections."""

        catalog = load_catalog()
        facts = self.data_facts()
        # (a named day builds the year's holiday calendar: "on Memorial Day")
        for question in ("total revenue", "rentals on Memorial Day"):
            planned = plan_question(
                question,
                catalog=catalog,
                role="admin",
                as_of=facts.as_of,
                known_values=facts.known_values,
            )
            if isinstance(planned, QueryPlan):
                compile_plan(planned, catalog)
        for engine in (self.db.engine, self.executor.engine):
            size = engine.pool.size()  # type: ignore[attr-defined]
            connections = [engine.raw_connection() for _ in range(size)]
            for connection in connections:
                connection.close()

    def prepare_embeddings(self, timeout: float | None = 300) -> None:
        """Once the embedding model is loaded, embed the catalog's terms, so that the
        first question with a word matched by meaning does not pay for it."""
        if self.embedder.wait_ready(timeout=timeout):
            prepare(catalog_lexicon(load_catalog()), self.embedder)

    def dispose(self) -> None:
        self.executor.dispose()
        self.db.dispose()
