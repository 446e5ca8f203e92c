"""The semantic catalog: it loads, it matches the database, the role matrix is seed 001's,
and a broken catalog is refused with a clear error."""

from __future__ import annotations

from datetime import date
from typing import Any

import psycopg
import pytest
import yaml
from sqlalchemy.engine import URL

from bastion.catalog import Catalog, load_catalog, parse_catalog
from bastion.catalog.catalog import CATALOG_FILE
from bastion.db.server import libpq_uri
from bastion.errors import ConfigurationError
from bastion.planner import QueryPlan, plan_question
from bastion.planner.resolve_plan import relations_for_plan
from bastion.vocabulary import ROLES

FILM_CATALOGUE = {"film", "category", "film_category", "language", "actor", "film_actor"}
PLACES = {"city", "country"}
ROLE_MATRIX = {
    "admin": {
        "v_payment_scoped", "v_rental_scoped", "v_customer_masked", "v_staff_public",
        "v_store_location", "inventory", "store", *FILM_CATALOGUE, *PLACES,
    },
    "store_manager": {
        "v_payment_scoped", "v_rental_scoped", "v_staff_public", "v_store_location",
        "inventory", "store", *FILM_CATALOGUE, *PLACES,
    },
    "marketing": {
        "v_customer_masked", "v_rental_scoped", "v_store_location", *FILM_CATALOGUE, *PLACES,
    },
    "finance": {"v_payment_scoped", "v_staff_public", "v_store_location", "store"},
    # issue 6: decides on held questions; reads only what holds no people and no money
    "approver": {*FILM_CATALOGUE, *PLACES},
}  # fmt: skip
# The 15 tables of Pagila's schema; every one is described, column by column.
PAGILA_TABLES = {
    "actor", "address", "category", "city", "country", "customer", "film", "film_actor",
    "film_category", "inventory", "language", "payment", "rental", "staff", "store",
}  # fmt: skip
PEOPLE_OR_MONEY = {"payment", "rental", "customer", "staff", "address"}
TYPES = {"timestamp with time zone": "timestamptz", "character": "char"}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def catalog_text() -> str:
    from importlib import resources

    return resources.files("bastion.catalog").joinpath(CATALOG_FILE).read_text()


def test_loads_once_and_names_its_version(catalog: Catalog) -> None:
    assert load_catalog() is catalog
    assert catalog.version
    assert catalog.schema == "analytics"
    assert {"revenue", "rentals", "late_returns", "average_payment", "films"} <= set(
        catalog.measures
    )
    assert {"store", "film", "category", "rating", "actor", "customer_city"} <= set(
        catalog.dimensions
    )


def test_role_matrix_is_exactly_the_documented_one(catalog: Catalog) -> None:
    assert {r: set(catalog.relations_for_role(r)) for r in catalog.roles} == ROLE_MATRIX


def test_no_role_reads_a_base_table_with_people_or_money(catalog: Catalog) -> None:
    for role in catalog.roles:
        assert not catalog.relations_for_role(role) & PEOPLE_OR_MONEY
    assert not set(catalog.relations) & PEOPLE_OR_MONEY
    assert set(catalog.never_queryable) == PEOPLE_OR_MONEY


def test_an_unknown_role_reads_nothing(catalog: Catalog) -> None:
    assert catalog.relations_for_role("intern") == frozenset()
    assert catalog.suggestions_for_role("intern") == ()


def test_relations_with_a_store_are_scoped(catalog: Catalog) -> None:
    assert dict(catalog.scoped_relations) == {
        "v_payment_scoped": "store_id",
        "v_rental_scoped": "store_id",
        "v_customer_masked": "store_id",
        "v_staff_public": "store_id",
        "v_store_location": "store_id",
        "inventory": "store_id",
        "store": "store_id",
    }
    for name, relation in catalog.relations.items():
        assert (name in catalog.scoped_relations) == ("store_id" in relation.columns)


def analytics_columns(url: URL, kinds: str = "rvm") -> dict[str, dict[str, str]]:
    """Each relation of schema analytics of these kinds (pg_class.relkind: r table, v view,
    m materialised view) with its columns and their types as the catalog writes them."""
    with psycopg.connect(libpq_uri(url)) as conn:
        rows = conn.execute(
            """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod)
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'analytics' AND a.attnum > 0 AND NOT a.attisdropped
              AND c.relkind = ANY (%s)
            """,
            (list(kinds),),
        ).fetchall()
    found: dict[str, dict[str, str]] = {}
    for relation, column, sql_type in rows:
        plain = sql_type.split("(")[0].removeprefix("analytics.")
        found.setdefault(relation, {})[column] = TYPES.get(plain, plain)
    return found


