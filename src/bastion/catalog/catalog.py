"""The loaded semantic catalog: relations, lookups, measures, dimensions, time grains and
the role matrix, checked once at load so that later stages can trust every name.

It owns the questions "which relations may this role read", "how is this dimension
reached from that measure" and "what does this plan read"; the planner and the compiler
build on these answers, the guard and the API use the role and scope lookups.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

import sqlglot
import yaml
from pydantic import ValidationError
from sqlglot import exp
from sqlglot.errors import SqlglotError

from bastion.catalog.phrases import words
from bastion.catalog.spec import (
    AttributeType,
    Cardinality,
    CatalogSpec,
    ColumnFormat,
    ColumnSpec,
    Grain,
    KnownValuesField,
)
from bastion.errors import ConfigurationError

DIALECT = "postgres"
_AVERAGED_GRAINS = ("day", "week", "month")
_MEAN_WORDS = re.compile(r"\b(?:average|avg|mean)\b", re.IGNORECASE)
_AGGREGATED_TYPES = frozenset({"number", "money", "minutes"})
_COUNTED_VALUES = frozenset({"cities", "countries", "districts"})
# function -> (name prefix, words that ask for it, rounded to cents)
_AGGREGATES: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "avg": ("average", ("average", "mean", "avg"), True),
    "sum": ("total", ("total", "sum of", "combined", "sum of all"), False),
    "min": ("minimum", ("minimum", "min"), False),
    "max": ("maximum", ("maximum", "max"), False),
}
_FUNCTIONS: dict[str, type[exp.Expr]] = {
    "avg": exp.Avg,
    "sum": exp.Sum,
    "min": exp.Min,
    "max": exp.Max,
}
CATALOG_FILE = "catalog.yaml"


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    sensitivity: tuple[str, ...]


@dataclass(frozen=True)
class Relation:
    name: str
    kind: Literal["view", "table"]
    alias: str
    subject: str
    description: str
    scope_column: str | None
    columns: Mapping[str, Column]


@dataclass(frozen=True)
class BaseTable:
    """A base table with people or money that no role may read, described all the same:
    why it is never queryable, and its columns with their sensitivity."""

    name: str
    reason: str
    columns: Mapping[str, Column]


@dataclass(frozen=True)
class Lookup:
    """A directed join: each ``source`` row finds its ``target`` rows."""

    source: str
    source_column: str
    target: str
    target_column: str
    cardinality: Cardinality

    @property
    def to_one(self) -> bool:
        """True when the join never multiplies the source's rows."""
        return self.cardinality == "many_to_one"


@dataclass(frozen=True)
class Measure:
    name: str
    label: str
    description: str
    relation: str
    expression: str
    parsed: exp.Expr  # columns unqualified (the relation's) or named after a relation
    format: ColumnFormat
    time_column: str | None
    zero_when_empty: bool
    synonyms: tuple[str, ...]
    needs: tuple[str, ...]  # other relations the expression reads (to-one lookups)
    part_of: str | None = None
    median_of: str | None = None  # the average measure this one is the median of
    per_period: str | None = None  # the grain this one counts the periods of (days with ...)
    refines: tuple[str, ...] = ()
    higher_is_worse: bool = False

    @property
    def distinct_column(self) -> str | None:
        """The column a ``count(distinct column)`` measure counts the values of (renting
        customers: ``customer_id``); None for any other expression."""
        counted = self.parsed
        if isinstance(counted, exp.Count) and isinstance(counted.this, exp.Distinct):
            columns = counted.this.expressions
            if len(columns) == 1 and isinstance(columns[0], exp.Column):
                return columns[0].name
        return None


@dataclass(frozen=True)
class Source:
    """Where a dimension's value comes from: an expression over one relation's columns."""

    relation: str
    expression: str
    parsed: exp.Expr
    key: Source | None = None  # identifies and sorts the values from this source


