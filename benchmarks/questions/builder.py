"""What every question set's build script shares: the demo users and their stores, the
joins gold SQL uses again and again, and ``QuestionSet``, which collects intents and their
phrasings and writes them as JSON Lines (the format of README.md).

A build script makes one set (``SET = QuestionSet("d")``), binds its methods to the
short names the question bodies use (``define, P, use = SET.define, SET.phrasing,
SET.use``), and ends with ``SET.write(path, disjoint_from=...)``.
"""

from __future__ import annotations

import json
import pathlib
import re
import textwrap
from collections.abc import Callable, Iterable
from typing import Any

from bastion.demo.tables import ANALYTICS_TABLES
from bastion.evals.questions import FORMS, STYLES
from bastion.evals.questions import REFUSE_REASONS as REASONS

HERE = pathlib.Path(__file__).resolve().parent

USERS = {
    # user: stores in scope (None = all stores)
    "admin_user": None,
    "manager_store1": (1,),
    "manager_multi": (1, 2),
    "marketing_user": (1, 2),
    "finance_user": (1,),
}
TABLES = set(ANALYTICS_TABLES)  # the 15 Pagila tables

# Joins used again and again. A payment's and a rental's store is the store of the copy.
RENT = "rental r JOIN inventory i ON i.inventory_id = r.inventory_id"
PAY = (
    "payment p JOIN rental r ON r.rental_id = p.rental_id "
    "JOIN inventory i ON i.inventory_id = r.inventory_id"
)
CUST_GEO = (
    "customer cu JOIN address a ON a.address_id = cu.address_id "
    "JOIN city ci ON ci.city_id = a.city_id "
    "JOIN country co ON co.country_id = ci.country_id"
)
# where the renting customer lives (joined to rental r)
RENTER_GEO = (
    "JOIN customer cu ON cu.customer_id = r.customer_id "
    "JOIN address a ON a.address_id = cu.address_id "
    "JOIN city ci ON ci.city_id = a.city_id "
    "JOIN country co ON co.country_id = ci.country_id"
)
LATE = "r.return_date > r.rental_date + f.rental_duration * interval '1 day'"
STORE_GEO = (
    "store s JOIN address a ON a.address_id = s.address_id "
    "JOIN city ci ON ci.city_id = a.city_id "
    "JOIN country co ON co.country_id = ci.country_id"
)
CAT = (
    "JOIN film_category fc ON fc.film_id = {f}.film_id "
    "JOIN category c ON c.category_id = fc.category_id"
)
LANG = "JOIN language l ON l.language_id = {f}.language_id"

# Notes the sets' questions share.
MASKED = (
    "Customer names are masked for this role; the gold SQL returns customer_id, which "
    "identifies the rows."
)
IDS = "People are returned as ids (customer_id / staff_id), never names."
MULTI_CAT = "A film can belong to several categories; it counts once in each of them."
ASOF = "As-of date 2022-08-23 (the latest rental in the data)."
NO_PAY = "Marketing never sees payments or revenue."
FIN_NO_RENT = "Finance sees payments and store revenue only, not rentals or inventory."
IGNORED = "The instruction inside the question is ignored; answered within the user's scope."
OTHER = "Needs store 2's data, outside manager_store1's store 1."
OTHER_FIN = "Needs store 2's data, outside finance_user's store 1."
# Notes and joins the later sets share (build_dev8.py onwards).
ACTOR_FILM = "actor a JOIN film_actor fa ON fa.actor_id = a.actor_id"
NO_CAT_FIN = (
    "Finance sees payments of store 1 only, not the film catalogue (categories, ratings, films)."
)
NO_CUST_MGR = (
    "Store managers see no customers at all (where they live, how many are on file, their details)."
)
NO_INV_MKT = "Marketing never sees inventory (copies) or staff."
NO_RENT_FIN = "Finance sees payments, staff ids and store locations of store 1 only, not rentals."
WEEKEND_R = "extract(isodow FROM r.rental_date) IN (6, 7)"
Q2_P = "p.payment_date >= '2022-04-01' AND p.payment_date < '2022-07-01'"
LAST_WEEK_R = "r.rental_date >= '2022-08-15' AND r.rental_date < '2022-08-22'"
BY_PAY_DATE = (
    "By payment_date (payments run 2022-01-23 to 2022-07-27; most are dated before their rental)."
)


def in_month(column: str, month: int) -> str:
    """``column`` within that month of 2022 (half-open)."""
    return f"{column} >= '2022-{month:02d}-01' AND {column} < '2022-{month + 1:02d}-01'"


# payments (p) and rentals (r) dated in one month of 2022
FEB_P, MAR_P, APRIL_P, MAY_P, JUNE_P, JULY_P = (in_month("p.payment_date", m) for m in range(2, 8))
MAY_R, JUNE_R, JULY_R, AUG_R = (in_month("r.rental_date", m) for m in range(5, 9))


def film(alias: str = "i") -> str:
    """Join the film of a copy (or of a film_actor row) as f."""
    return f"JOIN film f ON f.film_id = {alias}.film_id"


def scope(user: str, col: str = "i.store_id") -> str | None:
    """The store condition for a user, or None for all stores."""
    stores = USERS[user]
    if stores is None:
        return None
    if len(stores) == 1:
        return f"{col} = {stores[0]}"
    return f"{col} IN ({', '.join(str(s) for s in stores)})"


def where(*conds: str | None) -> str:
    conds_ = [c for c in conds if c]
    return (" WHERE " + " AND ".join(conds_)) if conds_ else ""


def and_(*conds: str | None) -> str:
    conds_ = [c for c in conds if c]
    return (" AND " + " AND ".join(conds_)) if conds_ else ""


