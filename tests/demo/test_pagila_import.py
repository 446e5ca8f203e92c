"""The real Pagila: the copy shipped in the package (what `bastion init` loads), importing
other copies of the dump, and refusing broken files. Files a test needs are written to
its tmp_path from the packaged data; nothing outside the repository is read."""

from __future__ import annotations

import gzip
import hashlib
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from bastion.ask.context import AskRequest
from bastion.ask.flow import answer_question
from bastion.db.engine import Database
from bastion.demo.pagila import packaged_data
from bastion.demo.setup import current_dataset, load_pagila
from bastion.demo.tables import ANALYTICS_TABLES, row_counts
from bastion.demo.users import DEMO_USERS
from bastion.errors import InvalidInput
from bastion.execution.executor import Scope, SqlExecutor, reader_url
from bastion.identity import service as identity
from bastion.services import Services
from tests.conftest import make_settings
from tests.demo.test_generate import connect

# Counted from the dump's COPY blocks (and the same after loading).
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
PAYMENTS_PER_MONTH = [723, 2401, 2713, 2547, 2677, 2654, 2334]  # January to July 2022
# pagila-data.sql at Pagila's commit 5ba5a57 (see src/bastion/demo/data/README.md).
PAGILA_DATA_SHA256 = "880580fb2cd4daaa99f290ced264988cdd657b3158be63cd281466f796f6dbf2"
STORE_1 = Scope(store_ids=(1,), all_stores=False)


