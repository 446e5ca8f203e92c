"""Store numbers as people type them, read alike by the web form and the CLI."""

from __future__ import annotations

import pytest

from bastion.errors import InvalidInput
from bastion.identity.service import parse_store_ids


@pytest.mark.parametrize(
    ("typed", "stores"),
    [("", []), ("  ", []), ("1", [1]), ("2,1", [1, 2]), ("1, 2 2,,3", [1, 2, 3])],
)
def test_store_numbers_by_commas_or_spaces(typed: str, stores: list[int]) -> None:
    assert parse_store_ids(typed) == stores


@pytest.mark.parametrize("typed", ["a", "1;2", "-1", "1.5", "1234567890", "\u0661"])
def test_anything_else_is_one_clear_error(typed: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_store_ids(typed)
    assert caught.value.code == "users.invalid_store"
    assert "separated by commas" in caught.value.message
