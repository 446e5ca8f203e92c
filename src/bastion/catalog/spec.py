"""The shape of ``catalog.yaml`` as pydantic models, and the cross-reference checks that
make a catalog valid (every name points at something that exists, no role can read a
base table with people or money). Parsing SQL snippets is left to :mod:`catalog`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bastion.vocabulary import Role

# The catalog's words; the planner's QueryPlan uses the same ones (it builds on the catalog).
Grain = Literal["day", "week", "month", "quarter", "year"]
ColumnFormat = Literal["currency", "integer", "number", "percent", "text", "date"]
Cardinality = Literal["many_to_one", "one_to_many", "many_to_many"]
KnownValuesField = Literal[
    "categories",
    "ratings",
    "countries",
    "cities",
    "districts",
    "actors",
    "films",
    "languages",
    "actor_first_names",
    "actor_last_names",
]
# What kind of value an attribute holds: which comparisons a question can make on it.
AttributeType = Literal[
    "text", "number", "money", "minutes", "year", "date", "timestamp", "boolean", "list"
]
GRAINS: tuple[Grain, ...] = ("day", "week", "month", "quarter", "year")


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


_DATE_TYPES = frozenset({"date", "timestamp", "timestamptz"})


class ColumnSpec(_Spec):
    type: str
    description: str = Field(min_length=1)
    sensitivity: tuple[str, ...] = ()


class RelationSpec(_Spec):
    kind: Literal["view", "table"]
    alias: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    subject: str = Field(min_length=1)  # "Your role can't see {subject}."
    description: str = Field(min_length=1)
    scope_column: str | None = None
    columns: dict[str, ColumnSpec] = Field(min_length=1)


class BaseTableSpec(_Spec):
    """A base table with people or money that no role may read: why, and each of its
    columns with its sensitivity, so that every table of the data is described."""

    reason: str = Field(min_length=1)
    columns: dict[str, ColumnSpec] = Field(min_length=1)


class JoinSpec(_Spec):
    from_: str = Field(alias="from", pattern=r"^\w+\.\w+$")
    to: str = Field(pattern=r"^\w+\.\w+$")
    cardinality: Cardinality


class MeasureSpec(_Spec):
    label: str = Field(min_length=1)
    description: str = Field(min_length=1)
    relation: str
    expression: str = Field(min_length=1)
    format: ColumnFormat
    time_column: str | None = None
    zero_when_empty: bool = False
    synonyms: tuple[str, ...] = Field(min_length=1)
    # A measure counting part of another's rows (late returns of rentals): "what share
    # of rentals are late" is this one over that one.
    part_of: str | None = None
    # A verb naming this measure turns a count of these into it: "how many titles does
    # the store carry" counts films in stock, not the catalogue.
    refines: tuple[str, ...] = ()
    # More of it is worse (late returns): "the worst month" has the most, "the best" least.
    higher_is_worse: bool = False


class SourceSpec(_Spec):
    relation: str
    expression: str = Field(min_length=1)
    # What identifies and sorts the values from this source (a weekday's number), when
    # it is not the dimension's ``key``.
    key: str | None = None


class NamesSpec(_Spec):
    """How people know a dimension's values (a customer id by the customer's masked
    name): an expression over a relation its sources reach without multiplying rows."""

    label: str = Field(min_length=1)
    relation: str
    expression: str = Field(min_length=1)


class DimensionSpec(_Spec):
    label: str = Field(min_length=1)
    description: str = Field(min_length=1)
    format: ColumnFormat = "text"
    sort: Literal["value", "measure"] = "measure"
    numbered: bool = False  # "store 2": values are integers written after a synonym
    # Words that name a numbered dimension only right before its number ("rental 1234",
    # "film 5"), where alone they name something else (rentals counted, a film's title).
    numbered_as: tuple[str, ...] = ()
    known_values: KnownValuesField | None = None
    values: tuple[str, ...] = ()  # fixed values known without the database
    sensitivity: tuple[str, ...] = ()
    # Relations a role must be allowed to read to group or filter by this dimension, over
    # any source: staff ids in rentals are still the staff's (v_staff_public).
    requires: tuple[str, ...] = ()
    # Things a bare noun phrase asks the number of ("comedy copies at store 1": how many),
    # their ids listed only when asked for ("list the copies", "copy ids").
    counted_when_bare: bool = False
    sources: tuple[SourceSpec, ...] = Field(min_length=1)
    names: NamesSpec | None = None  # shown beside each value, where the role may read it
    synonyms: tuple[str, ...] = Field(min_length=1)
    type: AttributeType = "text"
    # An attribute of one row (a film's length, a payment's amount) rather than a way to
    # group: a question filters on it, shows it beside a list or ranks a list by it.
    attribute: bool = False
    # The attribute "the biggest payment" ranks payments by.
    ranked_by: str | None = None
    unit: str | None = None  # "minutes", "dollars": how a number is said
    # An entity's identifier over the first source's relation: rows are grouped by it (two
    # actors with one name stay apart) and it is shown first, as ``<name>_id``.
    key: str | None = None
    # More columns of the first source's relation shown beside each value (an actor's
    # first and last name), output name -> expression.
    parts: dict[str, str] = {}
    # A breakdown by it leaves out the rows with no value (rentals still out have no
    # days out): "rentals by number of days kept" counts the returned ones.
    known_only: bool = False
    # Where a list of the entity's values starts (all customers, not those who paid):
    # one of the sources' relations; the first source's by default.
    home: str | None = None


class GrainSpec(_Spec):
    label: str = Field(min_length=1)
    synonyms: tuple[str, ...] = Field(min_length=1)


class RoleSpec(_Spec):
    description: str = Field(min_length=1)
    rationale: str = Field(min_length=1)  # why these relations and not the others
    relations: tuple[str, ...]


class SuggestionSpec(_Spec):
    question: str = Field(min_length=1)
    needs: tuple[str, ...] = Field(min_length=1)


class CatalogSpec(_Spec):
    version: str = Field(min_length=1)
    schema_name: str = Field(alias="schema", pattern=r"^[a-z_][a-z0-9_]*$")
    sensitivity_tags: dict[str, str]
    # The tags that mark data about a person: a column or dimension with one of them names
    # or identifies a customer or a staff member. Names of anything else (an actor, a
    # film, a city) are not personal data.
    personal_tags: tuple[str, ...] = Field(min_length=1)
    never_queryable: dict[str, BaseTableSpec]
    relations: dict[str, RelationSpec] = Field(min_length=1)
    joins: tuple[JoinSpec, ...] = ()
    measures: dict[str, MeasureSpec] = Field(min_length=1)
    dimensions: dict[str, DimensionSpec] = Field(min_length=1)
    time_grains: dict[Grain, GrainSpec]
    default_ranking_measures: tuple[str, ...] = ()
    roles: dict[Role, RoleSpec] = Field(min_length=1)
    suggestions: tuple[SuggestionSpec, ...] = ()

    def reference_problems(self) -> list[str]:
        """Every dangling name in the file, as sentences (empty when all is well)."""
        problems: list[str] = []
        relations = self.relations
        tags = self.sensitivity_tags

        def column_ok(where: str, relation: str, column: str) -> None:
            if relation not in relations:
                problems.append(f"{where}: unknown relation '{relation}'.")
            elif column not in relations[relation].columns:
                problems.append(f"{where}: relation '{relation}' has no column '{column}'.")

        for tag in self.personal_tags:
            if tag not in tags:
                problems.append(f"personal_tags: unknown tag '{tag}'.")
        described = [(f"relations.{n}", r.columns) for n, r in relations.items()]
        described += [(f"never_queryable.{n}", t.columns) for n, t in self.never_queryable.items()]
        for where, columns in described:
            for column_name, column in columns.items():
                for tag in column.sensitivity:
                    if tag not in tags:
                        problems.append(f"{where}.columns.{column_name}: unknown tag '{tag}'.")
        for name in self.never_queryable:
            if name in relations:
                problems.append(f"relations.{name}: '{name}' is never queryable.")
        aliases: dict[str, str] = {}
        for name, rel in relations.items():
            if rel.scope_column is not None and rel.scope_column not in rel.columns:
                problems.append(f"relations.{name}.scope_column: no column '{rel.scope_column}'.")
            if rel.alias in aliases:
                problems.append(
                    f"relations.{name}.alias: '{rel.alias}' is also {aliases[rel.alias]}'s."
                )
            aliases[rel.alias] = name
        for index, join in enumerate(self.joins):
            for end in (join.from_, join.to):
                end_relation, end_column = end.split(".")
                column_ok(f"joins[{index}]", end_relation, end_column)
        for name, measure in self.measures.items():
            where = f"measures.{name}"
            if measure.relation not in relations:
                problems.append(f"{where}.relation: unknown relation '{measure.relation}'.")
            elif measure.time_column is not None:
                column_ok(f"{where}.time_column", measure.relation, measure.time_column)
                found = relations[measure.relation].columns.get(measure.time_column)
                if found is not None and found.type not in _DATE_TYPES:
                    problems.append(
                        f"{where}.time_column: '{measure.time_column}' is {found.type}, not a "
                        "date or a time."
                    )
        for name, dim in self.dimensions.items():
            for tag in dim.sensitivity:
                if tag not in tags:
                    problems.append(f"dimensions.{name}: unknown tag '{tag}'.")
            for index, source in enumerate(dim.sources):
                if source.relation not in relations:
                    problems.append(
                        f"dimensions.{name}.sources[{index}]: unknown relation '{source.relation}'."
                    )
            problems += [
                f"dimensions.{name}.requires: unknown relation '{relation}'."
                for relation in dim.requires
                if relation not in relations
            ]
            if dim.names is not None and dim.names.relation not in relations:
                problems.append(
                    f"dimensions.{name}.names: unknown relation '{dim.names.relation}'."
                )
        missing_grains = [g for g in GRAINS if g not in self.time_grains]
        if missing_grains:
            problems.append(f"time_grains: missing {', '.join(missing_grains)}.")
        for name in self.default_ranking_measures:
            if name not in self.measures:
                problems.append(f"default_ranking_measures: unknown measure '{name}'.")
        for role, spec in self.roles.items():
            for relation in spec.relations:
                if relation in self.never_queryable:
                    problems.append(
                        f"roles.{role}: '{relation}' is a base table with people or money and "
                        "is never queryable."
                    )
                elif relation not in relations:
                    problems.append(f"roles.{role}: unknown relation '{relation}'.")
        for index, suggestion in enumerate(self.suggestions):
            for relation in suggestion.needs:
                if relation not in relations:
                    problems.append(f"suggestions[{index}]: unknown relation '{relation}'.")
        return problems
