"""The state one check carries from rule to rule: the policy, every parsed statement, the
deny reasons so far, the relations read and the limit applied.

Rules share one walk of the tree (``nodes``) and one resolution of its relation references
(``references``); a rule that rewrites the tree calls ``tree_changed`` so that later rules
see the new tree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlglot import exp

from bastion.guard.policy import GuardPolicy
from bastion.guard.references import References, resolve_references
from bastion.guard.verdict import Reason


@dataclass
class GuardContext:
    policy: GuardPolicy
    statements: tuple[exp.Expr, ...] = ()
    reasons: list[Reason] = field(default_factory=list)
    relations: set[str] = field(default_factory=set)
    limit_applied: int | None = None
    _nodes: list[exp.Expr] | None = None
    _references: References | None = None

    def deny(self, code: str, message: str) -> None:
        reason = Reason(code, message)
        if reason not in self.reasons:
            self.reasons.append(reason)

    def nodes(self, tree: exp.Expr) -> list[exp.Expr]:
        """Every node of ``tree``, parents before children (one walk shared by the rules)."""
        if self._nodes is None or self._nodes[0] is not tree:
            self._nodes = list(tree.walk())
        return self._nodes

    def references(self, tree: exp.Expr) -> References:
        if self._references is None or self._references.tree is not tree:
            self._references = resolve_references(tree, self.nodes(tree))
        return self._references

    def tree_changed(self) -> None:
        self._nodes = None
        self._references = None


# A rule: looks at the tree, adds deny reasons to the context or returns a rewritten tree.
Guard = Callable[[exp.Expr, GuardContext], exp.Expr]
