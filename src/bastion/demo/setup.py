"""Setting up a Bastion database: migrate, load analytics data (the real Pagila shipped in
the package, another copy of it, or generated data), create the demo users and seed the
demo org's worked examples.

Loading runs in one transaction together with the row that records what was loaded, so
an interrupted load leaves the previous data (or none) and never half a data set.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import select

from bastion.db import migrate
from bastion.db.engine import Database
from bastion.db.models import AnalyticsDataset
from bastion.db.server import describe
from bastion.demo.examples import seed_demo_examples
from bastion.demo.generate import generate as generate_data
from bastion.demo.pagila import import_pagila, packaged_data
from bastion.demo.tables import ANALYTICS_TABLES, truncate_analytics
from bastion.demo.users import DemoUser, seed_demo_users
from bastion.errors import InvalidInput
from bastion.identity.passwords import Passwords
from bastion.progress import Progress, SilentProgress
from bastion.vocabulary import DatasetKind

DEFAULT_SEED = 20220214
# Materialised joins behind the scoped views (migration 0004), refreshed by triggers.
FACT_TABLES = ("payment_facts", "rental_facts")
MIN_SCALE, MAX_SCALE = 0.01, 100.0


@dataclass
class DatasetInfo:
    kind: DatasetKind
    scale: float | None
    seed: int | None
    row_counts: dict[str, int]
    loaded_at: datetime
    reused: bool

    @property
    def total_rows(self) -> int:
        return sum(self.row_counts.values())


@dataclass
class SetupResult:
    database: str
    revision_before: str | None
    revision: str
    dataset: DatasetInfo
    users: list[tuple[DemoUser, bool]] = field(default_factory=list)
    seconds: float = 0.0
    load_seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        rows_per_second = (
            self.dataset.total_rows / self.load_seconds
            if self.load_seconds and not self.dataset.reused
            else None
        )
        return {
            "database": self.database,
            "revision_before": self.revision_before,
            "revision": self.revision,
            "dataset": {
                "kind": self.dataset.kind,
                "scale": self.dataset.scale,
                "seed": self.dataset.seed,
                "reused": self.dataset.reused,
                "loaded_at": self.dataset.loaded_at.isoformat(),
                "row_counts": self.dataset.row_counts,
                "total_rows": self.dataset.total_rows,
            },
            "demo_users": [
                {
                    "username": u.username,
                    "password": u.password,
                    "role": u.role,
                    "scope": u.scope,
                    "created": created,
                }
                for u, created in self.users
            ],
            "seconds": round(self.seconds, 3),
            "load_seconds": round(self.load_seconds, 3),
            "rows_per_second": round(rows_per_second) if rows_per_second else None,
        }


def check_scale(scale: float) -> None:
    if not MIN_SCALE <= scale <= MAX_SCALE:
        raise InvalidInput(
            f"--scale must be between {MIN_SCALE} and {MAX_SCALE:g}.", code="init.invalid_scale"
        )


def check_files(*paths: Path) -> None:
    for path in paths:
        if not path.is_file():
            raise InvalidInput(f"There is no file {path}.", code="import.file_missing")


def current_dataset(db: Database) -> AnalyticsDataset | None:
    with db.session() as session:
        return session.scalars(
            select(AnalyticsDataset).order_by(AnalyticsDataset.id.desc()).limit(1)
        ).one_or_none()


def _load(
    db: Database,
    kind: str,
    loader: Callable[[psycopg.Connection[Any]], dict[str, int]],
    *,
    scale: float | None,
    seed: int | None,
) -> AnalyticsDataset:
    with db.engine.begin() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, psycopg.Connection)
        truncate_analytics(raw)
        counts = loader(raw)
        for table in (*ANALYTICS_TABLES, *FACT_TABLES):
            raw.execute(f"ANALYZE analytics.{table}")
        with db.sessions(bind=conn) as session:
            dataset = AnalyticsDataset(kind=kind, scale=scale, seed=seed, row_counts=counts)
            session.add(dataset)
            session.flush()
            session.refresh(dataset)
            session.expunge(dataset)
    return dataset


def initialise(
    db: Database,
    passwords: Passwords,
    *,
    generate: bool = False,
    scale: float | None = None,
    seed: int | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> SetupResult:
    """Migrate, load the demo data unless data is loaded (or ``force``), seed demo users
    and the demo org's worked examples.

    The demo data is the real Pagila shipped in the package. With ``generate`` (which a
    ``scale`` or a ``seed`` implies) it is generated Pagila-shaped data instead, at
    ``scale`` (default 1) from ``seed``, for tests and scale tests.
    """
    generate = generate or scale is not None or seed is not None
    data_scale = 1.0 if scale is None else scale
    data_seed = DEFAULT_SEED if seed is None else seed
    if generate:
        check_scale(data_scale)
    progress = progress or SilentProgress()
    started = time.perf_counter()
    progress.stage("migrating the database")
    before, after = migrate.upgrade(db)

    existing = current_dataset(db)
    load_seconds = 0.0
    if existing is not None and not force:
        progress.stage(
            f"reusing the {existing.kind} data loaded {existing.loaded_at:%Y-%m-%d %H:%M}"
        )
        dataset, reused = existing, True
    else:
        load_started = time.perf_counter()
        if generate:
            progress.stage(f"generating demo data at scale {data_scale:g}")

            def loader(conn: psycopg.Connection[Any]) -> dict[str, int]:
                return generate_data(
                    conn, scale=data_scale, seed=data_seed, progress=progress.table
                )

            dataset = _load(db, "generated", loader, scale=data_scale, seed=data_seed)
        else:
            progress.stage("loading Pagila")
            with packaged_data() as path:
                dataset = _load_pagila(db, path, None, progress)
        load_seconds = time.perf_counter() - load_started
        reused = False

    progress.stage("creating the demo organisation and users")
    with db.session() as session:
        users = seed_demo_users(session, passwords)
    progress.stage("seeding the demo organisation's worked examples")
    seed_demo_examples(db)
    return SetupResult(
        database=describe(db.url),
        revision_before=before,
        revision=after,
        dataset=_info(dataset, reused),
        users=users,
        seconds=time.perf_counter() - started,
        load_seconds=load_seconds,
    )


def load_pagila(
    db: Database,
    data_path: Path,
    *,
    schema_path: Path | None = None,
    progress: Progress | None = None,
) -> SetupResult:
    """Migrate, then replace the analytics data with a copy of the Pagila dump: its data
    file (plain or gzipped) and, to check it is Pagila's, its schema file if given."""
    progress = progress or SilentProgress()
    check_files(*([schema_path] if schema_path else []), data_path)
    started = time.perf_counter()
    progress.stage("migrating the database")
    before, after = migrate.upgrade(db)
    progress.stage(f"importing Pagila from {data_path.name}")
    load_started = time.perf_counter()
    dataset = _load_pagila(db, data_path, schema_path, progress)
    return SetupResult(
        database=describe(db.url),
        revision_before=before,
        revision=after,
        dataset=_info(dataset, False),
        seconds=time.perf_counter() - started,
        load_seconds=time.perf_counter() - load_started,
    )


def _load_pagila(
    db: Database, data_path: Path, schema_path: Path | None, progress: Progress
) -> AnalyticsDataset:
    def loader(conn: psycopg.Connection[Any]) -> dict[str, int]:
        return import_pagila(conn, data_path, schema_path=schema_path, progress=progress.table)

    return _load(db, "pagila", loader, scale=None, seed=None)


def _info(dataset: AnalyticsDataset, reused: bool) -> DatasetInfo:
    return DatasetInfo(
        kind=dataset.kind,
        scale=dataset.scale,
        seed=dataset.seed,
        row_counts=dict(dataset.row_counts),
        loaded_at=dataset.loaded_at,
        reused=reused,
    )
