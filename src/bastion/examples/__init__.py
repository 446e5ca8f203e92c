"""The bank of worked examples of an org: questions with the QueryPlan that answers each
(``bank``), and finding the ones nearest a question (``nearest``), by embedding similarity
when the embedding model is ready, else by fuzzy matching of the questions. A model
planning a question the deterministic planner cannot read is shown the nearest three
([docs/models.md](../../../docs/models.md#worked-examples))."""

from bastion.examples.bank import (
    COUNTER,
    PlanExampleCreate,
    PlanExamplePublic,
    add_example,
    list_examples,
    remove_example,
    seed_examples,
    suggestion_examples,
)
from bastion.examples.nearest import Neighbour, nearest_examples

__all__ = [
    "COUNTER",
    "Neighbour",
    "PlanExampleCreate",
    "PlanExamplePublic",
    "add_example",
    "list_examples",
    "nearest_examples",
    "remove_example",
    "seed_examples",
    "suggestion_examples",
]