def test_every_relation_and_column_exists_in_the_database(
    catalog: Catalog, template_url: URL
) -> None:
    found = analytics_columns(template_url)
    for role in catalog.roles:
        assert catalog.relations_for_role(role) <= set(found)
    for name, relation in catalog.relations.items():
        assert {c: col.type for c, col in relation.columns.items()} == found[name], name


def test_every_pagila_table_has_every_column_described(
    catalog: Catalog, pagila_template_url: URL
) -> None:
    """The real Pagila as `bastion init` loads it: each of its tables is a relation roles
    may read or a base table none may, with exactly its columns, each described with its
    type (and its sensitivity, which may be none)."""
    tables = analytics_columns(pagila_template_url, kinds="r")
    assert set(tables) == PAGILA_TABLES
    for name, columns in tables.items():
        described = catalog.described_columns(name)
        assert described is not None, f"table {name} is not in the catalog"
        assert {c: col.type for c, col in described.items()} == columns, name
        assert all(col.description for col in described.values()), name


@pytest.mark.parametrize(
    ("table", "sensitive", "plain"),
    [
        ("customer", {"first_name", "last_name", "email", "customer_id", "address_id"},
         {"store_id", "create_date"}),
        ("staff", {"first_name", "last_name", "email", "username", "password", "picture",
                   "staff_id", "address_id"}, {"store_id", "active"}),
        ("address", {"address", "address2", "postal_code", "phone"}, {"city_id", "district"}),
        ("payment", {"amount", "customer_id", "staff_id"}, {"payment_date"}),
        ("rental", {"customer_id", "staff_id"}, {"rental_date", "inventory_id"}),
        ("actor", set(), {"first_name", "last_name"}),
        ("film", {"rental_rate", "replacement_cost"}, {"title", "description"}),
        ("city", set(), {"city", "country_id"}),
        ("country", set(), {"country"}),
        ("store", {"manager_staff_id"}, {"store_id"}),
        ("category", set(), {"name"}),
        ("language", set(), {"name"}),
    ],
)  # fmt: skip
def test_people_and_money_are_sensitive_and_the_catalogue_is_not(
    catalog: Catalog, table: str, sensitive: set[str], plain: set[str]
) -> None:
    described = catalog.described_columns(table)
    assert described is not None
    assert {c for c in sensitive | plain if described[c].sensitivity} == sensitive


def test_every_role_has_suggestions_and_each_reads_what_it_says(catalog: Catalog) -> None:
    for role in catalog.roles:
        assert len(catalog.suggestions_for_role(role)) >= 3, role
    for suggestion in catalog.suggestions:
        plan = plan_question(
            suggestion.question, catalog=catalog, role="admin", as_of=date(2022, 8, 24)
        )
        assert isinstance(plan, QueryPlan), (suggestion.question, plan)
        assert relations_for_plan(plan, catalog) == suggestion.needs, suggestion.question


def test_the_role_matrix_names_every_role_and_no_other(catalog: Catalog, catalog_text: str) -> None:
    assert set(catalog.roles) == set(ROLES)

    def add_auditor(data: dict[str, Any]) -> None:
        data["roles"]["auditor"] = data["roles"]["admin"]

    assert "auditor" in refused(broken(catalog_text, add_auditor)).message


# -- broken catalogs -------------------------------------------------------------------------


def broken(text: str, change: Any) -> str:
    data = yaml.safe_load(text)
    change(data)
    return yaml.safe_dump(data, sort_keys=False)


def refused(text: str) -> ConfigurationError:
    with pytest.raises(ConfigurationError) as caught:
        parse_catalog(text)
    assert caught.value.code == "catalog.invalid"
    return caught.value


def test_a_measure_on_an_unknown_column_is_refused(catalog_text: str) -> None:
    def change(data: Any) -> None:
        data["measures"]["revenue"]["expression"] = "sum(price)"

    error = refused(broken(catalog_text, change))
    assert "measures.revenue: relation 'v_payment_scoped' has no column 'price'" in error.message


