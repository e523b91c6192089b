"""The follow-up page in a real headless Chromium: a Khmer network reads the approved common
response, contests it, is told what is missing, then is thanked; staff see its comment."""

from __future__ import annotations

from tests.api.test_common_response import COMMITMENTS, STATEMENT, approve, close_and_draft
from tests.web.conftest import MAX_PAGE_BYTES, khmer_token

COMMENT = "ចម្លើយរួមមិនបង្ហាញពីតម្រូវការរបស់បណ្តាញខេត្តទេ"


def test_a_network_contests_the_common_response_in_khmer(
    page, live_server, app, client, admin, answered_round
):
    round_id = answered_round.id
    close_and_draft(app, client, admin, round_id)
    followup_id = approve(client, admin, round_id)["validation"]["followup_id"]

    response = page.goto(f"{live_server}/r/{khmer_token(answered_round)}/followups/{followup_id}")
    assert response.status == 200 and len(response.body()) < MAX_PAGE_BYTES
    assert page.get_attribute("html", "lang") == "km"
    assert "តើចម្លើយរួមឆ្លុះបញ្ចាំង" in page.locator("h1").inner_text()
    assert STATEMENT["km"] in page.locator("#statement").inner_text()
    assert COMMITMENTS["km"] in page.locator("#commitments").inner_text()
    assert "ក្នុងចំណោម 34" in page.locator("#counts").inner_text()

    page.check("input[name='verdict'][value='contest']")
    page.click("button[type='submit']")
    assert "សូមប្រាប់មូលហេតុ" in page.locator("[role=alert]").inner_text()
    assert page.is_checked("input[name='verdict'][value='contest']")

    page.fill("textarea[name='text']", COMMENT)
    page.click("button[type='submit']")
    assert "សូមអរគុណ" in page.locator("[role=status]").inner_text()
    assert page.input_value("textarea[name='text']") == COMMENT

    page.click("nav a")
    assert page.get_attribute("html", "lang") == "en"
    assert page.locator("h1").inner_text() == (
        "Does the common response reflect your network's view?"
    )

    report = client.get(f"/api/v1/rounds/{round_id}/followups/{followup_id}", headers=admin).json
    assert report["tally"] == {"confirm": 0, "contest": 1, "no_reply": 33}
    [row] = [row for row in report["networks"] if row["latest"]]
    assert row["latest"]["text"] == COMMENT and row["latest"]["channel"] == "web"
