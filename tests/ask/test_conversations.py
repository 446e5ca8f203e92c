"""Whether an answer of a conversation may be shown again to its reader as they are now
(``audit.still_visible``): the same role or an admin, stores that cover the turn's, and
every relation it read still readable."""

from __future__ import annotations

from typing import Any

import pytest

from bastion.ask.audit import still_visible
from bastion.identity.principal import Principal

READABLE = frozenset({"v_payment_scoped", "store"})


def turn(**values: Any) -> dict[str, Any]:
    return {
        "role": "store_manager",
        "store_ids": [1, 2],
        "is_all_stores": False,
        "relations": ["v_payment_scoped"],
        **values,
    }


def reader(role: str = "store_manager", stores: tuple[int, ...] = (1, 2), **kw: Any) -> Principal:
    return Principal(1, "reader", 1, role, stores, kw.get("is_all_stores", False))


@pytest.mark.parametrize(
    ("shown", "now", "readable", "visible"),
    [
        (turn(), reader(), READABLE, True),
        (turn(store_ids=[1]), reader(stores=(1, 2)), READABLE, True),
        (turn(), reader(stores=(2,)), READABLE, False),  # a store was taken away
        (turn(is_all_stores=True), reader(), READABLE, False),
        (turn(is_all_stores=True), reader(stores=(), is_all_stores=True), READABLE, True),
        (turn(), reader("finance"), READABLE, False),  # another role
        (turn(), reader("admin", (), is_all_stores=True), READABLE, True),
        (turn(relations=["v_customer_masked"]), reader(), READABLE, False),
        (turn(relations=None), reader(), READABLE, True),  # refused before reading anything
    ],
)
def test_an_answer_is_shown_again_only_while_it_may_be_seen(
    shown: dict[str, Any], now: Principal, readable: frozenset[str], visible: bool
) -> None:
    assert still_visible(shown, now, readable) is visible
