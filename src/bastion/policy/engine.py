"""The policy engine: an org's active policies checked at three points of a question.

- ``check_request`` (before planning): blocked topics, requests for personal data the
  role may not make, and data of a class the role may not reach (by the catalog's words
  for measures and dimensions);
- ``check_sql`` (after the guard): every relation and column the SQL reads against the
  data classes (refuse what the role may not reach; hold classes that need approval),
  and the guard's risk score against the approval threshold;
- ``filter_result`` (before rows leave): sensitive output columns masked or dropped by
  the column rules, and free-text cells scanned for PII and redacted.

Each check returns ``Decision``s (allow, mask, hide, redact, refuse, require_approval)
naming the policy, its version and the rule that fired; the caller records all of them.
Several active policies are each applied: the strictest outcome wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from sqlalchemy import Connection, Engine, text

from bastion.catalog import Catalog
from bastion.config.cache import CounterCache
from bastion.guard.verdict import Risk
from bastion.planner.plan import ResultColumn
from bastion.policy.lineage import Lineage, lineage
from bastion.policy.rules import (
    ACCESS_ORDER,
    CLASS_NAMES,
    CLASS_ORDER,
    PII_REQUEST_WORDS,
    Access,
    ApprovalRules,
    DataClass,
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

    # -- the question ------------------------------------------------------------------

    def check_request(self, question: str, role: str) -> tuple[list[Decision], str]:
        """Decisions on the question, and the question with the PII found in it redacted
        (what models and the audit trail get)."""
        decisions: list[Decision] = []
        sanitized = question
        scans = [p for p in self.policies if p.rules.pii_scan is not None]
        if scans:
            from bastion.policy.pii import detect, redact

            entities = sorted({e for p in scans for e in p.rules.pii_scan.entities})  # type: ignore[union-attr]
            threshold = min(p.rules.pii_scan.threshold for p in scans)  # type: ignore[union-attr]
            findings = detect(question, entities, threshold=threshold)
            if findings:
                sanitized = redact(question, findings)
                found: dict[str, int] = {}
                for finding in findings:
                    found[finding.entity_type] = found.get(finding.entity_type, 0) + 1
                for policy in self.policies:
                    for rule in policy.rules.pii_requests:
                        if (not rule.roles or role in rule.roles) and set(found) & set(
                            rule.entities
                        ):
                            decisions.append(
                                policy.decision(
                                    "request",
                                    REFUSE,
                                    f"pii_requests.{rule.id}",
                                    rule.message,
                                    entities=sorted(set(found) & set(rule.entities)),
                                )
                            )
                decisions.append(
                    scans[0].decision("request", REDACT, "pii_scan.question", found=found)
                )
        mentioned = {
            rel for pattern, rels in self._vocabulary if pattern.search(question) for rel in rels
        }
        for policy in self.policies:
            fired: list[Decision] = []
            for topic, pattern in policy.topic_patterns:
                if (not topic.roles or role in topic.roles) and pattern.search(question):
                    fired.append(
                        policy.decision(
                            "request", topic.action, f"topics.{topic.id}", topic.message
                        )
                    )
            for rule in policy.rules.pii_requests:
                if rule.roles and role not in rule.roles:
                    continue
                asked = [e for e in rule.entities if policy.pii_patterns[e].search(question)]
                if asked:
                    fired.append(
                        policy.decision(
                            "request",
                            REFUSE,
                            f"pii_requests.{rule.id}",
                            rule.message,
                            entities=asked,
                        )
                    )
            classes = policy.rules.data_classes
            for relation in sorted(mentioned):
                level = classes.class_of(relation)
                if level not in classes.reachable(role):
                    fired.append(
                        policy.decision(
                            "request",
                            REFUSE,
                            f"data_classes.{level}",
                            f"Your role ({role}) may not reach {CLASS_NAMES[level]} (class "
                            f"{level}) data such as {self.catalog.relations[relation].subject}.",
                            relation=relation,
                            data_class=level,
                        )
                    )
            decisions += fired or [policy.decision("request", ALLOW, "none")]
        return _refusals_first(decisions), sanitized

    # -- the SQL -----------------------------------------------------------------------

    def lineage(self, sql: str) -> Lineage | None:
        return lineage(sql, self._columns)

    def check_sql(self, sql: str, role: str, risk: Risk | None) -> list[Decision]:
        found = self.lineage(sql)
        decisions: list[Decision] = []
        for policy in self.policies:
            fired: list[Decision] = []
            classes = policy.rules.data_classes
            if found is None:
                fired.append(
                    policy.decision("sql", REFUSE, "lineage", "The SQL could not be checked.")
                )
            else:
                levels: dict[DataClass, set[str]] = {}
                for relation in found.relations:
                    levels.setdefault(classes.class_of(relation), set()).add(relation)
                for relation, column in found.read:
                    levels.setdefault(classes.class_of(relation, column), set()).add(
                        f"{relation}.{column}"
                    )
                for level in CLASS_ORDER:
                    if level not in levels:
                        continue
                    what = sorted(levels[level])
                    if level not in classes.reachable(role):
                        fired.append(
                            policy.decision(
                                "sql",
                                REFUSE,
                                f"data_classes.{level}",
                                f"Your role ({role}) may not reach {CLASS_NAMES[level]} "
                                f"(class {level}) data: {', '.join(what)}.",
                                data_class=level,
                                reads=what,
                            )
                        )
                    elif level in classes.approval_required:
                        fired.append(
                            policy.decision(
                                "sql",
                                APPROVAL,
                                f"data_classes.approval.{level}",
                                f"Reading {CLASS_NAMES[level]} (class {level}) data needs an "
                                f"approver: {', '.join(what)}.",
                                data_class=level,
                                reads=what,
                            )
                        )
            threshold = policy.rules.approval.risk_threshold
            if risk is not None and threshold is not None and risk.score >= threshold:
                fired.append(
                    policy.decision(
                        "sql",
                        APPROVAL,
                        "approval.risk_threshold",
                        f"The query's risk score {risk.score} is at or above {threshold}: "
                        f"{'; '.join(risk.factors) or 'costly query'}.",
                        score=risk.score,
                        level=risk.level,
                        factors=list(risk.factors),
                    )
                )
            decisions += fired or [policy.decision("sql", ALLOW, "none")]
        return decisions

    # -- the result --------------------------------------------------------------------

    def filter_result(
        self,
        sql: str,
        role: str,
        columns: Sequence[ResultColumn],
        rows: Sequence[Sequence[Any]],
    ) -> FilteredResult:
        found = self.lineage(sql)
        outputs = (
            found.outputs if found is not None and len(found.outputs) == len(columns) else None
        )
        access: list[Access] = ["clear"] * len(columns)
        decisions: list[Decision] = []
        for policy in self.policies:
            fired: list[Decision] = []
            for rule in policy.rules.columns:
                wanted = rule.access_for(role)
                if wanted == "clear":
                    continue
                for index, column in enumerate(columns):
                    sources = outputs[index] if outputs is not None else None
                    hit = (
                        (rule.relation, rule.column) in sources
                        if sources is not None
                        else column.name == rule.column  # unsure: match by name
                    )
                    if hit:
                        access[index] = _stricter(access[index], wanted)
                        fired.append(
                            policy.decision(
                                "result",
                                HIDE if wanted == "hidden" else MASK,
                                f"columns.{rule.id}",
                                column=column.name,
                            )
                        )
            decisions += fired
        keep = [i for i, a in enumerate(access) if a != "hidden"]
        new_columns = []
        for i in keep:
            column = columns[i]
            if access[i] == "masked":
                column = column.model_copy(update={"format": "text", "role": "dimension"})
            new_columns.append(column)
        new_rows = [
            tuple(mask_value(row[i]) if access[i] == "masked" else row[i] for i in keep)
            for row in rows
        ]
        scans = [p for p in self.policies if p.rules.pii_scan is not None]
        if scans and new_rows:
            from bastion.policy.pii import scan_rows

            entities = sorted({e for p in scans for e in p.rules.pii_scan.entities})  # type: ignore[union-attr]
            threshold = min(p.rules.pii_scan.threshold for p in scans)  # type: ignore[union-attr]
            text_columns = [
                i
                for i in range(len(new_columns))
                if access[keep[i]] == "clear" and any(isinstance(r[i], str) for r in new_rows[:50])
            ]
            if text_columns:
                scan = scan_rows(new_rows, text_columns, entities, threshold=threshold)
                if scan.total:
                    new_rows = [tuple(r) for r in scan.rows]
                    counts = {new_columns[i].name: dict(c) for i, c in scan.counts.items() if c}
                    policy = scans[0]
                    decisions.append(policy.decision("result", REDACT, "pii_scan", found=counts))
        if not decisions:
            decisions = [p.decision("result", ALLOW, "none") for p in self.policies]
        return FilteredResult(tuple(new_columns), new_rows, decisions)


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


def with_rows(result: Any, rows: list[tuple[Any, ...]], columns: Sequence[str]) -> Any:
    """An ExecutionResult with other rows and column names."""
    return replace(result, rows=rows, columns=tuple(columns))
