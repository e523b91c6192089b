"""The public results page: only a published round with an approved common response, no
sign-in, no JavaScript, no network names unless staff show them; fits a 360 px phone."""

from __future__ import annotations

from pathlib import Path

import pytest
from markupsafe import escape

from tests.api.test_common_response import COMMITMENTS, STATEMENT, approve, close_and_draft

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
COUNTED = {"en": "of 34 networks", "km": "ក្នុងចំណោម 34"}


def publish(app, client, admin, answered_round, show_names: bool = False) -> str:
    """Close, approve (naming the networks or not), one network confirms, publish."""
    round_id = answered_round.id
    close_and_draft(app, client, admin, round_id)
    if show_names:
        shown = {"show_names": True}
        assert client.post(f"/api/v1/rounds/{round_id}/common-response", json=shown,
                           headers=admin).status_code == 201  # fmt: skip
    followup = approve(client, admin, round_id)["validation"]["followup_id"]
    token = answered_round.invitations[0]["token"]
    confirm = {"verdict": "confirm"}
    reply = client.post(f"/api/v1/respond/{token}/followups/{followup}", json=confirm)
    assert reply.status_code == 201
    assert client.post(f"/api/v1/rounds/{round_id}/publish", headers=admin).status_code == 200
    return f"/results/{round_id}"


def test_results_are_public_once_published_with_an_approved_common_response(
    app, client, admin, answered_round
):
    round_id = answered_round.id
    page = f"/results/{round_id}"
    assert client.get(page).status_code == 404, "an open round"
    close_and_draft(app, client, admin, round_id)
    assert client.get(page).status_code == 404, "a draft is not public"
    approve(client, admin, round_id)
    hidden = client.get(page)
    assert hidden.status_code == 404, "approved, not yet published"
    assert "Not found" in hidden.get_data(as_text=True)
    assert client.post(f"/api/v1/rounds/{round_id}/publish", headers=admin).status_code == 200

    for language in ("en", "km"):
        shown = client.get(f"{page}?lang={language}")
        assert shown.status_code == 200
        html = shown.get_data(as_text=True)
        assert f'<html lang="{language}">' in html and "<script" not in html
        assert STATEMENT[language] in html and COMMITMENTS[language] in html
        assert COUNTED[language] in html
        names = [i["network"]["name"] for i in answered_round.invitations]
        assert not [n for n in names if escape(n) in html], "no names unless staff show them"
    english = client.get(f"{page}?lang=en").get_data(as_text=True)
    assert "34 of 34 invited networks answered (100%)" in english
    assert "Confirmed" not in english and "No reply" not in english, "no tally before a reply"
    assert client.get("/results/999").status_code == 404


def test_staff_may_list_the_networks_that_answered(app, client, admin, answered_round):
    page = publish(app, client, admin, answered_round, show_names=True)
    html = client.get(f"{page}?lang=en").get_data(as_text=True)
    assert all(escape(i["network"]["name"]) in html for i in answered_round.invitations)
    assert "Confirmed: 1. Contested: 0. No reply: 33." in html


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("language", ["km", "en"])
def test_results_page_fits_the_screen_in_chromium(
    browser, live_server, app, client, admin, answered_round, language, width
):
    page_url = live_server + publish(app, client, admin, answered_round) + f"?lang={language}"
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    assert page.goto(page_url).status == 200
    assert page.get_attribute("html", "lang") == language
    assert page.locator("#statement").inner_text().endswith(STATEMENT[language])
    assert COMMITMENTS[language] in page.locator("#commitments").inner_text()
    assert page.locator("#counts li").count() >= 2
    assert page.locator("#validation").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    font = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert font.startswith('"Noto Sans Khmer"') if language == "km" else "Khmer" in font
    if language == "km":
        ratio = page.evaluate(
            "(() => { const s = getComputedStyle(document.querySelector('#statement p'));"
            " return parseFloat(s.lineHeight) / parseFloat(s.fontSize); })()"
        )
        assert ratio >= 1.8
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"results-{language}-{width}.png"), full_page=True)
    context.close()
