"""Files the API and the web app hand out: a CSV as an attachment, never shown inline."""

from __future__ import annotations

from starlette.responses import Response


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
