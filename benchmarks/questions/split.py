"""Split questions.jsonl by intent into dev.jsonl (~60%) and test.jsonl (~40%).

All phrasings of one intent go to the same split. Intents are grouped into strata by their
form (the form of the intent's first question; refusal-form intents by form and refusal
reason). Within a stratum the intents are put in a random order fixed by the seed (sorted by
sha256 of "SEED:intent") and taken into dev while that brings the stratum's dev share closer
to 60% of its questions; the rest go to test. Stratifying keeps every form in both splits.
Rerunning gives the same split, and adding an intent later moves at most the intents at the
dev/test boundary of its stratum.

    python split.py
"""

from __future__ import annotations

import collections
import hashlib
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
SEED = 20260517
DEV_SHARE = 0.6


def main() -> None:
    questions = [
        json.loads(line)
        for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    by_intent: dict[str, list[dict]] = collections.defaultdict(list)
    for q in questions:
        by_intent[q["intent"]].append(q)
    by_form: dict[str, list[str]] = collections.defaultdict(list)
    for intent, qs in by_intent.items():
        stratum = qs[0]["form"]
        if stratum == "refusal":  # refusals: one stratum per reason
            stratum += ":" + qs[0]["refuse_reason"]
        by_form[stratum].append(intent)

    def order(intent: str) -> str:
        return hashlib.sha256(f"{SEED}:{intent}".encode()).hexdigest()

    dev_intents: set[str] = set()
    for form in sorted(by_form):
        intents = sorted(by_form[form], key=order)
        total = sum(len(by_intent[i]) for i in intents)
        target = DEV_SHARE * total
        taken = 0
        for intent in intents:
            n = len(by_intent[intent])
            if abs(taken + n - target) <= abs(taken - target):  # taking it gets closer to 60%
                dev_intents.add(intent)
                taken += n

    # gold_rows written earlier by check_gold.py are kept
    previous = {}
    for split in ("dev", "test"):
        path = HERE / f"{split}.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    q = json.loads(line)
                    previous[(q["id"], q["question"], q["gold_sql"])] = q.get("gold_rows")

    out = {"dev": [], "test": []}
    for q in questions:
        key = (q["id"], q["question"], q["gold_sql"])
        if key in previous and "gold_rows" not in q:
            q["gold_rows"] = previous[key]
        out["dev" if q["intent"] in dev_intents else "test"].append(q)
    for split, qs in out.items():
        with open(HERE / f"{split}.jsonl", "w", encoding="utf-8") as f:
            for q in qs:
                f.write(json.dumps(q, ensure_ascii=False) + "\n")
        print(f"{split}: {len(qs)} questions, {len({q['intent'] for q in qs})} intents")


if __name__ == "__main__":
    main()
