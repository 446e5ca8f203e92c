"""The planner suite's cases, read from ``fixtures/questions.sql`` (one block per question:
headers in ``--`` comments, then the hand-written SQL of the expected result)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass(frozen=True)
class Case:
    question: str
    expected_sql: str
    line: int
    intent: str | None = None
    role: str = "admin"
    before: tuple[str, ...] = ()  # earlier questions of the conversation

    @property
    def id(self) -> str:
        prefix = " | ".join(self.before) + " | " if self.before else ""
        suffix = f" [{self.role}]" if self.role != "admin" else ""
        return f"{prefix}{self.question}{suffix}"

    def sql(self, as_of: date) -> str:
        return self.expected_sql.replace(":as_of", f"DATE '{as_of.isoformat()}'")

    @property
    def ordered(self) -> bool:
        return "ORDER BY" in self.expected_sql.upper()


def read_cases(name: str = "questions.sql") -> list[Case]:
    cases: list[Case] = []
    headers: dict[str, str] = {}
    sql: list[str] = []
    start = 0

    def flush() -> None:
        if "q" in headers:
            before = tuple(q.strip() for q in headers.get("after", "").split("|") if q.strip())
            text = "\n".join(sql).strip().rstrip(";")
            assert text, f"{name}:{start}: a question without expected SQL"
            cases.append(
                Case(
                    question=headers["q"],
                    expected_sql=text,
                    line=start,
                    intent=headers.get("intent"),
                    role=headers.get("role", "admin"),
                    before=before,
                )
            )
        headers.clear()
        sql.clear()

    for number, raw in enumerate((FIXTURES / name).read_text().splitlines(), 1):
        line = raw.rstrip()
        if line.startswith("-- q:"):
            flush()
            start = number
            headers["q"] = line.removeprefix("-- q:").strip()
        elif "q" in headers and not sql and line.startswith("-- ") and ":" in line:
            key, value = line.removeprefix("-- ").split(":", 1)
            headers[key.strip()] = value.strip()
        elif "q" in headers and line and not line.startswith("--"):
            sql.append(line)
    flush()
    return cases
