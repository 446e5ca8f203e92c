"""The golden files of the SQL guard (sqlglot's fixture style) and the policies they name.

``fixtures/allowed.sql``: blocks of ``-- policy: ROLE stores=...``, an optional
``-- title: ...``, the input SQL (any number of lines, comments included), ``-- rewrite:``
and the expected SQL on one line. ``fixtures/rejected.sql``: ``-- policy:``, an optional
``-- title:``, ``-- expect: CODE [WORD]`` (WORD must appear in a reason's message) and the
input SQL. Blocks are separated by blank lines; a block without a policy line is a comment.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bastion.guard import GuardPolicy

FIXTURES = Path(__file__).parent / "fixtures"

# The product's role allowlists and store-scoped relations (analytics schema).
ROLE_RELATIONS: dict[str, frozenset[str]] = {
    "admin": frozenset(
        {
            "v_payment_scoped",
            "v_rental_scoped",
            "v_customer_masked",
            "film",
            "category",
            "film_category",
            "actor",
            "film_actor",
            "inventory",
            "store",
            "language",
        }
    ),
    "store_manager": frozenset(
        {
            "v_payment_scoped",
            "v_rental_scoped",
            "film",
            "category",
            "film_category",
            "inventory",
            "store",
        }
    ),
    "marketing": frozenset(
        {"v_customer_masked", "v_rental_scoped", "film", "category", "film_category"}
    ),
    "finance": frozenset({"v_payment_scoped", "store"}),
}
SCOPED_RELATIONS = {
    name: "store_id"
    for name in ("v_payment_scoped", "v_rental_scoped", "v_customer_masked", "inventory", "store")
}


def policy(role: str, stores: str = "1", limit: int = 200) -> GuardPolicy:
    """``stores`` is ``all``, ``none`` or ids separated by commas."""
    return GuardPolicy(
        allowed_relations=ROLE_RELATIONS[role],
        scoped_relations=SCOPED_RELATIONS,
        store_ids=() if stores in ("all", "none") else tuple(int(s) for s in stores.split(",")),
        all_stores=stores == "all",
        max_limit=limit,
    )


def parse_policy(header: str) -> GuardPolicy:
    role, *options = header.split()
    settings = dict(option.split("=", 1) for option in options)
    return policy(role, settings.get("stores", "1"), int(settings.get("limit", "200")))


@dataclass(frozen=True)
class Case:
    line: int  # where the block starts in its file
    policy_header: str
    title: str
    sql: str
    expected: str  # allowed.sql: the rewrite; rejected.sql: "CODE [WORD]"

    @property
    def policy(self) -> GuardPolicy:
        return parse_policy(self.policy_header)

    @property
    def id(self) -> str:
        return f"L{self.line}-{self.title or self.sql[:40]}"


def read_cases(name: str) -> list[Case]:
    cases = []
    line = 1
    for block in (FIXTURES / name).read_text(encoding="utf-8").split("\n\n"):
        lines = block.strip("\n").splitlines()
        start = line + len(block) - len(block.lstrip("\n"))
        line += block.count("\n") + 2
        headers: dict[str, str] = {}
        sql: list[str] = []
        expected: list[str] = []
        for text in lines:
            key, _, value = text.removeprefix("-- ").partition(":")
            if text.startswith("-- ") and key in ("policy", "title", "expect", "rewrite"):
                headers[key] = value.strip()
            elif "rewrite" in headers:
                expected.append(text)
            else:
                sql.append(text)
        if "policy" not in headers:
            continue
        cases.append(
            Case(
                line=start,
                policy_header=headers["policy"],
                title=headers.get("title", ""),
                sql="\n".join(sql),
                expected=headers.get("expect") or "\n".join(expected),
            )
        )
    return cases
