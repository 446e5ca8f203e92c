"""Precision and recall of PII detection on a labelled sample.

The sample is JSON lines, each ``{"text": ..., "entities": [{"type", "start", "end"}]}``. A
finding is a true positive when a labelled span of its type overlaps it; a labelled span is
recalled when a finding of its type overlaps it. Spans of types outside ``entities`` are
ignored.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection
from pathlib import Path
from typing import TypedDict

from bastion.policy.pii import DEFAULT_ENTITIES, DEFAULT_THRESHOLD, detect

OVERALL = "overall"


class Score(TypedDict):
    """Detection quality for one entity type, or for all of them (``overall``)."""

    precision: float
    recall: float
    f1: float
    true_positives: int  # findings that overlap a labelled span of their type
    false_positives: int  # findings that do not
    false_negatives: int  # labelled spans no finding of their type overlaps
    labelled: int


class Span(TypedDict):
    type: str
    start: int
    end: int


def evaluate(
    sample_path: Path | str,
    entities: Collection[str] = DEFAULT_ENTITIES,
    *,
    threshold: float = DEFAULT_THRESHOLD,
) -> dict[str, Score]:
    """Score ``detect`` on the sample: one entry per entity type, plus ``overall``."""
    wanted = set(entities)
    true_pos: Counter[str] = Counter()
    false_pos: Counter[str] = Counter()
    recalled: Counter[str] = Counter()
    labelled: Counter[str] = Counter()
    for line in Path(sample_path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        text: str = record["text"]
        spans: list[Span] = [s for s in record["entities"] if s["type"] in wanted]
        findings = detect(text, entities, threshold=threshold)
        for finding in findings:
            hit = any(
                s["type"] == finding.entity_type
                and s["start"] < finding.end
                and finding.start < s["end"]
                for s in spans
            )
            (true_pos if hit else false_pos)[finding.entity_type] += 1
        for span in spans:
            labelled[span["type"]] += 1
            if any(
                f.entity_type == span["type"] and f.start < span["end"] and span["start"] < f.end
                for f in findings
            ):
                recalled[span["type"]] += 1
    scores = {
        entity: _score(true_pos[entity], false_pos[entity], recalled[entity], labelled[entity])
        for entity in sorted(wanted)
    }
    scores[OVERALL] = _score(
        sum(true_pos.values()),
        sum(false_pos.values()),
        sum(recalled.values()),
        sum(labelled.values()),
    )
    return scores


def _score(true_pos: int, false_pos: int, recalled: int, labelled: int) -> Score:
    found = true_pos + false_pos
    precision = true_pos / found if found else 1.0
    recall = recalled / labelled if labelled else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(
        precision=precision,
        recall=recall,
        f1=f1,
        true_positives=true_pos,
        false_positives=false_pos,
        false_negatives=labelled - recalled,
        labelled=labelled,
    )
