"""The policy engine: an org's active policies checked at three points of a question,
each a tuple of small named rules run in order by a short driver on ``PolicySet``:

- ``REQUEST_CHECKS`` (before planning), on the question: ``blocked_topics``,
  ``pii_requests`` (words asking for personal data the role may not ask for) and
  ``data_classes_requested`` (the catalog's words for measures and dimensions pointing at
  data of a class the role may not reach). Before them, the question is scanned once for
  personal data written in it: redacted, and refused by ``pii_in_question`` where a rule
  keeps that type from the role;
- ``SQL_CHECKS`` (after the guard), on what the SQL reads: ``untraced_sql``,
  ``data_classes_read`` (refuse what the role may not reach; hold classes that need an
  approver) and ``risk_threshold`` (the guard's risk score);
- ``RESULT_FILTERS`` (before rows leave): ``column_access`` (the column rules),
  ``mask_columns``, ``hide_columns`` and ``redact_pii`` (free-text cells).

A request or SQL check is a plain function of one policy and what is checked (a
``Request``, ``SqlReads``) returning its ``Decision``s (allow, mask, hide, redact, refuse,
require_approval), each naming the policy, its version and the rule that fired; a policy
none of whose checks fired allows. A result filter works on all policies at once: it
changes a ``ResultRows`` and adds its decisions there. Several active policies are each
applied and the strictest outcome wins: refusals come first (the first is the reason
given), any hold holds, a column gets the strictest access. The caller records every
decision.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, text

from bastion.catalog import Catalog
from bastion.config.cache import CounterCache
from bastion.execution.executor import ExecutionResult
from bastion.guard.verdict import Risk
from bastion.planner.plan import ResultColumn
from bastion.policy.lineage import BaseColumn, Lineage, lineage
from bastion.policy.pii import detect, redact, scan_rows
from bastion.policy.rules import (
    ACCESS_ORDER,
    CLASS_NAMES,
    CLASS_ORDER,
    PII_REQUEST_WORDS,
    Access,
    ApprovalRules,
    DataClass,
    PiiRequestRule,
    PolicyRules,
)

COUNTER = "policies"
BUILT_IN = "built-in default"
ALLOW, MASK, HIDE, REDACT, REFUSE, APPROVAL = (
    "allow",
    "mask",
    "hide",
    "redact",
    "refuse",
    "require_approval",
)


@dataclass(frozen=True)
class Decision:
    stage: str  # request | sql | result
    action: str
    policy_id: int | None
    policy_name: str
    policy_version: int
    rule: str
    message: str | None = None
    detail: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def public(self) -> dict[str, Any]:
        return {
            "stage": self.stage,
            "action": self.action,
            "policy_id": self.policy_id,
            "policy": self.policy_name,
            "version": self.policy_version,
            "rule": self.rule,
            "message": self.message,
            "detail": self.detail,
        }


def _phrase(words: Sequence[str]) -> re.Pattern[str] | None:
    """Whole words or phrases, case-insensitively; spaces match any run of spaces."""
    if not words:
        return None
    parts = sorted({r"\s+".join(map(re.escape, w.split())) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


def _stricter(a: Access, b: Access) -> Access:
    return a if ACCESS_ORDER.index(a) >= ACCESS_ORDER.index(b) else b


def mask_value(value: object) -> object:
    """Keep the first character of a text, the last two of anything else."""
    if value is None:
        return None
    shown = str(value)
    if isinstance(value, str):
        return shown[:1] + "*" * max(3, len(shown) - 1)
    return "***" + shown[-2:]


@dataclass(frozen=True)
class ActivePolicy:
    id: int | None
    name: str
    version: int
    rules: PolicyRules

    def decision(
        self, stage: str, action: str, rule: str, message: str | None = None, **detail: Any
    ) -> Decision:
        return Decision(stage, action, self.id, self.name, self.version, rule, message, detail)

    @cached_property
    def topic_patterns(self) -> tuple[tuple[Any, re.Pattern[str]], ...]:
        return tuple((t, p) for t in self.rules.topics if (p := _phrase(t.keywords)) is not None)

    @cached_property
    def pii_patterns(self) -> dict[str, re.Pattern[str]]:
        return {
            entity: pattern
            for entity, words in PII_REQUEST_WORDS.items()
            if (pattern := _phrase(words)) is not None
        }


@dataclass(frozen=True)
class FilteredResult:
    columns: tuple[ResultColumn, ...]
    rows: list[tuple[Any, ...]]
    decisions: list[Decision]


def _applies(roles: Sequence[str], role: str) -> bool:
    """A rule that names roles applies to those; one that names none, to everyone."""
    return not roles or role in roles


def _class_data(level: DataClass) -> str:
    return f"{CLASS_NAMES[level]} (class {level}) data"


@dataclass(frozen=True)
class PiiScanSettings:
    """How questions and results are scanned for PII under several active policies: every
    PII type any of them names, at the lowest threshold. Decisions name the first."""

    policy: ActivePolicy
    entities: tuple[str, ...]
    threshold: float


def pii_scan_settings(policies: Sequence[ActivePolicy]) -> PiiScanSettings | None:
    """The scan the active policies ask for; None when none of them scans."""
    scans = [(p, p.rules.pii_scan) for p in policies if p.rules.pii_scan is not None]
    if not scans:
        return None
    return PiiScanSettings(
        scans[0][0],
        tuple(sorted({e for _, scan in scans for e in scan.entities})),
        min(scan.threshold for _, scan in scans),
    )


# -- the question ----------------------------------------------------------------------
#
# A request check is a function of one policy and the question, returning the decisions
# it makes; ``PolicySet.check_request`` runs ``REQUEST_CHECKS`` for each policy in order.


@dataclass(frozen=True)
class Request:
    """A question as the request checks see it."""

    question: str
    role: str
    # Relations the catalog's words in the question point at (sorted) -> their subject.
    mentioned: Mapping[str, str] = field(default_factory=dict)
    # Personal data written in the question (the PII scan): how many of each type.
    pii_found: Mapping[str, int] = field(default_factory=dict)


RequestCheck = Callable[[ActivePolicy, Request], list[Decision]]


def _pii_refusal(policy: ActivePolicy, rule: PiiRequestRule, entities: list[str]) -> Decision:
    return policy.decision(
        "request", REFUSE, f"pii_requests.{rule.id}", rule.message, entities=entities
    )


def pii_in_question(policy: ActivePolicy, request: Request) -> list[Decision]:
    """Personal data written in the question (found by the PII scan: an e-mail address,
    a card number) of a type one of the role's ``pii_requests`` rules covers: refused.

    It runs for every policy before ``REQUEST_CHECKS`` (its refusals come first) and does
    not count as one of them: a policy that refuses only here still records its allow."""
    found = set(request.pii_found)
    return [
        _pii_refusal(policy, rule, sorted(found & set(rule.entities)))
        for rule in policy.rules.pii_requests
        if _applies(rule.roles, request.role) and found & set(rule.entities)
    ]


def blocked_topics(policy: ActivePolicy, request: Request) -> list[Decision]:
    """Topics of the role's ``topics`` rules (whole words or phrases, any case): refused,
    or held for an approver (``action: require_approval``)."""
    return [
        policy.decision("request", topic.action, f"topics.{topic.id}", topic.message)
        for topic, pattern in policy.topic_patterns
        if _applies(topic.roles, request.role) and pattern.search(request.question)
    ]


def pii_requests(policy: ActivePolicy, request: Request) -> list[Decision]:
    """Words asking for personal data ("e-mail", "card number") of a type the role's
    ``pii_requests`` rules keep from it: refused."""
    decisions: list[Decision] = []
    for rule in policy.rules.pii_requests:
        if not _applies(rule.roles, request.role):
            continue
        asked = [e for e in rule.entities if policy.pii_patterns[e].search(request.question)]
        if asked:
            decisions.append(_pii_refusal(policy, rule, asked))
    return decisions


def data_classes_requested(policy: ActivePolicy, request: Request) -> list[Decision]:
    """Catalog words pointing at a relation of a class the role may not reach: refused."""
    classes = policy.rules.data_classes
    decisions: list[Decision] = []
    for relation, subject in request.mentioned.items():
        level = classes.class_of(relation)
        if level not in classes.reachable(request.role):
            decisions.append(
                policy.decision(
                    "request",
                    REFUSE,
                    f"data_classes.{level}",
                    f"Your role ({request.role}) may not reach {_class_data(level)} such as "
                    f"{subject}.",
                    relation=relation,
                    data_class=level,
                )
            )
    return decisions


REQUEST_CHECKS: tuple[RequestCheck, ...] = (blocked_topics, pii_requests, data_classes_requested)


# -- the SQL ---------------------------------------------------------------------------
#
# A SQL check is a function of one policy and what the SQL reads, returning the
# decisions it makes; ``PolicySet.check_sql`` runs ``SQL_CHECKS`` for each policy in order.


@dataclass(frozen=True)
class SqlReads:
    """What a guarded SQL statement reads, as the SQL checks see it."""

    role: str
    lineage: Lineage | None  # None: its columns could not be traced
    risk: Risk | None = None  # the guard's risk score


SqlCheck = Callable[[ActivePolicy, SqlReads], list[Decision]]


def untraced_sql(policy: ActivePolicy, sql: SqlReads) -> list[Decision]:
    """SQL whose relations and columns cannot be traced is refused: it could read
    anything."""
    if sql.lineage is not None:
        return []
    return [policy.decision("sql", REFUSE, "lineage", "The SQL could not be checked.")]


def data_classes_read(policy: ActivePolicy, sql: SqlReads) -> list[Decision]:
    """The class of every relation and column the SQL reads (a column's own class first):
    a class the role may not reach is refused, a class in ``approval_required`` held for
    an approver. One decision per class, lowest class first, naming what was read."""
    if sql.lineage is None:
        return []
    classes = policy.rules.data_classes
    levels: dict[DataClass, set[str]] = {}
    for relation in sql.lineage.relations:
        levels.setdefault(classes.class_of(relation), set()).add(relation)
    for relation, column in sql.lineage.read:
        levels.setdefault(classes.class_of(relation, column), set()).add(f"{relation}.{column}")
    decisions: list[Decision] = []
    for level in CLASS_ORDER:
        if level not in levels:
            continue
        what = sorted(levels[level])
        if level not in classes.reachable(sql.role):
            decisions.append(
                policy.decision(
                    "sql",
                    REFUSE,
                    f"data_classes.{level}",
                    f"Your role ({sql.role}) may not reach {_class_data(level)}: "
                    f"{', '.join(what)}.",
                    data_class=level,
                    reads=what,
                )
            )
        elif level in classes.approval_required:
            decisions.append(
                policy.decision(
                    "sql",
                    APPROVAL,
                    f"data_classes.approval.{level}",
                    f"Reading {_class_data(level)} needs an approver: {', '.join(what)}.",
                    data_class=level,
                    reads=what,
                )
            )
    return decisions


def risk_threshold(policy: ActivePolicy, sql: SqlReads) -> list[Decision]:
    """A guard risk score at or above the policy's ``approval.refuse_threshold``: refused;
    at or above its ``approval.risk_threshold``: held for an approver."""
    rules, risk = policy.rules.approval, sql.risk
    if risk is None:
        return []
    why = "; ".join(risk.factors) or "costly query"
    for action, rule, limit, outcome in (
        (REFUSE, "refuse_threshold", rules.refuse_threshold, ", the most this organisation runs"),
        (APPROVAL, "risk_threshold", rules.risk_threshold, ""),
    ):
        if limit is not None and risk.score >= limit:
            return [
                policy.decision(
                    "sql",
                    action,
                    f"approval.{rule}",
                    f"The query's risk score {risk.score} is at or above {limit}{outcome}: {why}.",
                    score=risk.score,
                    level=risk.level,
                    factors=list(risk.factors),
                )
            ]
    return []


SQL_CHECKS: tuple[SqlCheck, ...] = (untraced_sql, data_classes_read, risk_threshold)


# -- the result ------------------------------------------------------------------------
#
# A result filter changes the rows on their way out (columns masked, dropped, text
# redacted) under all the active policies at once, and adds its decisions;
# ``PolicySet.filter_result`` runs ``RESULT_FILTERS`` in order.


@dataclass
class ResultRows:
    """A result on its way out, as the result filters change it. ``sources`` and
    ``access`` have one entry per column."""

    policies: tuple[ActivePolicy, ...]
    role: str
    columns: list[ResultColumn]
    rows: list[tuple[Any, ...]]
    # The base columns each output column passes through; None: not known for sure.
    sources: tuple[frozenset[BaseColumn], ...] | None = None
    access: list[Access] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.access:
            self.access = ["clear"] * len(self.columns)


ResultFilter = Callable[[ResultRows], None]


def column_access(result: ResultRows) -> None:
    """Each ``columns`` rule of each policy gives the role's access (masked, hidden) to
    the output columns that may carry its base column (``lineage``: anything but a count
    of it; every column when that is not known); a column gets the strictest. One
    decision per rule and column."""
    for policy in result.policies:
        for rule in policy.rules.columns:
            wanted = rule.access_for(result.role)
            if wanted == "clear":
                continue
            for index, column in enumerate(result.columns):
                sources = result.sources[index] if result.sources is not None else None
                # No lineage (SQL sqlglot cannot read, which the guard never lets run):
                # every rule applies to every column.
                hit = (rule.relation, rule.column) in sources if sources is not None else True
                if hit:
                    result.access[index] = _stricter(result.access[index], wanted)
                    result.decisions.append(
                        policy.decision(
                            "result",
                            HIDE if wanted == "hidden" else MASK,
                            f"columns.{rule.id}",
                            column=column.name,
                        )
                    )


def mask_columns(result: ResultRows) -> None:
    """The values of masked columns masked (``mask_value``); such a column becomes text
    (a dimension, or still the label of another column)."""
    masked = [a == "masked" for a in result.access]
    if not any(masked):
        return
    result.columns = [
        c.model_copy(
            update={"format": "text", "role": "label" if c.role == "label" else "dimension"}
        )
        if m
        else c
        for c, m in zip(result.columns, masked, strict=True)
    ]
    positions = range(len(masked))
    result.rows = [
        tuple(mask_value(row[i]) if masked[i] else row[i] for i in positions) for row in result.rows
    ]


def hide_columns(result: ResultRows) -> None:
    """Hidden columns dropped."""
    keep = [i for i, a in enumerate(result.access) if a != "hidden"]
    if len(keep) == len(result.access):
        return
    result.columns = [result.columns[i] for i in keep]
    result.access = [result.access[i] for i in keep]
    if result.sources is not None:
        result.sources = tuple(result.sources[i] for i in keep)
    result.rows = [tuple(row[i] for i in keep) for row in result.rows]


def redact_pii(result: ResultRows) -> None:
    """Personal data in the text cells of clear columns replaced by its type
    (``<EMAIL_ADDRESS>``). One decision, naming the columns and what was found."""
    scan = pii_scan_settings(result.policies)
    if scan is None or not result.rows:
        return
    text_columns = [
        i
        for i, a in enumerate(result.access)
        if a == "clear" and any(isinstance(r[i], str) for r in result.rows[:50])
    ]
    if not text_columns:
        return
    found = scan_rows(result.rows, text_columns, scan.entities, threshold=scan.threshold)
    if found.total or found.unchecked:
        result.rows = [tuple(r) for r in found.rows]
    if found.total:
        counts = {result.columns[i].name: dict(c) for i, c in found.counts.items() if c}
        result.decisions.append(scan.policy.decision("result", REDACT, "pii_scan", found=counts))
    if found.unchecked:  # cut or withheld: too long or too dense to check in bounded time
        names = {i: result.columns[i].name for i in text_columns}
        result.decisions.append(
            scan.policy.decision(
                "result",
                REDACT,
                "pii_scan.unchecked",
                f"{found.unchecked} text cell(s) were too long or too dense to check for "
                "personal data: the unchecked text is not shown.",
                cut={names[i]: n for i, n in found.cut.items()},
                withheld={names[i]: n for i, n in found.withheld.items()},
            )
        )


RESULT_FILTERS: tuple[ResultFilter, ...] = (column_access, mask_columns, hide_columns, redact_pii)


# -- the drivers -----------------------------------------------------------------------


class PolicySet:
    """An org's active policies, as one question checks them."""

    def __init__(self, policies: Sequence[ActivePolicy], catalog: Catalog) -> None:
        self.policies = tuple(policies)
        self.catalog = catalog
        self._columns = {n: frozenset(r.columns) for n, r in catalog.relations.items()}
        self._vocabulary = _vocabulary(catalog)

    @property
    def approval(self) -> ApprovalRules:
        """The approval settings: the first active policy's (by id)."""
        return self.policies[0].rules.approval if self.policies else ApprovalRules()

    def check_request(self, question: str, role: str) -> tuple[list[Decision], str]:
        """Decisions on the question, refusals first, and the question with the PII found
        in it redacted (what models and the audit trail get)."""
        sanitized, found, redacted = self._scan_question(question)
        request = Request(question, role, self.mentioned(question), found)
        decisions = [d for policy in self.policies for d in pii_in_question(policy, request)]
        decisions += redacted
        decisions += _each_policy(self.policies, "request", REQUEST_CHECKS, request)
        return _refusals_first(decisions), sanitized

    def mentioned(self, question: str) -> dict[str, str]:
        """The relations the catalog's words in ``question`` point at, by name, with the
        subject refusals call them by."""
        found = {
            rel for pattern, rels in self._vocabulary if pattern.search(question) for rel in rels
        }
        return {rel: self.catalog.relations[rel].subject for rel in sorted(found)}

    def _scan_question(self, question: str) -> tuple[str, dict[str, int], list[Decision]]:
        """The question with its PII redacted, how many of each type were found, and the
        redact decision (none when nothing was found)."""
        scan = pii_scan_settings(self.policies)
        if scan is None:
            return question, {}, []
        findings = detect(question, scan.entities, threshold=scan.threshold)
        if not findings:
            return question, {}, []
        found = dict(Counter(f.entity_type for f in findings))
        decision = scan.policy.decision("request", REDACT, "pii_scan.question", found=found)
        return redact(question, findings), found, [decision]

    def lineage(self, sql: str) -> Lineage | None:
        return lineage(sql, self._columns)

    def check_sql(self, sql: str, role: str, risk: Risk | None) -> list[Decision]:
        """Decisions on what the guarded SQL reads, policy by policy."""
        reads = SqlReads(role, self.lineage(sql), risk)
        return _each_policy(self.policies, "sql", SQL_CHECKS, reads)

    def reads_freely(self, role: str, reads: Iterable[BaseColumn]) -> bool:
        """Whether ``role`` may read these columns with no policy refusing or holding it:
        what a question may read on its own account, beyond what was asked (the names
        shown beside customer ids)."""
        read = frozenset(reads)
        found = Lineage(read=read, outputs=(), relations=frozenset(r for r, _ in read))
        decisions = _each_policy(self.policies, "sql", SQL_CHECKS, SqlReads(role, found))
        return all(d.action == ALLOW for d in decisions)

    def filter_result(
        self,
        sql: str,
        role: str,
        columns: Sequence[ResultColumn],
        rows: Sequence[tuple[Any, ...]],
    ) -> FilteredResult:
        """The rows and columns that may leave, and the decisions that shaped them (every
        policy allows when none changed anything)."""
        found = lineage(sql, self._columns, [c.name for c in columns])
        sources = (
            found.outputs if found is not None and len(found.outputs) == len(columns) else None
        )
        result = ResultRows(self.policies, role, list(columns), list(rows), sources)
        for step in RESULT_FILTERS:
            step(result)
        decisions = result.decisions or [p.decision("result", ALLOW, "none") for p in self.policies]
        return FilteredResult(tuple(result.columns), result.rows, decisions)


Checked = TypeVar("Checked")


def _each_policy(
    policies: Sequence[ActivePolicy],
    stage: str,
    checks: Sequence[Callable[[ActivePolicy, Checked], list[Decision]]],
    subject: Checked,
) -> list[Decision]:
    """Every check of each policy in order; a policy none of whose checks fired allows."""
    decisions: list[Decision] = []
    for policy in policies:
        fired = [d for check in checks for d in check(policy, subject)]
        decisions += fired or [policy.decision(stage, ALLOW, "none")]
    return decisions


def _refusals_first(decisions: list[Decision]) -> list[Decision]:
    """Refusals first (the first one is the reason given), the rest in order."""
    return sorted(decisions, key=lambda d: d.action != REFUSE)


def _vocabulary(catalog: Catalog) -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    """Words of the catalog that point at one relation: measure names, labels and
    synonyms, and dimensions with a single source."""
    entries: list[tuple[re.Pattern[str], frozenset[str]]] = []
    for measure in catalog.measures.values():
        words = [measure.name.replace("_", " "), measure.label, *measure.synonyms]
        pattern = _phrase([w for w in words if w])
        if pattern is not None:
            entries.append((pattern, frozenset({measure.relation, *measure.needs})))
    for dimension in catalog.dimensions.values():
        relations = {s.relation for s in dimension.sources}
        if len(relations) != 1:
            continue
        words = [dimension.name.replace("_", " "), dimension.label, *dimension.synonyms]
        pattern = _phrase([w for w in words if w])
        if pattern is not None:
            entries.append((pattern, frozenset(relations)))
    return tuple(entries)


ACTIVE = text(
    "SELECT id, name, version, rules FROM bastion.policies"
    " WHERE org_id = :org AND is_active ORDER BY id"
)


class PolicyCache:
    """``PolicySet`` per org, valid while the ``policies`` counter stays where it was."""

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._cache: CounterCache[int, PolicySet] = CounterCache(COUNTER)

    def for_org(self, engine: Engine, org_id: int, counter: int | None = None) -> PolicySet:
        def load(conn: Connection) -> PolicySet:
            rows = conn.execute(ACTIVE, {"org": org_id}).all()
            policies = [
                ActivePolicy(r.id, r.name, r.version, PolicyRules.model_validate(r.rules))
                for r in rows
            ]
            if not policies:  # deny by default: an org without a policy gets the built-in one
                from bastion.policy.defaults import DEFAULT_RULES

                rules = PolicyRules.model_validate(DEFAULT_RULES)
                policies = [ActivePolicy(None, BUILT_IN, 0, rules)]
            return PolicySet(policies, self._catalog)

        return self._cache.get(engine, org_id, load, counter)


def with_rows(
    result: ExecutionResult, rows: list[tuple[Any, ...]], columns: Sequence[str]
) -> ExecutionResult:
    """An ExecutionResult with other rows and column names."""
    return replace(result, rows=rows, columns=tuple(columns))
