"""From a QueryPlan to what its SQL must read: per measure relation, the joins, where each
dimension comes from, and how each filter applies. The compiler turns this into SQL and
``relations_for_plan`` reports its relations, so both always agree.

Filters on a dimension that is not grouped by and sits behind a join that multiplies rows
(a film's categories, a film's actors) become ``IN (subquery)`` semi-joins, so that a
rental of a film with two matching categories still counts once.

Grouped dimensions asked for by ``names`` (a customer id) are shown with their values'
names (a customer's masked name) in a plan over one measure relation without periods:
the names' relation is LEFT JOINed, so rows whose name the reader may not see (a
customer of another store) still count, nameless.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from sqlglot import exp

from bastion.catalog.catalog import Catalog, Lookup, Measure, Source
from bastion.catalog.phrases import plural
from bastion.errors import InvalidInput
from bastion.planner.plan import Filter, QueryPlan


class PlanNotResolvable(InvalidInput):
    """The plan names something the catalog cannot compile (unknown or unreachable)."""

    code = "plan.not_resolvable"


@dataclass(frozen=True)
class DirectFilter:
    """``source`` of a joined relation compared in the WHERE clause."""

    filter: Filter
    source: Source


@dataclass(frozen=True)
class SemiJoinFilter:
    """``anchor`` (joined) reaches ``source`` through ``path`` inside ``IN (SELECT ...)``."""

    filter: Filter
    anchor: str
    path: tuple[Lookup, ...]
    source: Source


@dataclass(frozen=True)
class MeasureGroup:
    """The measures over one relation, and everything their SELECT needs."""

    base: str
    measures: tuple[Measure, ...]
    joins: tuple[Lookup, ...]  # in join order; each target joined once
    keys: Mapping[str, Source]  # grouped dimension -> its source
    names: Mapping[str, Source]  # grouped dimension -> where its values' names come from
    name_joins: tuple[Lookup, ...]  # LEFT JOINed after ``joins``, for the names
    filters: tuple[DirectFilter | SemiJoinFilter, ...]
    time_column: str | None
    relations: frozenset[str]


@dataclass(frozen=True)
class Resolution:
    groups: tuple[MeasureGroup, ...]
    dimensions: tuple[str, ...]  # grouped dimensions in output order
    relations: frozenset[str]  # what the SQL reads
    # what a role must also be allowed to read, though the SQL does not (staff ids in
    # rentals need the staff's relation)
    required: frozenset[str] = frozenset()

    @property
    def needs(self) -> frozenset[str]:
        """Every relation a role must be allowed to read for this plan."""
        return self.relations | self.required


def key_dimensions(plan: QueryPlan) -> tuple[str, ...]:
    """Grouped dimensions in output order: the compared dimension first."""
    compared = plan.comparison.dimension if plan.comparison is not None else None
    first = (compared,) if compared else ()
    return (*first, *(d for d in plan.dimensions if d != compared))


def plan_filters(plan: QueryPlan) -> tuple[Filter, ...]:
    """The plan's filters plus the compared values (only those rows are compared)."""
    comparison = plan.comparison
    if comparison is not None and comparison.dimension and comparison.values:
        return (*plan.filters, Filter(dimension=comparison.dimension, values=comparison.values))
    return plan.filters


SHARE_IN_PERIODS_SAID = (
    "I can't yet give a share in each of several periods: ask for each period on its own."
)


def share_in_periods(plan: QueryPlan) -> bool:
    """A share of a part ("where store is 2") in each of several periods: not compiled."""
    return (
        plan.share_of is not None and plan.comparison is not None and bool(plan.comparison.periods)
    )