@pytest.fixture(scope="module")
def pagila_sql(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The packaged data uncompressed, as the dump is distributed: pagila-data.sql."""
    path = tmp_path_factory.mktemp("pagila") / "pagila-data.sql"
    with packaged_data() as packaged, gzip.open(packaged, "rb") as src, path.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return path


def schema_file(folder: Path, tables: tuple[str, ...] = ANALYTICS_TABLES) -> Path:
    """What the importer checks in pagila-schema.sql: the tables and payment's partitions."""
    path = folder / "pagila-schema.sql"
    lines = [f"CREATE TABLE public.{table} (\n    id integer\n);\n" for table in tables]
    lines += [
        f"ALTER TABLE ONLY public.payment ATTACH PARTITION public.payment_p2022_0{m} "
        f"FOR VALUES FROM ('2022-0{m}-01') TO ('2022-0{m + 1}-01');\n"
        for m in range(1, 8)
    ]
    path.write_text("".join(lines))
    return path


# --- the packaged copy, as `bastion init` loads it ------------------------------------


def test_the_package_ships_pagilas_data_with_its_licence() -> None:
    with packaged_data() as path:
        assert path.stat().st_size < 1_000_000  # compressed
        assert hashlib.sha256(gzip.decompress(path.read_bytes())).hexdigest() == (
            PAGILA_DATA_SHA256
        )
        licence = (path.parent / "LICENSE.txt").read_text(encoding="utf-8")
    assert "Copyright (c) Devrim Gündüz" in licence


def test_init_loads_the_real_pagila(pagila_db: Database) -> None:
    with connect(pagila_db.url) as conn:
        assert row_counts(conn) == EXPECTED
        months = conn.execute(
            "SELECT extract(month FROM payment_date)::int, count(*) FROM analytics.payment "
            "GROUP BY 1 ORDER BY 1"
        ).fetchall()
        assert [n for _, n in months] == PAYMENTS_PER_MONTH
        # Pagila's 500 stores have generated staff; customers and inventory are in 1 and 2.
        stores = conn.execute("SELECT DISTINCT store_id FROM analytics.payment_facts").fetchall()
        assert sorted(stores) == [(1,), (2,)]
    dataset = current_dataset(pagila_db)
    assert dataset is not None and dataset.kind == "pagila"
    assert dataset.row_counts == EXPECTED
    with pagila_db.session() as session:
        demo = {u.user.username for u in identity.list_users(session) if u.user.is_demo}
    assert demo == {u.username for u in DEMO_USERS}


@pytest.fixture
def pagila_services(tmp_path: Path, pagila_db: Database) -> Iterator[Services]:
    services = Services.from_settings(make_settings(tmp_path, pagila_db.url), db=pagila_db)
    yield services
    services.executor.dispose()


def test_a_store_1_manager_sees_store_1_of_pagila(
    pagila_db: Database, pagila_services: Services
) -> None:
    executor = SqlExecutor(pagila_db, reader_url(pagila_db.url, None), statement_timeout_ms=5000)
    try:
        payments = executor.run(
            "SELECT store_id, count(*), sum(amount) FROM analytics.v_payment_scoped GROUP BY 1",
            STORE_1,
        ).rows
        rentals = executor.run("SELECT count(*) FROM analytics.v_rental_scoped", STORE_1).rows
        customers = executor.run(
            "SELECT DISTINCT store_id FROM analytics.v_customer_masked", STORE_1
        ).rows
        location = executor.run("SELECT * FROM analytics.v_store_location", STORE_1).rows
        staff = executor.run(
            "SELECT DISTINCT store_id, count(*) FROM analytics.v_staff_public GROUP BY 1", STORE_1
        ).rows
    finally:
        executor.dispose()
    assert [tuple(row) for row in payments] == [(1, 7928, Decimal("33689.74"))]
    assert [tuple(row) for row in rentals] == [(7923,)]
    assert [tuple(row) for row in customers] == [(1,)]
    # this Pagila puts store 1 at address 129, 569 Baicheng Lane, Boksburg
    assert [tuple(row) for row in location] == [(1, "Boksburg", "South Africa", "Gauteng")]
    assert [row[0] for row in staff] == [1] and staff[0][1] >= 1

    with pagila_db.session() as session:
        manager = identity.principal_of(identity.find_user(session, "manager_store1"))
    ctx = answer_question(pagila_services, manager, AskRequest("revenue by store"))
    assert ctx.status == "ok", ctx.error
    assert ctx.result is not None
    assert [tuple(row) for row in ctx.result.rows] == [(1, Decimal("33689.74"))]
    other = answer_question(pagila_services, manager, AskRequest("total revenue for store 2"))
    assert other.status == "refused"
    assert other.error is not None and other.error.code == "scope.store_not_allowed"


# --- other copies of the dump ---------------------------------------------------------


def test_import_loads_every_row_of_a_plain_copy(fresh_db: Database, pagila_sql: Path) -> None:
    result = load_pagila(fresh_db, pagila_sql, schema_path=schema_file(pagila_sql.parent))
    assert result.dataset.row_counts == EXPECTED
    with connect(fresh_db.url) as conn:
        assert row_counts(conn) == EXPECTED
    dataset = current_dataset(fresh_db)
    assert dataset is not None and dataset.kind == "pagila"  # it replaced the generated data


def test_a_schema_that_is_not_pagilas_is_refused(
    fresh_db: Database, tmp_path: Path, pagila_sql: Path
) -> None:
    fake = schema_file(tmp_path, tables=("actor", "something"))
    with pytest.raises(InvalidInput) as caught:
        load_pagila(fresh_db, pagila_sql, schema_path=fake)
    assert caught.value.code == "import.not_pagila"
    assert "film" in caught.value.message


def test_a_truncated_data_file_changes_nothing(
    fresh_db: Database, tmp_path: Path, pagila_sql: Path
) -> None:
    with connect(fresh_db.url) as conn:
        before = row_counts(conn)
    lines = pagila_sql.read_text().splitlines(keepends=True)
    broken = tmp_path / "data.sql"
    # Cut the file in the middle of the rental block.
    cut = next(i for i, line in enumerate(lines) if line.startswith("COPY public.rental")) + 500
    broken.write_text("".join(lines[:cut]))
    with pytest.raises(InvalidInput) as caught:
        load_pagila(fresh_db, broken)
    assert caught.value.code == "import.invalid_data"
    assert "rental" in caught.value.message
    with connect(fresh_db.url) as conn:
        assert row_counts(conn) == before  # the demo data is untouched
    dataset = current_dataset(fresh_db)
    assert dataset is not None and dataset.kind == "generated"


def test_a_truncated_gzip_file_changes_nothing(fresh_db: Database, tmp_path: Path) -> None:
    with connect(fresh_db.url) as conn:
        before = row_counts(conn)
    broken = tmp_path / "pagila-data.sql.gz"
    with packaged_data() as packaged:
        data = packaged.read_bytes()
    broken.write_bytes(data[: len(data) // 3])
    with pytest.raises(InvalidInput) as caught:
        load_pagila(fresh_db, broken)
    assert caught.value.code == "import.invalid_data"
    assert "truncated" in caught.value.message
    with connect(fresh_db.url) as conn:
        assert row_counts(conn) == before


def test_a_file_with_no_pagila_data_is_refused(fresh_db: Database, tmp_path: Path) -> None:
    other = tmp_path / "other.sql"
    other.write_text("SET statement_timeout = 0;\nCOPY public.things (id) FROM stdin;\n1\n\\.\n")
    with pytest.raises(InvalidInput) as caught:
        load_pagila(fresh_db, other)
    assert caught.value.code == "import.invalid_data"
    assert "no COPY data" in caught.value.message


def test_missing_files_are_a_clear_error(
    fresh_db: Database, tmp_path: Path, pagila_sql: Path
) -> None:
    with pytest.raises(InvalidInput) as caught:
        load_pagila(fresh_db, pagila_sql, schema_path=tmp_path / "nope.sql")
    assert caught.value.code == "import.file_missing"
    with pytest.raises(InvalidInput) as caught:
        load_pagila(fresh_db, tmp_path / "nope.sql")
    assert caught.value.code == "import.file_missing"