@dataclass(frozen=True)
class Names:
    """How people know a dimension's values: ``source`` gives each value's name (a
    customer's masked name), in a result column labelled ``label`` beside the value."""

    label: str
    source: Source
    reads: frozenset[tuple[str, str]]  # (relation, column) pairs the expression reads


@dataclass(frozen=True)
class Dimension:
    name: str
    label: str
    description: str
    format: ColumnFormat
    sort: Literal["value", "measure"]
    numbered: bool
    numbered_as: tuple[str, ...]  # "rental 1234": words naming it only before a number
    known_values: KnownValuesField | None
    values: tuple[str, ...]
    sensitivity: tuple[str, ...]
    sources: tuple[Source, ...]
    synonyms: tuple[str, ...]
    names: Names | None = None
    requires: tuple[str, ...] = ()  # relations a role must read to use it
    counted_when_bare: bool = False  # "comedy copies at store 1": how many
    type: AttributeType = "text"
    attribute: bool = False
    ranked_by: str | None = None
    unit: str | None = None
    key: Source | None = None  # over sources[0].relation
    parts: tuple[tuple[str, Source], ...] = ()  # over sources[0].relation
    home_relation: str | None = None
    known_only: bool = False  # a breakdown by it leaves out rows without a value

    @property
    def home(self) -> str:
        """The relation a list of the values starts from."""
        return self.home_relation or self.sources[0].relation

    @property
    def key_column(self) -> str:
        """The result column of the values' identifiers."""
        return f"{self.name}_id"

    @property
    def names_column(self) -> str:
        """The result column of the values' names."""
        return f"{self.name}_name"


@dataclass(frozen=True)
class TimeGrain:
    name: Grain
    label: str
    synonyms: tuple[str, ...]


@dataclass(frozen=True)
class Role:
    name: str
    description: str
    rationale: str
    relations: frozenset[str]


@dataclass(frozen=True)
class Suggestion:
    question: str
    needs: frozenset[str]


