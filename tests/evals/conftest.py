"""A private copy of the test database with its own services, for the evaluation tests:
they ask questions as the demo users, which the audit trail then holds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from bastion.db.engine import Database
from bastion.services import Services
from tests.conftest import TEMPLATE, create_database, make_settings

SAMPLE = Path(__file__).parent / "sample.jsonl"


@pytest.fixture(scope="session")
def eval_db(admin_uri: str, template_url: URL) -> Iterator[Database]:
    db = Database(create_database(admin_uri, "bastion_evals", template=TEMPLATE))
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def eval_services(
    eval_db: Database, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Services]:
    services = Services.from_settings(
        make_settings(tmp_path_factory.mktemp("evals"), eval_db.url), db=eval_db
    )
    yield services
    services.executor.dispose()
