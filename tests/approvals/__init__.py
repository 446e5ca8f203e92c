"""Factories for approval tests: held questions, a requester's principal, a webhook receiver."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from bastion.ask.hold import HeldQuestion, hold_question
from bastion.catalog.policy import check_as
from bastion.identity import service as identity
from bastion.identity.principal import Principal
from bastion.policy.rules import ApprovalRules
from bastion.services import Services

# Revenue per store: what a store manager may ask, held here as if the policy wanted a
# second pair of eyes on it.
REVENUE_BY_STORE = (
    "SELECT p.store_id, SUM(p.amount) AS revenue FROM analytics.v_payment_scoped AS p"
    " GROUP BY p.store_id ORDER BY p.store_id"
)
# Films per rating: what any role may read (approvers included).
FILMS_BY_RATING = (
    "SELECT f.rating, COUNT(*) AS films FROM analytics.film AS f GROUP BY f.rating"
    " ORDER BY f.rating"
)
HELD_BECAUSE = [
    {
        "stage": "request",
        "action": "require_approval",
        "policy": "default",
        "rule": "topics.bulk-export",
        "message": "Bulk exports need an approver's review.",
    }
]


def principal(services: Services, username: str) -> Principal:
    with services.db.session() as session:
        return identity.principal_of(identity.find_user(session, username))


def hold(
    services: Services,
    requester: str,
    *,
    sql: str | None = None,
    question: str = "export all revenue by store",
    rules: ApprovalRules | None = None,
) -> HeldQuestion:
    """Hold a question for ``requester`` as the ask flow does: the guarded SQL under the
    requester's scope, the guard's risk, the policy's reasons. The SQL: revenue by store
    for roles that may see payments, films by rating for the others."""
    who = principal(services, requester)
    if sql is None:
        sql = (
            REVENUE_BY_STORE
            if who.role in ("admin", "store_manager", "finance")
            else FILMS_BY_RATING
        )
    verdict = check_as(sql, who.role, who.store_ids, who.is_all_stores)
    assert verdict.allowed and verdict.sql is not None, verdict.reasons
    with services.db.autocommit.connect() as conn:
        return hold_question(
            conn,
            org_id=who.org_id,
            requester=who,
            conversation_id=None,
            question=question,
            sql=verdict.sql,
            plan=None,
            columns=None,
            store_ids=who.store_ids,
            is_all_stores=who.is_all_stores,
            risk={"score": verdict.risk.score, "level": verdict.risk.level},
            reasons=HELD_BECAUSE,
            rules=rules or ApprovalRules(),
        )


class WebhookReceiver:
    """A real HTTP server on a loopback port that records every POST and answers with
    ``status``."""

    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.received: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                receiver.received.append(json.loads(self.rfile.read(length)))
                receiver.headers.append(dict(self.headers))
                self.send_response(receiver.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/approvals"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> WebhookReceiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def events(self) -> list[str]:
        return [body["event"] for body in self.received]
