"""Importing the real Pagila dump (../shared/pagila) and refusing broken files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bastion.db.engine import Database
from bastion.demo.setup import current_dataset, load_pagila
from bastion.demo.tables import row_counts
from bastion.errors import InvalidInput
from tests.demo.test_generate import connect

PAGILA = Path(os.environ.get("BASTION_PAGILA_DIR", Path(__file__).parents[3] / "shared" / "pagila"))
SCHEMA, DATA = PAGILA / "pagila-schema.sql", PAGILA / "pagila-data.sql"

EXPECTED = {
    "actor": 200,
    "film": 1000,
    "film_actor": 5462,
    "category": 16,
    "film_category": 2367,
    "language": 6,
    "staff": 1500,
    "store": 500,
    "inventory": 4581,
    "rental": 16044,
    "payment": 16049,
    "customer": 599,
    "address": 603,
    "city": 600,
    "country": 109,
}


def test_the_pagila_files_are_there() -> None:
    assert SCHEMA.is_file() and DATA.is_file(), f"Pagila not found in {PAGILA}"


def test_import_loads_every_row(fresh_db: Database) -> None:
    result = load_pagila(fresh_db, SCHEMA, DATA)
    assert result.dataset.row_counts == EXPECTED
    with connect(fresh_db.url) as conn:
        assert row_counts(conn) == EXPECTED
        months = conn.execute(
            "SELECT extract(month FROM payment_date)::int, count(*) FROM analytics.payment "
            "GROUP BY 1 ORDER BY 1"
        ).fetchall()
        assert [n for _, n in months] == [723, 2401, 2713, 2547, 2677, 2654, 2334]
        # The scoped views work on the real data: customers and inventory are in stores 1, 2.
        stores = conn.execute(
            "SELECT DISTINCT store_id FROM analytics.v_payment_scoped ORDER BY 1"
        ).fetchall()
        assert stores == [(1,), (2,)]
    dataset = current_dataset(fresh_db)
    assert dataset is not None and dataset.kind == "pagila"


def test_a_file_that_is_not_pagila_is_refused(fresh_db: Database, tmp_path: Path) -> None:
    fake = tmp_path / "schema.sql"
    fake.write_text("CREATE TABLE public.something (id int);\n")
    with pytest.raises(InvalidInput) as caught:
        load_pagila(fresh_db, fake, DATA)
    assert caught.value.code == "import.not_pagila"


def test_a_broken_data_file_changes_nothing(fresh_db: Database, tmp_path: Path) -> None:
    with connect(fresh_db.url) as conn:
        before = row_counts(conn)
    lines = DATA.read_text().splitlines(keepends=True)
    broken = tmp_path / "data.sql"
    # Cut the file in the middle of the rental block.
    cut = next(i for i, line in enumerate(lines) if line.startswith("COPY public.rental")) + 500
    broken.write_text("".join(lines[:cut]))
    with pytest.raises(InvalidInput) as caught:
        load_pagila(fresh_db, SCHEMA, broken)
    assert caught.value.code == "import.invalid_data"
    assert "rental" in caught.value.message
    with connect(fresh_db.url) as conn:
        assert row_counts(conn) == before  # the demo data is untouched
    dataset = current_dataset(fresh_db)
    assert dataset is not None and dataset.kind == "generated"


def test_missing_files_are_a_clear_error(fresh_db: Database, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as caught:
        load_pagila(fresh_db, tmp_path / "nope.sql", DATA)
    assert caught.value.code == "import.file_missing"
