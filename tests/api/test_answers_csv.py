"""An answer's rows as CSV, built on the server: spreadsheet formulas neutralised, raw
values, the table's order, and only for whoever may see the answer."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import httpx
import pytest

from bastion.answer.export import neutral, result_csv
from bastion.services import Services
from tests.helpers import bearer, org_admin, token_for

COLUMNS = [
    {"name": "title", "label": "Title", "format": "text"},
    {"name": "amount", "label": "Amount", "format": "currency"},
]


@pytest.mark.parametrize(
    "hostile",
    ['=HYPERLINK("http://evil.example","click")', "=1+1", "+1", "-2+3", "@SUM(A1)", "\t=1",
     "\r=1"],
)  # fmt: skip
def test_a_text_cell_that_a_spreadsheet_would_run_is_written_as_text(hostile: str) -> None:
    body = result_csv(COLUMNS, [[hostile, "-12.50"]])
    title, amount = list(csv.reader(io.StringIO(body, newline="")))[1]
    assert title == "'" + hostile  # shown as text, never run
    assert amount == "-12.50"  # a number of a numeric column stays a number


def test_raw_values_under_their_labels_in_the_order_asked() -> None:
    rows = [["b", "10"], ["a", "9.5"], ["c", None], ["=x", "-1"]]
    lines = result_csv(COLUMNS, rows, sort=1, descending=True).splitlines()
    assert lines == ["Title,Amount", "b,10", "a,9.5", "'=x,-1", "c,"]
    assert result_csv(COLUMNS, rows, sort=0).splitlines()[1:3] == ["'=x,-1", "a,9.5"]
    assert neutral("plain") == "plain" and neutral("=cmd") == "'=cmd"
    assert result_csv([{"name": "=evil", "format": "text"}], []) == "'=evil\r\n"
    assert result_csv(COLUMNS, [["x", Decimal("1E+2")]]).splitlines()[1] == "x,100"


def test_an_answer_downloads_for_its_asker_and_their_admin_only(
    client: httpx.Client, services: Services
) -> None:
    asker = bearer(token_for(client, "manager_multi", "manager123"))
    answer = client.post("/api/ask", headers=asker, json={"question": "revenue by store"})
    log_id = answer.json()["audit_id"]
    response = client.get(f"/api/answers/{log_id}.csv", headers=asker)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"] == (
        f'attachment; filename="bastion-answer-{log_id}.csv"'
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == [c["label"] for c in answer.json()["columns"]]
    assert [r[0] for r in rows[1:]] == [str(r[0]) for r in answer.json()["rows"]]
    ordered = client.get(
        f"/api/answers/{log_id}.csv", headers=asker, params={"sort": 1, "order": "desc"}
    ).content.decode("utf-8-sig")
    amounts = [Decimal(r[1]) for r in list(csv.reader(io.StringIO(ordered)))[1:]]
    assert amounts == sorted(amounts, reverse=True)

    admin = bearer(token_for(client, "admin_user", "admin123"))
    assert client.get(f"/api/answers/{log_id}.csv", headers=admin).status_code == 200
    other = bearer(token_for(client, "manager_store1", "manager123"))
    _, stranger = org_admin(services)  # an admin of another org
    for headers in (other, bearer(token_for(client, stranger))):
        missing = client.get(f"/api/answers/{log_id}.csv", headers=headers)
        assert missing.status_code == 404
        assert missing.json()["error"]["code"] == "audit.not_found"