class Catalog:
    """The validated catalog. Build it with :func:`load_catalog` or :func:`parse_catalog`."""

    def __init__(self, spec: CatalogSpec) -> None:
        """Build every part from ``spec`` in order, collecting the problems; raise
        ``catalog.invalid`` with all of them. Expressions are parsed only once the names
        they may use are known to be sound."""
        problems = spec.reference_problems()
        self.version = spec.version
        self.schema = spec.schema_name
        self.sensitivity_tags: Mapping[str, str] = MappingProxyType(dict(spec.sensitivity_tags))
        self.personal_tags = frozenset(spec.personal_tags)
        self.never_queryable: Mapping[str, BaseTable] = _base_tables(spec)
        self.relations: Mapping[str, Relation] = _relations(spec)
        self.scoped_relations: Mapping[str, str] = MappingProxyType(
            {n: r.scope_column for n, r in self.relations.items() if r.scope_column is not None}
        )
        self.lookups: tuple[Lookup, ...] = _lookups(spec)
        self._outgoing: dict[str, list[Lookup]] = {}
        for lookup in self.lookups:
            self._outgoing.setdefault(lookup.source, []).append(lookup)
        self._paths: dict[str, Mapping[str, tuple[Lookup, ...]]] = {}
        self.roles: Mapping[str, Role] = _roles(spec)
        self.time_grains: Mapping[Grain, TimeGrain] = _time_grains(spec)
        self.suggestions = tuple(
            Suggestion(s.question, frozenset(s.needs)) for s in spec.suggestions
        )
        self.default_ranking_measures = spec.default_ranking_measures
        if problems:  # names are broken: parsing expressions would only add noise
            raise _invalid(problems)
        self.measures: Mapping[str, Measure] = self._measures(spec, problems)
        self.dimensions: Mapping[str, Dimension] = self._dimensions(spec, problems)
        self.measures = MappingProxyType(
            {**self.measures, **self._aggregates(), **self._distinct_counts()}
        )
        self.measures = MappingProxyType({**self.measures, **self._medians()})
        dates: dict[str, set[str]] = {}  # the dates a relation's measures are counted on
        for m in self.measures.values():
            if m.time_column is not None:
                dates.setdefault(m.relation, set()).add(m.time_column)
        self.dates: Mapping[str, frozenset[str]] = MappingProxyType(
            {relation: frozenset(columns) for relation, columns in dates.items()}
        )
        rows: dict[str, str] = {}  # the count(*) measure of each relation, the first one
        for name, m in self.measures.items():
            if isinstance(m.parsed, exp.Count) and isinstance(m.parsed.this, exp.Star):
                rows.setdefault(m.relation, name)
        self._rows: Mapping[str, str] = MappingProxyType(rows)
        self.measures = MappingProxyType({**self.measures, **self._periods_with_rows()})
        problems += self._synonym_problems()
        problems += self._name_problems()
        if problems:
            raise _invalid(problems)

    def _measures(self, spec: CatalogSpec, problems: list[str]) -> Mapping[str, Measure]:
        """Each measure with its expression parsed and its columns checked."""
        measures: dict[str, Measure] = {}
        for name, m in spec.measures.items():
            parsed = self._parse(f"measures.{name}.expression", m.expression, problems)
            needs = self._check_columns(f"measures.{name}", m.relation, parsed, problems, True)
            measures[name] = Measure(
                name=name,
                label=m.label,
                description=m.description,
                relation=m.relation,
                expression=m.expression,
                parsed=parsed,
                format=m.format,
                time_column=m.time_column,
                zero_when_empty=m.zero_when_empty,
                synonyms=m.synonyms,
                needs=needs,
                part_of=m.part_of,
                refines=m.refines,
                higher_is_worse=m.higher_is_worse,
            )
        return MappingProxyType(measures)

    def _dimensions(self, spec: CatalogSpec, problems: list[str]) -> Mapping[str, Dimension]:
        """Each dimension with its sources' expressions parsed and their columns checked."""
        dimensions: dict[str, Dimension] = {}
        for name, d in spec.dimensions.items():
            sources = []
            for index, s in enumerate(d.sources):
                where = f"dimensions.{name}.sources[{index}]"
                parsed = self._parse(where, s.expression, problems)
                self._check_columns(where, s.relation, parsed, problems, False)
                own_key = None
                if s.key is not None:
                    key_parsed = self._parse(f"{where}.key", s.key, problems)
                    self._check_columns(f"{where}.key", s.relation, key_parsed, problems, False)
                    own_key = Source(s.relation, s.key, key_parsed)
                sources.append(Source(s.relation, s.expression, parsed, own_key))
            names = None
            if d.names is not None:
                where = f"dimensions.{name}.names"
                parsed = self._parse(where, d.names.expression, problems)
                self._check_columns(where, d.names.relation, parsed, problems, False)
                source = Source(d.names.relation, d.names.expression, parsed)
                reads = frozenset((d.names.relation, c.name) for c in parsed.find_all(exp.Column))
                names = Names(d.names.label, source, reads)
                if all(self._names_from(s, d.names.relation) is None for s in sources):
                    problems.append(
                        f"{where}: {d.names.relation} is not reached from the dimension's "
                        "values (a join on a source's column that never multiplies rows)."
                    )
            first = d.sources[0].relation
            key: Source | None = None
            if d.key is not None:
                where = f"dimensions.{name}.key"
                parsed = self._parse(where, d.key, problems)
                self._check_columns(where, first, parsed, problems, False)
                key = Source(first, d.key, parsed)
            parts = []
            for part, expression in d.parts.items():
                where = f"dimensions.{name}.parts.{part}"
                parsed = self._parse(where, expression, problems)
                self._check_columns(where, first, parsed, problems, False)
                parts.append((part, Source(first, expression, parsed)))
            if d.home is not None and d.home not in {s.relation for s in d.sources}:
                problems.append(f"dimensions.{name}.home: not one of the sources' relations.")
            dimensions[name] = Dimension(
                home_relation=d.home,
                type=d.type,
                attribute=d.attribute,
                ranked_by=d.ranked_by,
                unit=d.unit,
                key=key,
                parts=tuple(parts),
                name=name,
                label=d.label,
                description=d.description,
                format=d.format,
                sort=d.sort,
                numbered=d.numbered,
                numbered_as=d.numbered_as,
                known_values=d.known_values,
                values=d.values,
                sensitivity=d.sensitivity,
                sources=tuple(sources),
                synonyms=d.synonyms,
                names=names,
                requires=d.requires,
                counted_when_bare=d.counted_when_bare,
                known_only=d.known_only,
            )
        return MappingProxyType(dimensions)

    # -- description and sensitivity ------------------------------------------------------

    def described_columns(self, table: str) -> Mapping[str, Column] | None:
        """The columns of ``table`` as the catalog describes them, whether it is a relation
        roles may read or a base table none may; None for a table it does not know."""
        found = self.relations.get(table) or self.never_queryable.get(table)
        return found.columns if found is not None else None

    def is_personal(self, table: str, column: str) -> bool:
        """Whether the catalog marks ``table.column`` as data about a person (one of the
        personal tags); unknown columns are."""
        columns = self.described_columns(table)
        found = columns.get(column) if columns is not None else None
        return found is None or bool(self.personal_tags.intersection(found.sensitivity))

    def _aggregates(self) -> dict[str, Measure]:
        """The total, average, smallest and largest of every numeric attribute over one
        relation ("total replacement cost", "maximum length"), unless a measure of the
        file already computes it (``average_rental_rate``). Composed, not written out."""
        found: dict[str, Measure] = {}
        times: dict[str, str] = {}  # a relation's first date: its rows' own (rentals' rental date)
        for m in self.measures.values():
            if m.time_column is not None:
                times.setdefault(m.relation, m.time_column)
        for name, dimension in self.dimensions.items():
            if not dimension.attribute or dimension.type not in _AGGREGATED_TYPES:
                continue
            if len(dimension.sources) != 1 or not isinstance(
                dimension.sources[0].parsed, exp.Column
            ):
                continue
            source = dimension.sources[0]
            column = source.parsed.name
            for function, (prefix, words_before, rounded) in _AGGREGATES.items():
                if self.aggregate_of(source.relation, column, function) is not None:
                    continue
                expression = f"{function}({column})"
                if rounded:
                    expression = f"round({expression}, 2)"
                if function == "sum":
                    expression = f"coalesce({expression}, 0)"
                measure_name = f"{prefix}_{name}"
                if measure_name in self.measures:
                    continue
                found[measure_name] = Measure(
                    name=measure_name,
                    label=f"{prefix.capitalize()} {dimension.label.lower()}",
                    description=f"The {prefix} {dimension.label.lower()} of the rows.",
                    relation=source.relation,
                    expression=expression,
                    parsed=sqlglot.parse_one(expression, dialect=DIALECT),
                    format="currency" if dimension.type == "money" else "number",
                    time_column=times.get(source.relation),
                    zero_when_empty=function == "sum",
                    synonyms=tuple(
                        f"{before} {synonym}"
                        for before in words_before
                        for synonym in dimension.synonyms
                        if len(synonym.split()) > 1
                        or synonym in (dimension.label.lower(),)
                        or len(synonym) > 5
                    ),
                    needs=(),
                )
        return found

    def _medians(self) -> dict[str, Measure]:
        """The median beside every average ("the median payment", "median days kept"):
        the average's value, ``percentile_cont(0.5)`` instead of ``avg``, under the
        average's name and label with "median" for "average"."""
        found: dict[str, Measure] = {}
        for name, measure in self.measures.items():
            averaged = measure.parsed
            decimals = None
            if isinstance(averaged, exp.Round):
                averaged, decimals = averaged.this, averaged.args.get("decimals")
            if not name.startswith("average_") or not isinstance(averaged, exp.Avg):
                continue
            median: exp.Expr = exp.Cast(
                this=exp.paren(
                    exp.WithinGroup(
                        this=exp.PercentileCont(this=exp.Literal.number("0.5")),
                        expression=exp.Order(
                            expressions=[exp.Ordered(this=averaged.this.copy(), nulls_first=False)]
                        ),
                    ),
                    copy=False,
                ),
                to=exp.DataType.build("numeric"),
            )
            if decimals is not None:
                median = exp.Round(this=median, decimals=decimals.copy())
            measure_name = "median_" + name.removeprefix("average_")
            if measure_name in self.measures:
                continue
            found[measure_name] = Measure(
                name=measure_name,
                label=_MEAN_WORDS.sub("Median", measure.label, count=1),
                description=f"The median of {measure.label.lower()}: half the rows lie below it.",
                relation=measure.relation,
                expression=median.sql(dialect=DIALECT),
                parsed=median,
                format=measure.format,
                time_column=measure.time_column,
                zero_when_empty=False,
                synonyms=(),  # asked as the average is, with "median" (the planner's)
                needs=measure.needs,
                median_of=name,
            )
        return found

    def _periods_with_rows(self) -> dict[str, Measure]:
        """How many days (weeks, months) have rows of each dated relation ("days with
        payments"): what "the average daily revenue" divides by."""
        found: dict[str, Measure] = {}
        for relation, rows_name in self._rows.items():
            rows = self.measures[rows_name]
            if rows.time_column is None:
                continue
            for grain in _AVERAGED_GRAINS:
                expression = f"count(distinct date_trunc('{grain}', {rows.time_column}))"
                name = f"{grain}s_with_{rows_name}"
                if name in self.measures:
                    continue
                found[name] = Measure(
                    name=name,
                    label=f"{grain.capitalize()}s with {rows.label.lower()}",
                    description=f"How many {grain}s have {rows.label.lower()}.",
                    relation=relation,
                    expression=expression,
                    parsed=sqlglot.parse_one(expression, dialect=DIALECT),
                    format="integer",
                    time_column=rows.time_column,
                    zero_when_empty=True,
                    synonyms=(f"{grain}s with {rows.label.lower()}",),
                    needs=(),
                    per_period=grain,
                )
        return found

    def periods_with_rows(self, measure: str, grain: str) -> str | None:
        """The measure counting the ``grain``s that have rows of ``measure``'s relation."""
        rows = self._rows.get(self.measures[measure].relation)
        name = f"{grain}s_with_{rows}"
        return name if rows is not None and name in self.measures else None

    def _distinct_counts(self) -> dict[str, Measure]:
        """How many different places there are ("how many cities do our customers live
        in"): a count of the distinct values of each place dimension, over the relation
        its values come from first."""
        found: dict[str, Measure] = {}
        for name, dimension in self.dimensions.items():
            if dimension.known_values not in _COUNTED_VALUES:
                continue
            source = dimension.sources[0]
            plurals = tuple(s for s in dimension.synonyms if s.endswith("s"))
            measure_name = f"distinct_{name}"
            if not plurals or measure_name in self.measures:
                continue
            expression = f"count(distinct {source.expression})"
            found[measure_name] = Measure(
                name=measure_name,
                label=f"{dimension.label} count",
                description=f"How many different {plurals[0]} there are in the rows asked about.",
                relation=source.relation,
                expression=expression,
                parsed=sqlglot.parse_one(expression, dialect=DIALECT),
                format="integer",
                time_column=None,
                zero_when_empty=True,
                synonyms=tuple(
                    phrase
                    for plural in plurals
                    for phrase in (plural, f"different {plural}", f"distinct {plural}")
                ),
                needs=(),
            )
        return found

    def aggregate_of(self, relation: str, column: str, function: str) -> str | None:
        """The measure that aggregates ``column`` of ``relation`` with ``function`` (avg,
        sum, min or max), if there is one: ``average_rental_rate`` for film.rental_rate."""
        kind = _FUNCTIONS[function]
        for name, measure in self.measures.items():
            if measure.relation != relation:
                continue
            for node in measure.parsed.find_all(kind):
                if isinstance(node.this, exp.Column) and node.this.name == column:
                    return name
        return None

    # -- roles and scope -----------------------------------------------------------------

    def relations_for_role(self, role: str) -> frozenset[str]:
        """The relations ``role`` may read (unqualified names); none for an unknown role."""
        found = self.roles.get(role)
        return found.relations if found is not None else frozenset()

    def suggestions_for_role(self, role: str) -> tuple[str, ...]:
        """Example questions whose answers read only relations ``role`` may read."""
        allowed = self.relations_for_role(role)
        return tuple(s.question for s in self.suggestions if s.needs <= allowed)

    # -- lookups ---------------------------------------------------------------------------

    def paths_from(self, base: str) -> Mapping[str, tuple[Lookup, ...]]:
        """The shortest lookup path from ``base`` to every reachable relation.

        Breadth first in the file's join order, so that paths share prefixes (one join tree
        per query) and the choice never changes between runs.
        """
        cached = self._paths.get(base)
        if cached is not None:
            return cached
        paths: dict[str, tuple[Lookup, ...]] = {base: ()}
        queue = [base]
        while queue:
            relation = queue.pop(0)
            for lookup in self._outgoing.get(relation, ()):
                if lookup.target not in paths:
                    paths[lookup.target] = (*paths[relation], lookup)
                    queue.append(lookup.target)
        result = MappingProxyType(paths)
        self._paths[base] = result
        return result

    def find_source(self, dimension: str, base: str) -> tuple[Source, tuple[Lookup, ...]] | None:
        """The source of ``dimension`` nearest to ``base`` and the path to it, if any."""
        paths = self.paths_from(base)
        best: tuple[Source, tuple[Lookup, ...]] | None = None
        for source in self.dimensions[dimension].sources:
            path = paths.get(source.relation)
            if path is not None and (best is None or len(path) < len(best[1])):
                best = (source, path)
        return best

    def count_of(self, dimension: str, relation: str) -> str | None:
        """The measure over ``relation`` that counts the different values of ``dimension``
        (renting customers over the rentals, films in stock over the inventory)."""
        entity = self.dimensions[dimension]
        found = self.find_source(dimension, relation)
        if entity.key is not None:
            wanted = entity.key.parsed  # film_id, also a column of the inventory
        elif found is not None and not found[1]:
            wanted = found[0].parsed  # customer_id, a column of the rentals
        else:
            return None
        if not isinstance(wanted, exp.Column):
            return None
        for measure in self.measures.values():
            if measure.relation == relation and measure.distinct_column == wanted.name:
                return measure.name
        return None

    def rows_measure(self, relation: str) -> str | None:
        """The measure that counts ``relation``'s rows (``count(*)``: rentals over the
        rentals), if the catalog has one."""
        return self._rows.get(relation)

    def rows_date(self, relation: str | None) -> str | None:
        """The column dating ``relation``'s rows when they are events (rental_date for the
        rentals, payment_date for the payments); None for things (customers, films)."""
        rows = self._rows.get(relation) if relation is not None else None
        return self.measures[rows].time_column if rows is not None else None

    def date_dimension(self, relation: str | None, column: str | None) -> str | None:
        """The dimension that reads ``column`` of ``relation`` itself (payment_date)."""
        return next(
            (
                name
                for name, d in self.dimensions.items()
                if d.type in ("timestamp", "date")
                and any(s.relation == relation and s.expression == column for s in d.sources)
            ),
            None,
        )

    def entity_counted(self, name: str) -> str | None:
        """The entity measure ``name`` counts: its own rows ("number of categories") or the
        different ones among another relation's rows (renting customers: customers)."""
        measure = self.measures[name]
        if not isinstance(measure.parsed, exp.Count):
            return None
        for dimension_name, dimension in self.dimensions.items():
            if dimension.attribute:
                continue
            if (
                measure.distinct_column is None
                and dimension.home == measure.relation
                # its rows' own identifier, not a value computed from them (a weekday)
                and any(
                    s.relation == measure.relation and isinstance(s.parsed, exp.Column)
                    for s in dimension.sources
                )
            ):
                return dimension_name  # count(*) of the entity's own rows
            if self.count_of(dimension_name, measure.relation) == name:
                return dimension_name
        return None

    def one_per(self, dimension: str, relation: str) -> bool:
        """Whether each row of ``relation`` has one value of ``dimension`` (a film its
        language), not several (an actor's films, a film's stores)."""
        found = self.find_source(dimension, relation)
        return found is not None and all(step.to_one for step in found[1])

    def names_path(self, dimension: str, base: str) -> tuple[Source, tuple[Lookup, ...]] | None:
        """Where the names of ``dimension``'s values come from, and the path to them from
        ``base`` (through the dimension's source there); None when the dimension has no
        names or they are out of reach without multiplying rows."""
        names = self.dimensions[dimension].names
        found = self.find_source(dimension, base)
        if names is None or found is None or not all(step.to_one for step in found[1]):
            return None
        after = self._names_from(found[0], names.source.relation)
        return None if after is None else (names.source, (*found[1], *after))

    def _names_from(self, source: Source, target: str) -> tuple[Lookup, ...] | None:
        """The path from a dimension's source to its names' relation: none when they are
        the same relation, else to-one lookups that start on the source's own column (so
        the names are the names of its values); None when there is no such path."""
        if source.relation == target:
            return ()
        path = self.paths_from(source.relation).get(target)
        column = source.parsed.name if isinstance(source.parsed, exp.Column) else None
        if not path or path[0].source_column != column or not all(s.to_one for s in path):
            return None
        return path

    # -- validation helpers ------------------------------------------------------------------

    @staticmethod
    def _parse(where: str, sql: str, problems: list[str]) -> exp.Expr:
        try:
            return sqlglot.parse_one(sql, dialect=DIALECT)
        except SqlglotError as exc:
            problems.append(f"{where}: not a SQL expression ({exc}).")
            return exp.Null()

    def _check_columns(
        self, where: str, relation: str, parsed: exp.Expr, problems: list[str], lookups: bool
    ) -> tuple[str, ...]:
        """Check every column of ``parsed``; return the other relations it names."""
        needs: list[str] = []
        for column in parsed.find_all(exp.Column):
            table = column.table or relation
            if table != relation:
                path = self.paths_from(relation).get(table)
                if not lookups or table not in self.relations:
                    problems.append(f"{where}: '{column.sql()}' must be a column of {relation}.")
                    continue
                if path is None or not all(step.to_one for step in path):
                    problems.append(
                        f"{where}: {table} is not reachable from {relation} without "
                        "multiplying rows."
                    )
                    continue
                if table not in needs:
                    needs.append(table)
            if column.name not in self.relations[table].columns:
                problems.append(f"{where}: relation '{table}' has no column '{column.name}'.")
        return tuple(needs)

    def _synonym_problems(self) -> list[str]:
        """Synonyms must be words, and one phrase means one dimension or one grain."""
        owners: dict[tuple[str, ...], set[str]] = {}
        problems: list[str] = []
        named = [(f"measure {n}", m.synonyms) for n, m in self.measures.items()]
        named += [(f"dimension {n}", d.synonyms) for n, d in self.dimensions.items()]
        named += [(f"time grain {n}", g.synonyms) for n, g in self.time_grains.items()]
        for owner, synonyms in named:
            for synonym in synonyms:
                phrase = words(synonym)
                if not phrase:
                    problems.append(f"{owner}: synonym '{synonym}' has no words.")
                owners.setdefault(phrase, set()).add(owner)
        for phrase, names in owners.items():
            kinds = [n for n in names if not n.startswith("measure ")]
            if len(kinds) > 1 or (kinds and kinds[0].startswith("time grain ") and len(names) > 1):
                problems.append(f"synonym '{' '.join(phrase)}' is ambiguous: {sorted(names)}.")
        return problems

    def _name_problems(self) -> list[str]:
        """Measure and dimension names are result columns: none may be a time column's
        name or both."""
        problems: list[str] = []
        reserved = {"period", *self.time_grains}
        reserved |= {d.names_column for d in self.dimensions.values() if d.names is not None}
        for name in (*self.measures, *self.dimensions):
            if name in reserved:
                problems.append(f"'{name}' is reserved for a time or period column.")
        for name in set(self.measures) & set(self.dimensions):
            problems.append(f"'{name}' is both a measure and a dimension.")
        return problems