def test_an_unknown_relation_in_a_role_list_is_refused(catalog_text: str) -> None:
    def change(data: Any) -> None:
        data["roles"]["marketing"]["relations"].append("v_secret")

    error = refused(broken(catalog_text, change))
    assert "roles.marketing: unknown relation 'v_secret'" in error.message


def test_a_base_table_with_people_in_a_role_list_is_refused(catalog_text: str) -> None:
    def change(data: Any) -> None:
        data["roles"]["finance"]["relations"].append("payment")

    error = refused(broken(catalog_text, change))
    assert "roles.finance: 'payment' is a base table with people or money" in error.message


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (
            lambda d: d["measures"]["rentals"].update(relation="rental"),
            "measures.rentals.relation: unknown relation 'rental'",
        ),
        (
            lambda d: d["measures"]["late_returns"].update(
                expression="count(*) filter (where return_date > category.name)"
            ),
            "category is not reachable from v_rental_scoped without multiplying rows",
        ),
        (
            lambda d: d["measures"]["revenue"].update(expression="sum(amount"),
            "measures.revenue.expression: not a SQL expression",
        ),
        (
            lambda d: d["dimensions"]["rating"]["synonyms"].append("genre"),
            "synonym 'genre' is ambiguous",
        ),
        (lambda d: d["measures"]["revenue"].pop("format"), "measures.revenue.format"),
        (
            lambda d: d["relations"]["store"].update(scope_column="shop_id"),
            "relations.store.scope_column: no column 'shop_id'",
        ),
        (
            lambda d: d["dimensions"]["store"]["sources"].append(
                {"relation": "v_staff", "expression": "store_id"}
            ),
            "dimensions.store.sources[7]: unknown relation 'v_staff'",
        ),
        (
            lambda d: d["dimensions"]["staff"].update(requires=["v_staff"]),
            "dimensions.staff.requires: unknown relation 'v_staff'",
        ),
        (
            lambda d: d["joins"].append(
                {"from": "film.film_id", "to": "actor.film_id", "cardinality": "many_to_one"}
            ),
            "relation 'actor' has no column 'film_id'",
        ),
        (
            lambda d: d["measures"]["payments"].update(time_column="store_id"),
            "measures.payments.time_column: 'store_id' is integer, not a date or a time.",
        ),
        (
            lambda d: d["measures"].update(period=d["measures"]["revenue"]),
            "'period' is reserved for a time or period column",
        ),
        (
            lambda d: d["measures"].update(
                store={**d["measures"]["payments"], "synonyms": ["tills"]}
            ),
            "'store' is both a measure and a dimension",
        ),
        (
            lambda d: d["dimensions"]["customer"]["names"].update(relation="customers"),
            "dimensions.customer.names: unknown relation 'customers'",
        ),
        (
            lambda d: d["dimensions"]["customer"]["names"].update(expression="first_name"),
            "relation 'v_customer_masked' has no column 'first_name'",
        ),
        (
            lambda d: d["dimensions"]["staff"].update(names=d["dimensions"]["customer"]["names"]),
            "dimensions.staff.names: v_customer_masked is not reached from the dimension's values",
        ),
        (
            lambda d: d["measures"].update(
                customer_name={**d["measures"]["payments"], "synonyms": ["tills"]}
            ),
            "'customer_name' is reserved for a time or period column",
        ),
        (
            lambda d: d["never_queryable"]["staff"]["columns"]["password"].update(
                sensitivity=["secret"]
            ),
            "never_queryable.staff.columns.password: unknown tag 'secret'",
        ),
        (lambda d: d["never_queryable"]["staff"].pop("columns"), "never_queryable.staff.columns"),
        (
            lambda d: d["never_queryable"].update(store=d["never_queryable"]["staff"]),
            "relations.store: 'store' is never queryable",
        ),
        (lambda d: d["roles"]["finance"].pop("rationale"), "roles.finance.rationale"),
    ],
)
def test_other_mistakes_are_refused_with_their_place(
    catalog_text: str, change: Any, says: str
) -> None:
    assert says in refused(broken(catalog_text, change)).message


def test_text_that_is_not_yaml_is_refused() -> None:
    assert "not valid YAML" in refused("relations: [").message
