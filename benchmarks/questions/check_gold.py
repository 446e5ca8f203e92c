"""Check the question benchmark against a PostgreSQL database holding Pagila.

    python check_gold.py "$(bastion db url)" [--schema analytics] [--write-rows]
                         [--show ID ...] [--dump] [--file dev2.jsonl ...]

- validates every record (fields, forms, styles, users, refusals, follow-ups, unique ids,
  every intent in one split only);
- runs every gold SQL with search_path = SCHEMA (default analytics, as `bastion init` loads it) and
  TimeZone = UTC in a read-only transaction, and checks that it runs and returns at least
  one row (unless the notes say an empty answer is right) and at most 200 rows;
- prints counts per split, form, style, user, expect, refuse reason and table;
- --write-rows stores `gold_rows` (null for refusals) in dev.jsonl, test.jsonl and questions.jsonl;
- --file checks the given JSONL files instead of dev.jsonl and test.jsonl (each file is one
  "split"); --write-rows then rewrites only those files;
- --show ID prints the gold rows of those questions, --dump prints the first rows of all.

Exit status 1 when anything failed.
"""

from __future__ import annotations

import argparse
import collections
import json
import pathlib
import sys

import psycopg

from bastion.demo.tables import ANALYTICS_TABLES
from bastion.demo.users import DEMO_USERS

# The question file's vocabulary is bastion.evals's, which reads these files.
from bastion.evals.questions import FORMS, STYLES
from bastion.evals.questions import REFUSE_REASONS as REASONS

HERE = pathlib.Path(__file__).resolve().parent
SPLITS = ("dev", "test")
USERS = {u.username for u in DEMO_USERS if u.role != "approver"}
TABLES = set(ANALYTICS_TABLES)  # the 15 Pagila tables
REQUIRED = (
    "id",
    "intent",
    "question",
    "user",
    "form",
    "style",
    "tables",
    "expect",
    "gold_sql",
    "notes",
)
MAX_ROWS = 200


def paths(files: list[str] | None = None) -> dict[str, pathlib.Path]:
    """The files to check, by split name: dev.jsonl and test.jsonl, or the --file ones."""
    if files:
        return {pathlib.Path(f).stem: pathlib.Path(f).resolve() for f in files}
    return {split: HERE / f"{split}.jsonl" for split in SPLITS}