def resolve_plan(
    plan: QueryPlan, catalog: Catalog, names: frozenset[str] = frozenset()
) -> Resolution:
    """Resolve ``plan`` against ``catalog``, with the names of the grouped dimensions in
    ``names`` where they can be shown; PlanNotResolvable says why it cannot."""
    for name in plan.measures:
        if name not in catalog.measures:
            raise PlanNotResolvable(f"There is no measure called '{name}'.")
    keys = key_dimensions(plan)
    filters = plan_filters(plan)
    for name in (*keys, *(f.dimension for f in filters)):
        if name not in catalog.dimensions:
            raise PlanNotResolvable(f"There is no dimension called '{name}'.")
    if share_in_periods(plan):
        raise PlanNotResolvable(SHARE_IN_PERIODS_SAID)
    if plan.derived == "share" and plan.exists:  # (the share's SQL has no such condition)
        raise PlanNotResolvable(
            "I can't yet compute a share among things that have (or lack) something: ask "
            "for the two counts instead."
        )
    for having in plan.having:
        if having.measure not in plan.measures:
            raise PlanNotResolvable(f"A threshold on '{having.measure}' needs that measure.")
        if catalog.measures[having.measure].format == "date":  # a date is not a number
            raise PlanNotResolvable(
                f"{catalog.measures[having.measure].label} is a date: it can't be compared "
                "with a number."
            )
    # staff ids are read only by roles that may read the staff, wherever they are stored
    required = frozenset(
        r
        for name in (*keys, *(f.dimension for f in filters))
        for r in catalog.dimensions[name].requires
    )
    if plan.intent == "list":
        base = catalog.dimensions[keys[0]].home
        group = resolve_group(catalog, base, (), keys, filters, names & set(keys))
        extra = _exists_relations(plan, catalog, base)
        relations = group.relations | extra
        return Resolution((group,), keys, relations, required)
    needs_time = bool(
        plan.time_grain
        or plan.time_range
        or (plan.comparison is not None and plan.comparison.periods)
    )
    # one group per relation, and per date when time matters: rentals by rental date and
    # returns by return date are counted apart, then joined on their month
    by_relation: dict[tuple[str, str | None], list[Measure]] = {}
    # "films and July rentals per genre": a measure with no date beside one limited to a
    # period counts all its rows (the period is the dated measure's)
    undated_beside = (
        plan.time_range is not None
        and not plan.time_grain
        and plan.comparison is None
        and plan.derived is None
        and not plan.having
        and any(catalog.measures[m].time_column is not None for m in plan.measures)
    )
    for name in dict.fromkeys(plan.measures):
        measure = catalog.measures[name]
        if needs_time and measure.time_column is None and not undated_beside:
            raise PlanNotResolvable(
                f"{measure.label} has no date, so it can't be limited to a period or shown "
                "over time."
            )
        dated = measure.time_column if needs_time else None
        by_relation.setdefault((measure.relation, dated), []).append(measure)
    for together in by_relation.values():
        # a part of a date is read from the group's own date ("returns by weekday": the
        # day they came back); measures on several dates in one group cannot share it
        if len({m.time_column for m in together}) > 1:
            for measure in together:
                _same_date(measure, (*keys, *(f.dimension for f in filters)), catalog)
    periods = bool(plan.comparison is not None and plan.comparison.periods)
    named = names & set(keys) if len(by_relation) == 1 and not periods else frozenset()
    groups = tuple(
        resolve_group(catalog, base, tuple(measures), keys, filters, named)
        for (base, _), measures in by_relation.items()
    )
    relations = frozenset().union(*(g.relations for g in groups))
    if plan.exists:
        if len(groups) != 1:
            raise PlanNotResolvable("I can only check what exists for one kind of row.")
        relations |= _exists_relations(plan, catalog, groups[0].base)
    return Resolution(groups=groups, dimensions=keys, relations=relations, required=required)


def _same_date(measure: Measure, keys: tuple[str, ...], catalog: Catalog) -> None:
    """A part of a date a measure is grouped by (the hour, the weekday) is taken from the
    measure's own date: the busiest hour for returns is the hour things came back, which
    no source of the hour reads (it reads the rental time), so such a plan is refused."""
    if measure.time_column is None:
        return
    dates = catalog.dates.get(measure.relation, frozenset())
    for name in keys:
        for source in catalog.dimensions[name].sources:
            if source.relation != measure.relation:
                continue
            read = {c.name for c in source.parsed.find_all(exp.Column)}
            if read & dates and measure.time_column not in read:
                raise PlanNotResolvable(
                    f"{measure.label} can't be broken down or filtered by "
                    f"{catalog.dimensions[name].label.lower()}: that is read from another "
                    f"date than the {measure.time_column.replace('_', ' ')}."
                )


