"""Issue 4's acceptance in one story: the sample round launched to the 34 networks of the
example directory, answered by API and in Khmer in a real browser, edited, and exported."""

from __future__ import annotations

import csv
import io

import openpyxl

from tests.conftest import FOCAL_POINT, SAMPLE_ANSWERS
from tests.web.conftest import KHMER_TEXT, fill_sample_answers


def test_sample_round_answered_by_api_and_browser_then_edited_and_exported(
    page,
    live_server,
    launched_round,
    client,
    admin,
):
    assert len(launched_round.invitations) == 34
    api_token = launched_round.token_of("CCNC")
    body = {"answers": SAMPLE_ANSWERS, "submitted_by": FOCAL_POINT}
    assert client.post(f"/api/v1/respond/{api_token}", json=body).status_code == 200

    page.goto(f"{live_server}/r/{launched_round.token_of('BNN')}")
    assert page.get_attribute("html", "lang") == "km"
    fill_sample_answers(page)
    page.fill("input[name='submitted_by.name']", "សុខ ដារ៉ា")
    page.fill("input[name='submitted_by.role']", "អ្នកសម្របសម្រួល")
    page.fill("input[name='submitted_by.email']", "dara@example.org")
    page.click("button[value='submit']")
    page.click("a[href^='/r/']")  # back to the form, to edit the answer
    page.fill("input[name='q.members']", "31")
    page.click("button[value='submit']")
    assert "សូមអរគុណ" in page.content()

    browser_answers = {
        "coop_level": 4,
        "collab_areas": ["technical", "advocacy"],
        "donor_role": "agree",
        "mechanism": "forum",
        "priorities": ["funding", "space", "capacity"],
        "members": 31,
        "challenges": KHMER_TEXT,
    }
    exports = f"/api/v1/rounds/{launched_round.id}/responses"
    csv_rows = client.get(f"{exports}.csv?labels=keys", headers=admin)
    rows = {
        row["acronym"]: row
        for row in csv.DictReader(io.StringIO(csv_rows.get_data().decode("utf-8-sig")))
    }
    xlsx = client.get(f"{exports}.xlsx?labels=keys", headers=admin)
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.get_data()), read_only=True).active
    header, *cells = [list(row) for row in sheet.iter_rows(values_only=True)]
    cells_by = {row[header.index("acronym")]: dict(zip(header, row, strict=True)) for row in cells}

    for acronym, answers, version in (("CCNC", SAMPLE_ANSWERS, 1), ("BNN", browser_answers, 2)):
        assert rows[acronym]["version"] == str(version)
        for key in ("coop_level", "donor_role", "mechanism", "members", "challenges"):
            assert rows[acronym][key] == str(answers[key])
            assert cells_by[acronym][key] == answers[key]
        for rank, option in enumerate(answers["priorities"], start=1):
            assert cells_by[acronym][f"priorities:{option}"] == rank
        for option in ("technical", "advocacy", "financial"):
            assert cells_by[acronym][f"collab_areas:{option}"] == int(
                option in answers["collab_areas"]
            )

    network_id = next(
        i["network"]["id"] for i in launched_round.invitations if i["network"]["acronym"] == "BNN"
    )
    history = client.get(
        f"/api/v1/rounds/{launched_round.id}/responses/{network_id}", headers=admin
    ).json["versions"]
    assert [v["answers"]["members"] for v in history] == [25, 31], "the first answer is kept"