def load(files: dict[str, pathlib.Path]) -> dict[str, list[dict]]:
    out = {}
    for split, path in files.items():
        out[split] = [
            json.loads(line)
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    return out


def validate(splits: dict[str, list[dict]]) -> list[str]:
    errors: list[str] = []
    seen: set[str] = set()
    intent_split: dict[str, str] = {}
    for split, qs in splits.items():
        for q in qs:
            qid = q.get("id", "?")
            for key in REQUIRED:
                if key not in q:
                    errors.append(f"{qid}: missing {key}")
            if qid in seen:
                errors.append(f"{qid}: duplicate id")
            seen.add(qid)
            if intent_split.setdefault(q["intent"], split) != split:
                errors.append(f"{qid}: intent {q['intent']} is in both splits")
            if q["form"] not in FORMS:
                errors.append(f"{qid}: form {q['form']}")
            if q["style"] not in STYLES:
                errors.append(f"{qid}: style {q['style']}")
            if q["user"] not in USERS:
                errors.append(f"{qid}: user {q['user']}")
            if not q["tables"] or not set(q["tables"]) <= TABLES:
                errors.append(f"{qid}: tables {q['tables']}")
            if q["expect"] == "refuse":
                if q["gold_sql"] is not None or q.get("refuse_reason") not in REASONS:
                    errors.append(f"{qid}: a refusal needs gold_sql null and a refuse_reason")
            elif q["expect"] == "answer":
                if not q["gold_sql"] or "refuse_reason" in q:
                    errors.append(f"{qid}: an answer needs gold_sql and no refuse_reason")
            else:
                errors.append(f"{qid}: expect {q['expect']}")
            if (q["form"] == "followup") != bool(q.get("previous")):
                errors.append(f"{qid}: follow-ups (and only they) have previous turns")
    return errors


def empty_ok(q: dict) -> bool:
    return "empty answer is right" in q.get("notes", "").lower()


def run(
    uri: str, schema: str, splits: dict[str, list[dict]], show: set[str], dump: bool
) -> list[str]:
    errors: list[str] = []
    with psycopg.connect(uri, autocommit=False) as conn:
        conn.execute("SET TimeZone = 'UTC'")
        conn.execute("SET statement_timeout = '30s'")
        conn.execute(f"SET search_path = {schema}")
        conn.commit()
        for qs in splits.values():
            for q in qs:
                if q["expect"] != "answer":
                    q["gold_rows"] = None
                    continue
                try:
                    conn.execute("BEGIN READ ONLY")
                    cur = conn.execute(q["gold_sql"])
                    rows = cur.fetchall()
                    cols = [d.name for d in cur.description]
                    conn.rollback()
                except psycopg.Error as exc:
                    conn.rollback()
                    errors.append(f"{q['id']} ({q['intent']}): {type(exc).__name__}: {exc}".strip())
                    continue
                q["gold_rows"] = len(rows)
                if not rows and not empty_ok(q):
                    errors.append(f"{q['id']} ({q['intent']}): no rows")
                if len(rows) > MAX_ROWS:
                    errors.append(f"{q['id']} ({q['intent']}): {len(rows)} rows > {MAX_ROWS}")
                if len(set(cols)) != len(cols):
                    errors.append(f"{q['id']} ({q['intent']}): duplicate column names {cols}")
                if rows and len(rows) == 1 and all(v is None for v in rows[0]) and not empty_ok(q):
                    errors.append(f"{q['id']} ({q['intent']}): only nulls")
                if dump or q["id"] in show:
                    print(f"== {q['id']} [{q['user']}] {q['question']}\n   {cols} {len(rows)} rows")
                    for r in rows[: (200 if q["id"] in show else 6)]:
                        print("  ", tuple(str(v) for v in r))
    return errors


def counts(splits: dict[str, list[dict]]) -> None:
    allq = [q for qs in splits.values() for q in qs]
    print(f"total {len(allq)} questions, {len({q['intent'] for q in allq})} intents")
    for split, qs in splits.items():
        print(f"  {split}: {len(qs)} questions, {len({q['intent'] for q in qs})} intents")

    def table(title: str, key) -> None:
        c: collections.Counter = collections.Counter()
        per_split = {s: collections.Counter() for s in splits}
        for s, qs in splits.items():
            for q in qs:
                for k in key(q):
                    c[k] += 1
                    per_split[s][k] += 1
        print(f"\n{title}:" + "".join(f" {s:>5}" for s in ("all", *splits)))
        for k, n in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {k!s:28s} {n:5d}" + "".join(f" {per_split[s][k]:5d}" for s in splits))

    table("form", lambda q: [q["form"]])
    table("style", lambda q: [q["style"]])
    table("user", lambda q: [q["user"]])
    table("expect", lambda q: [q["expect"]])
    table("refuse_reason", lambda q: [q["refuse_reason"]] if q["expect"] == "refuse" else [])
    table("table", lambda q: q["tables"])
    missing = TABLES - {t for q in allq for t in q["tables"]}
    if missing:
        print("tables never touched:", sorted(missing))


def write_rows(
    splits: dict[str, list[dict]], files: dict[str, pathlib.Path], combine: bool
) -> None:
    rows = {}
    for split, qs in splits.items():
        with open(files[split], "w", encoding="utf-8") as f:
            for q in qs:
                rows[q["id"]] = q["gold_rows"]
                f.write(json.dumps(q, ensure_ascii=False) + "\n")
    if not combine:
        return
    combined = HERE / "questions.jsonl"  # the unsplit file, in id order
    if combined.exists():
        qs = [
            json.loads(line)
            for line in combined.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        with open(combined, "w", encoding="utf-8") as f:
            for q in qs:
                q["gold_rows"] = rows.get(q["id"])
                f.write(json.dumps(q, ensure_ascii=False) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("uri")
    ap.add_argument("--schema", default="analytics")
    ap.add_argument("--write-rows", action="store_true")
    ap.add_argument("--show", nargs="*", default=[])
    ap.add_argument("--dump", action="store_true")
    ap.add_argument(
        "--file", action="append", help="a JSONL file to check instead of dev.jsonl and test.jsonl"
    )
    args = ap.parse_args()
    files = paths(args.file)
    splits = load(files)
    errors = validate(splits)
    errors += run(args.uri, args.schema, splits, set(args.show), args.dump)
    counts(splits)
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    if args.write_rows:
        write_rows(splits, files, combine=not args.file)
        written = ", ".join(p.name for p in files.values())
        print(f"\ngold_rows written to {written}" + ("" if args.file else " and questions.jsonl"))
    print("\nOK: every gold SQL ran")
    return 0


if __name__ == "__main__":
    sys.exit(main())
