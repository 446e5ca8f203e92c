"""Files the API and the web app hand out: a CSV as an attachment, never shown inline."""

from __future__ import annotations

from starlette.responses import Response

from bastion.answer.export import result_csv
from bastion.ask import audit
from bastion.identity.principal import Principal
from bastion.services import Services


def csv_response(body: str, filename: str) -> Response:
    """``body`` as a CSV download named ``filename`` (a name Bastion made: letters, digits,
    ``-`` and ``.``), with a byte-order mark so spreadsheets read it as UTF-8."""
    return Response(
        "\ufeff" + body,
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        },
    )


def answer_csv(
    services: Services, principal: Principal, log_id: int, sort: int | None, descending: bool
) -> Response:
    """One answer's rows as shown, as a CSV download; ``audit.not_found`` for anyone who
    may not see the answer (``audit.shown_answer``)."""
    readable = services.catalog.relations_for_role(principal.role)
    with services.db.engine.connect() as conn:
        shown = audit.shown_answer(conn, principal, log_id, readable)
    body = result_csv(
        shown.get("columns") or [], shown.get("rows") or [], sort=sort, descending=descending
    )
    return csv_response(body, f"bastion-answer-{log_id}.csv")