def _columns(columns: Mapping[str, ColumnSpec]) -> Mapping[str, Column]:
    return MappingProxyType(
        {c: Column(c, col.type, col.description, col.sensitivity) for c, col in columns.items()}
    )


def _relations(spec: CatalogSpec) -> Mapping[str, Relation]:
    return MappingProxyType(
        {
            name: Relation(
                name=name,
                kind=rel.kind,
                alias=rel.alias,
                subject=rel.subject,
                description=rel.description,
                scope_column=rel.scope_column,
                columns=_columns(rel.columns),
            )
            for name, rel in spec.relations.items()
        }
    )


def _base_tables(spec: CatalogSpec) -> Mapping[str, BaseTable]:
    return MappingProxyType(
        {
            name: BaseTable(name, table.reason, _columns(table.columns))
            for name, table in spec.never_queryable.items()
        }
    )


def _lookups(spec: CatalogSpec) -> tuple[Lookup, ...]:
    return tuple(
        Lookup(
            source=j.from_.split(".")[0],
            source_column=j.from_.split(".")[1],
            target=j.to.split(".")[0],
            target_column=j.to.split(".")[1],
            cardinality=j.cardinality,
        )
        for j in spec.joins
    )


def _roles(spec: CatalogSpec) -> Mapping[str, Role]:
    return MappingProxyType(
        {
            name: Role(name, role.description, role.rationale, frozenset(role.relations))
            for name, role in spec.roles.items()
        }
    )


