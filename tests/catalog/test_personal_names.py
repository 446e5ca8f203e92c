"""Which questions ask for people's names: the catalog's sensitivity decides, so the
names of actors (no personal tag) are data like any other, and the names of customers
and staff members (tagged as personal) are not to be asked for."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from bastion.catalog import Catalog, load_catalog, parse_catalog
from bastion.catalog.personal_names import asks_for_personal_names, name_subjects
from tests.catalog.test_catalog import broken, refused


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.mark.parametrize(
    "question",
    [
        "list customer names in India",
        "customer first names",
        "customers' last names",
        "what are the names of the customers?",
        "first names of the staff",
        "staff member names",
        "who are the customers",
        "names of the employees",
        "surnames of renters",
        "which actors share a first name with a customer?",  # a person is in it
        "what are the first names",  # whose?
        "full names please",
    ],
)
def test_customers_and_staff_names_are_personal(catalog: Catalog, question: str) -> None:
    assert asks_for_personal_names(question.lower(), catalog)


@pytest.mark.parametrize(
    "question",
    [
        "actors whose first name is Nick",
        "the most common first name among actors",
        "actors' first names",
        "full names of actors",
        "actor last names by rentals",
        "surnames of the cast members",
        "film titles and names of categories",
        "city names of our customers",  # a customer's city is not their name
        "top 10 customers by revenue",
        "who is the top customer by revenue",
        "rentals by staff member",
        "revenue by store",
    ],
)
def test_actors_films_and_places_are_not(catalog: Catalog, question: str) -> None:
    assert not asks_for_personal_names(question.lower(), catalog)


def test_the_subjects_come_from_the_dimensions_sensitivity(catalog: Catalog) -> None:
    subjects = name_subjects(catalog)
    assert {("customer",), ("customers",), ("staff",), ("employees",)} <= subjects.personal
    assert {("actor",), ("actors",), ("film",), ("city",)} <= subjects.free
    assert ("first", "name") not in subjects.free  # a kind of name, not whose


def tag_actor_names(data: dict[str, Any]) -> None:
    columns = data["relations"]["actor"]["columns"]
    for column in ("first_name", "last_name"):
        columns[column]["sensitivity"] = ["pii"]


def test_tagging_actor_names_as_personal_makes_them_personal(catalog: Catalog) -> None:
    from importlib import resources

    text = resources.files("bastion.catalog").joinpath("catalog.yaml").read_text()
    strict = parse_catalog(broken(text, tag_actor_names))
    assert asks_for_personal_names("actors whose first name is nick", strict)
    assert not asks_for_personal_names("actors whose first name is nick", catalog)


def test_personal_tags_must_be_known_tags() -> None:
    from importlib import resources

    text = resources.files("bastion.catalog").joinpath("catalog.yaml").read_text()
    data = yaml.safe_load(text)
    data["personal_tags"].append("secret")
    error = refused(yaml.safe_dump(data, sort_keys=False))
    assert "personal_tags: unknown tag 'secret'" in error.message
