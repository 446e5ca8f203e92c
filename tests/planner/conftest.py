"""Planner fixtures: a private copy of the demo data (read only) and the values and as-of
date the planner is given, computed here independently of the code under test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import URL

from bastion.catalog import Catalog, KnownValues, load_catalog, load_known_values
from bastion.db.server import libpq_uri
from tests.conftest import TEMPLATE, create_database


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="session")
def analytics(admin_uri: str, template_url: URL) -> Iterator[psycopg.Connection[Any]]:
    """A connection (as the owner) to a copy of the demo data, so that the template stays
    free for other tests to copy."""
    url = create_database(admin_uri, "bastion_planner", template=TEMPLATE)
    with psycopg.connect(libpq_uri(url), autocommit=True) as conn:
        conn.execute("SET default_transaction_read_only = on")
        yield conn


@pytest.fixture(scope="session")
def as_of(analytics: psycopg.Connection[Any]) -> date:
    """The newest payment or rental day: what the demo uses as "today"."""
    row = analytics.execute(
        "SELECT greatest(max(p.payment_date), max(r.rental_date))::date "
        "FROM analytics.payment p, analytics.rental r"
    ).fetchone()
    assert row is not None
    return row[0]  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def known_values(analytics: psycopg.Connection[Any]) -> KnownValues:
    return load_known_values(analytics)