def _read_on(source: Source, column: str, dates: frozenset[str]) -> Source:
    """``source`` reading the date ``column`` where it reads another date of its relation
    (the weekday of a rental, for returns: the weekday of the return)."""
    read = {c.name for c in source.parsed.find_all(exp.Column)} & dates
    if len(read) != 1 or column in read:
        return source
    (other,) = read

    def swap(node: exp.Expr) -> exp.Expr:
        if isinstance(node, exp.Column) and node.name == other:
            return exp.column(column, table=node.table or None)
        return node

    parsed = source.parsed.transform(swap)
    key = _read_on(source.key, column, dates) if source.key is not None else None
    return replace(source, expression=parsed.sql(), parsed=parsed, key=key)


def entity_link(catalog: Catalog, dimension: str, base: str) -> tuple[Source, tuple[Lookup, ...]]:
    """How rows of ``base`` name values of the entity ``dimension``: its key where it has
    one (over the source's relation), else its source; with the path to it."""
    found = catalog.find_source(dimension, base)
    if found is None:
        label = catalog.dimensions[dimension].label.lower()
        raise PlanNotResolvable(f"I can't tell which {label} these rows belong to.")
    source, path = found
    key = catalog.dimensions[dimension].key
    if key is not None and key.relation == source.relation:
        return key, path
    return source, path


def exists_subject(plan: QueryPlan, catalog: Catalog, base: str) -> str:
    """The entity an ``exists`` condition is about: the listed one, else the one whose
    rows ``base`` holds (films for the film count)."""
    if plan.intent == "list":
        return key_dimensions(plan)[0]
    entities = {n: d for n, d in catalog.dimensions.items() if not d.attribute}
    counted = catalog.measures[plan.measures[0]].distinct_column if plan.measures else None
    for name, dimension in entities.items():  # "renting customers who never ...": customers
        own = [s.parsed for s in dimension.sources if s.relation == base]
        if dimension.key is not None and dimension.key.relation == base:
            own.append(dimension.key.parsed)  # the films' own film_id
        if counted is not None and any(
            isinstance(e, exp.Column) and e.name == counted for e in own
        ):
            return name
    if counted is not None:  # "films in stock never rented": films, whose rows are elsewhere
        raise PlanNotResolvable("I can't yet count these with a condition on what they lack.")
    for name, dimension in entities.items():  # the customers of "customers who never rented"
        if dimension.home == base:
            return name
    for name, dimension in entities.items():
        if dimension.sources[0].relation == base and (
            dimension.key is not None or len(dimension.sources) == 1
        ):
            return name
    raise PlanNotResolvable("I can't tell what should or shouldn't exist here.")


def _exists_relations(plan: QueryPlan, catalog: Catalog, base: str) -> frozenset[str]:
    relations: set[str] = set()
    for condition in plan.exists:
        if condition.measure not in catalog.measures:
            raise PlanNotResolvable(f"There is no measure called '{condition.measure}'.")
        measure = catalog.measures[condition.measure]
        subject = exists_subject(plan, catalog, base)
        entity_link(catalog, subject, base)
        entity_link(catalog, subject, measure.relation)
        if condition.time_range is not None and measure.time_column is None:
            raise PlanNotResolvable(f"{measure.label} has no date to limit to a period.")
        inner = resolve_group(catalog, measure.relation, (), (subject,), condition.filters)
        relations |= inner.relations
    return frozenset(relations)


def relations_needed(plan: QueryPlan, catalog: Catalog) -> frozenset[str]:
    """The relations a role must be allowed to read for ``plan`` (raises if it cannot
    compile): those it reads and those its dimensions require."""
    return resolve_plan(plan, catalog).needs