def _time_grains(spec: CatalogSpec) -> Mapping[Grain, TimeGrain]:
    return MappingProxyType(
        {g: TimeGrain(g, grain.label, grain.synonyms) for g, grain in spec.time_grains.items()}
    )


def _invalid(problems: list[str]) -> ConfigurationError:
    shown = "; ".join(problems[:8]) + (
        f" (and {len(problems) - 8} more)" if len(problems) > 8 else ""
    )
    return ConfigurationError(
        f"The semantic catalog is invalid: {shown}", code="catalog.invalid", details=problems
    )


def parse_catalog(text: str) -> Catalog:
    """Validate catalog YAML text and build the catalog; ConfigurationError if invalid."""
    try:
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigurationError(
            f"The semantic catalog is not valid YAML: {exc}", code="catalog.invalid"
        ) from exc
    try:
        spec = CatalogSpec.model_validate(data)
    except ValidationError as exc:
        problems = [
            f"{'.'.join(str(p) for p in err['loc']) or 'catalog'}: {err['msg']}"
            for err in exc.errors()
        ]
        raise _invalid(problems) from exc
    return Catalog(spec)


def read_catalog(path: Path) -> Catalog:
    """The catalog in ``path`` (for tests and for sites with their own catalog file)."""
    try:
        return parse_catalog(path.read_text(encoding="utf-8"))
    except ConfigurationError as exc:
        exc.message = f"{path}: {exc.message}"
        exc.args = (exc.message,)
        raise


@functools.cache
def load_catalog() -> Catalog:
    """The catalog shipped with Bastion, validated once per process."""
    text = resources.files("bastion.catalog").joinpath(CATALOG_FILE).read_text(encoding="utf-8")
    return parse_catalog(text)