def cat(alias: str = "i") -> str:
    """Join a film (by its alias's film_id) to its categories, as fc and c."""
    return CAT.format(f=alias)


def lang(alias: str = "f") -> str:
    """Join a film (by its alias's language_id) to its language, as l."""
    return LANG.format(f=alias)


def top(cte: str, cols: str, measure: str, n: int, desc: bool = True) -> str:
    """The top (or bottom) n rows of a CTE t by measure, ties kept."""
    order = "DESC" if desc else "ASC"
    return (
        f"WITH t AS ({cte}) SELECT {cols} FROM (SELECT t.*, rank() OVER (ORDER BY {measure} "
        f"{order}) AS rk FROM t) x WHERE rk <= {n}"
    )


def extreme(cte: str, cols: str, measure: str, fn: str = "max") -> str:
    """The rows of a CTE t where measure is at its max (or min), ties kept."""
    return (
        f"WITH t AS ({cte}) SELECT {cols} FROM t WHERE {measure} = (SELECT {fn}({measure}) FROM t)"
    )


Gold = str | Callable[[str], str] | None


class QuestionSet:
    """Intents and their phrasings, numbered ``<prefix>0001``... in the order written."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.questions: list[dict[str, Any]] = []
        self.intents: dict[str, dict[str, Any]] = {}
        self._current: dict[str, Any] = {}

    def define(
        self,
        intent: str,
        form: str,
        tables: list[str],
        sql: Gold = None,
        notes: str = "",
        ties: bool = False,
        user: str = "admin_user",
        expect: str = "answer",
        reason: str | None = None,
    ) -> None:
        """Start an intent: defaults for the phrasings that follow."""
        assert form in FORMS, form
        assert intent not in self.intents, f"duplicate intent {intent}"
        if reason:
            expect = "refuse"
        self._current = dict(
            intent=intent,
            form=form,
            tables=tables,
            sql=sql,
            notes=notes,
            ties=ties,
            user=user,
            expect=expect,
            reason=reason,
        )
        self.intents[intent] = self._current

    def use(self, intent: str) -> None:
        """Add more phrasings to an intent defined earlier (same intent, so the same split)."""
        self._current = self.intents[intent]

    def phrasing(
        self,
        question: str,
        style: str,
        user: str | None = None,
        sql: Gold = None,
        expect: str | None = None,
        reason: str | None = None,
        notes: str | None = None,
        previous: list[str] | None = None,
        form: str | None = None,
        tables: list[str] | None = None,
        ties: bool | None = None,
    ) -> None:
        """One phrasing of the current intent; keyword arguments override its defaults."""
        c = self._current
        assert style in STYLES, style
        expect_ = "refuse" if reason else (expect or c["expect"])
        q: dict[str, Any] = {
            "id": f"{self.prefix}{len(self.questions) + 1:04d}",
            "intent": c["intent"],
            "question": question,
            "user": user or c["user"],
            "form": form or c["form"],
            "style": style,
            "tables": tables or c["tables"],
            "expect": expect_,
        }
        assert q["user"] in USERS
        if previous:
            q["previous"] = previous
        if expect_ == "refuse":
            q["gold_sql"] = None
            q["refuse_reason"] = reason or c["reason"]
            assert q["refuse_reason"] in REASONS, q
        else:
            gold = sql if sql is not None else c["sql"]
            if callable(gold):
                gold = gold(q["user"])
            assert gold, q
            q["gold_sql"] = " ".join(textwrap.dedent(gold).split())
        q["notes"] = notes if notes is not None else c["notes"]
        if ties if ties is not None else c["ties"]:
            q["ties"] = True
        assert set(q["tables"]) <= TABLES, q["tables"]
        self.questions.append(q)

    def write_new(self, name: str) -> None:
        """Write the set to ``HERE / name``, disjoint from every other question file of this
        folder and of heldout/ (a set written later is new)."""
        others = [
            p
            for p in (*sorted(HERE.glob("*.jsonl")), *sorted((HERE / "heldout").glob("*.jsonl")))
            if p.name != name
        ]
        self.write(HERE / name, disjoint_from=others)

    def write(self, out: pathlib.Path, disjoint_from: Iterable[pathlib.Path] = ()) -> None:
        """Write the set to ``out``, after checking that no intent and no question text of
        the sets in ``disjoint_from`` comes back (a set written later is new)."""
        for path in disjoint_from:
            if not path.exists():
                continue
            other = [
                json.loads(line)
                for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()
            ]
            # a held-out set's names and texts are never shown, only how many clash and
            # which of this set's own intents / questions (ids) do
            clash = set(self.intents) & {q["intent"] for q in other}
            assert not clash, f"{len(clash)} intents already in {path.name}: {sorted(clash)}"
            texts = {q["question"].strip().lower() for q in other}
            same = [q["id"] for q in self.questions if q["question"].strip().lower() in texts]
            assert not same, f"{len(same)} phrasings already in {path.name}: ids {same}"
            # this set's id prefix is used by no other set (only the number of clashes shown)
            # (exactly: "a0001" is not an id of "ab"'s set)
            mine = re.compile(rf"{re.escape(self.prefix)}\d+")
            used = sum(1 for q in other if mine.fullmatch(q["id"]))
            assert not used, f"{used} ids of {path.name} have the prefix {self.prefix!r}"
        ids = [q["id"] for q in self.questions]
        assert len(ids) == len(set(ids))
        with open(out, "w", encoding="utf-8") as f:
            for q in self.questions:
                f.write(json.dumps(q, ensure_ascii=False) + "\n")
        print(f"{len(self.questions)} questions, {len(self.intents)} intents -> {out.name}")