def relations_for_plan(plan: QueryPlan, catalog: Catalog) -> frozenset[str]:
    """The catalog relations that compiling ``plan`` reads (raises if it cannot)."""
    return resolve_plan(plan, catalog).relations


def _no_sideways_step(
    path: tuple[Lookup, ...], measures: tuple[Measure, ...], dimension: str, catalog: Catalog
) -> None:
    """Refuse a breakdown reached up a lookup and back down another ("revenue by copy"
    through the film: each payment would count for every copy of its film, not the one
    rented). Only a count of different things ("actors per store": those with a film
    there) reads right that way."""
    up = next((i for i, step in enumerate(path) if step.to_one), None)
    if up is None or all(m.distinct_column is not None for m in measures):
        return
    if any(step.cardinality == "one_to_many" for step in path[up + 1 :]):
        noun = " and ".join(m.label for m in measures)
        label = catalog.dimensions[dimension].label.lower()
        via = path[up].target
        raise PlanNotResolvable(
            f"{noun} can't be broken down by {label}: the data reaches a {label} from "
            f"{noun.lower()} only through the {via}, which has several {plural(label)}."
        )


def resolve_group(
    catalog: Catalog,
    base: str,
    measures: tuple[Measure, ...],
    keys: tuple[str, ...],
    filters: tuple[Filter, ...],
    names: frozenset[str] = frozenset(),
) -> MeasureGroup:
    paths = catalog.paths_from(base)
    joins: dict[str, Lookup] = {}  # target -> lookup, in join order

    def join(path: tuple[Lookup, ...]) -> None:
        for lookup in path:
            joins.setdefault(lookup.target, lookup)

    dated = {m.time_column for m in measures if m.time_column is not None}

    def source_of(dimension: str) -> tuple[Source, tuple[Lookup, ...]]:
        found = catalog.find_source(dimension, base)
        if found is None:
            noun = " and ".join(m.label for m in measures) or catalog.relations[base].subject
            noun = noun[:1].upper() + noun[1:]
            label = catalog.dimensions[dimension].label.lower()
            raise PlanNotResolvable(f"{noun} can't be broken down or filtered by {label}.")
        source, path = found
        if len(dated) == 1 and source.relation == base:
            (column,) = dated
            source = _read_on(source, column, catalog.dates.get(base, frozenset()))
        return source, path

    for measure in measures:
        for relation in measure.needs:
            join(paths[relation])
    key_sources: dict[str, Source] = {}
    for dimension in keys:
        source, path = source_of(dimension)
        _no_sideways_step(path, measures, dimension, catalog)
        join(path)
        key_sources[dimension] = source
    placed: list[DirectFilter | SemiJoinFilter] = []
    semi_relations: set[str] = set()
    for flt in filters:
        if flt.dimension in key_sources:
            placed.append(DirectFilter(flt, key_sources[flt.dimension]))
            continue
        source, path = source_of(flt.dimension)
        joined = [i for i, step in enumerate(path) if step.target in joins]
        start = joined[-1] + 1 if joined else 0  # first step not joined yet
        rest = path[start:]
        if all(step.to_one for step in rest):
            join(rest)
            placed.append(DirectFilter(flt, source))
        else:
            anchor = rest[0].source
            placed.append(SemiJoinFilter(flt, anchor, rest, source))
            semi_relations.update(step.target for step in rest)
    name_sources: dict[str, Source] = {}
    name_joins: dict[str, Lookup] = {}
    for dimension in keys:
        found = catalog.names_path(dimension, base) if dimension in names else None
        if found is not None:
            name_sources[dimension] = found[0]
            for lookup in found[1]:
                if lookup.target not in joins:
                    name_joins.setdefault(lookup.target, lookup)
    return MeasureGroup(
        base=base,
        measures=measures,
        joins=tuple(joins.values()),
        keys=key_sources,
        names=name_sources,
        name_joins=tuple(name_joins.values()),
        filters=tuple(placed),
        time_column=measures[0].time_column if measures else None,
        relations=frozenset({base, *joins, *name_joins, *semi_relations}),
    )
