"""What a network opens on a phone, in a real Chromium at 320, 360 and 412 px: the form
(blank, with errors, after submit), the follow-up pages, the digest preview and the HTML of
every mail, in Khmer and English. Nothing may pan sideways; option rows are thumb-sized.

Screenshots of each page at each width are kept in var/screenshots/ for people to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from consult.mail.mime import Written
from consult.models import Contact
from tests.api.test_common_response import approve, close_and_draft
from tests.api.test_followups import QUESTION, submit
from tests.mail.rendering import STAFF, render
from tests.scripted import compute
from tests.web.conftest import fill_sample_answers, khmer_token

# Layout does not depend on the database: one backend (the production one) is enough.
pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)

WIDTHS = (320, 360, 412)
SCREEN_HEIGHT = 740
MAX_FORM_BYTES = 15 * 1024
MIN_TAP = 44
MIN_CONTROL = 24
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


def fits_phones(page, name: str) -> None:
    """At each phone width the page is no wider than the screen. The top of the page is
    kept at each width, the whole page at 360 px."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": SCREEN_HEIGHT})
        scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"))
        if width == 360:
            page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}-full.png"), full_page=True)
        assert scroll <= inner, f"{name} is {scroll} px wide on a {width} px phone"


def option_rows_are_thumb_sized(page) -> None:
    """Every option row is a tap target of at least 44 x 44 px with a 24 px control."""
    rows = page.locator("label.opt")
    assert rows.count() > 0
    for index in range(rows.count()):
        row = rows.nth(index)
        box = row.bounding_box()
        assert box["height"] >= MIN_TAP and box["width"] >= MIN_TAP, row.inner_text()
        control = row.locator("input, select").first.bounding_box()
        assert min(control["width"], control["height"]) >= MIN_CONTROL, row.inner_text()


def khmer_reads_at_1_8(page) -> None:
    """Stacked Khmer marks need room: line-height >= 1.8 in text, legends and text areas,
    with the Khmer fonts first."""
    for selector in ("p", "legend", "label.opt", "textarea"):
        height, size = page.evaluate(
            """s => { const style = getComputedStyle(document.querySelector(s));
                      return [parseFloat(style.lineHeight), parseFloat(style.fontSize)]; }""",
            selector,
        )
        assert height >= 1.8 * size, selector
    family = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert family.startswith('"Noto Sans Khmer", "Khmer OS", "Khmer OS System"'), family


def error_summary_links_to_fields(page) -> list[str]:
    """The error summary is focused, and each of its links leads to a field on the page."""
    # autofocus is applied once the page has loaded: wait for it rather than race it
    page.wait_for_function("document.activeElement && document.activeElement.id === 'errors'")
    summary = page.locator("#errors")
    assert summary.get_attribute("role") == "alert"
    assert summary.get_attribute("tabindex") == "-1"
    targets = summary.locator("a").evaluate_all("links => links.map(a => a.hash.slice(1))")
    assert targets
    for target in targets:
        assert page.locator(f"[id='{target}']").count() == 1, target
    return targets


def test_the_form_fits_a_phone_blank_with_errors_and_after_submit(
    page, live_server, launched_round
):
    url = f"{live_server}/r/{khmer_token(launched_round)}"
    for language in ("km", "en"):
        page.set_viewport_size({"width": 360, "height": SCREEN_HEIGHT})
        response = page.goto(f"{url}?lang={language}")
        weight = len(response.body())
        assert weight < MAX_FORM_BYTES, f"the blank form weighs {weight} bytes"
        # One small script of our own, which only keeps answers on the device offline.
        scripts = page.locator("script").evaluate_all("s => s.map(e => new URL(e.src).pathname)")
        assert scripts == ["/web/static/form.js"]
        fits_phones(page, f"form-{language}-blank")
        option_rows_are_thumb_sized(page)
        if language == "km":
            khmer_reads_at_1_8(page)

    # Submitted with a required answer missing and no focal point: everything to fix, listed.
    page.goto(f"{url}?lang=km")
    fill_sample_answers(page)
    page.uncheck("input[name='q.collab_areas'][value='technical']")
    page.uncheck("input[name='q.collab_areas'][value='advocacy']")
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.click("button[value='submit']")
    assert posted.value.status == 422
    assert len(posted.value.body()) < MAX_FORM_BYTES
    assert page.title().startswith("មានបញ្ហា")
    assert error_summary_links_to_fields(page) == ["q-collab_areas", "submitted-by"]
    assert "សូមឆ្លើយសំណួរនេះ" in page.locator("#errors").inner_text(), "in the page's language"
    assert page.locator("#q-collab_areas .error").inner_text() == "សូមឆ្លើយសំណួរនេះ។"
    fits_phones(page, "form-km-errors")
    option_rows_are_thumb_sized(page)

    page.click("#errors a[href='#q-collab_areas']")
    assert page.evaluate("location.hash") == "#q-collab_areas"
    page.check("input[name='q.collab_areas'][value='technical']")
    page.fill("input[name='submitted_by.name']", "សុខ ដារ៉ា")
    page.fill("input[name='submitted_by.role']", "អ្នកសម្របសម្រួល")
    page.fill("input[name='submitted_by.email']", "dara@example.org")
    page.click("button[value='submit']")
    assert "សូមអរគុណ" in page.locator("[role=status]").inner_text()
    fits_phones(page, "form-km-confirmation")
    link = page.locator("a.button").bounding_box()
    assert link["height"] >= MIN_TAP


def test_the_follow_up_pages_fit_a_phone(page, live_server, app, client, admin, launched_round):
    token = khmer_token(launched_round)
    submit(client, token)
    network = next(i["network"]["id"] for i in launched_round.invitations if i["token"] == token)
    body = {"kind": "clarification", "networks": [network], "question": QUESTION,
            "question_key": "challenges"}  # fmt: skip
    sent = client.post(f"/api/v1/rounds/{launched_round.id}/followups", json=body, headers=admin)
    followup = sent.json["followup"]["id"]

    response = page.goto(f"{live_server}/r/{token}/followups/{followup}")
    assert response.status == 200 and len(response.body()) < MAX_FORM_BYTES
    fits_phones(page, "followup-km-clarification")
    page.click("button[type='submit']")  # nothing written
    assert error_summary_links_to_fields(page) == ["reply"]
    fits_phones(page, "followup-km-clarification-errors")

    page.goto(f"{live_server}/r/{token}?lang=en")
    assert page.locator("#followups a").count() == 1, "the form points to the question"
    fits_phones(page, "form-en-with-followup")


def test_the_digest_preview_fits_a_phone(page, live_server, app, admin, launched_round):
    compute(app, launched_round.id)
    page.set_extra_http_headers(admin)
    with app.extensions["consult"].database.session() as session:
        contact = session.scalars(select(Contact).where(Contact.language == "km")).first()
    for name, query in (("staff", f"staff={STAFF}"), ("contact-km", f"contact={contact.id}")):
        response = page.goto(f"{live_server}/api/v1/digests/preview?{query}")
        assert response.status == 200
        fits_phones(page, f"digest-preview-{name}")


def mail_fits_phones(page, name: str, written: Written | None) -> None:
    """The mail's HTML part, opened as a phone's mail app shows it, fits; its button is
    thumb-sized."""
    assert written is not None, f"{name} was not written"
    page.set_content(written.html)
    assert page.locator("meta[name=viewport]").count() == 1
    fits_phones(page, f"mail-{name}")
    buttons = page.locator("a[style*='padding:12px']")
    for index in range(buttons.count()):
        assert buttons.nth(index).bounding_box()["height"] >= MIN_TAP, name


def test_every_network_mail_and_digest_fits_a_phone_in_both_languages(
    page, app, client, admin, launched_round
):
    token = khmer_token(launched_round)
    network = next(i["network"]["id"] for i in launched_round.invitations if i["token"] == token)
    about = {"round_id": launched_round.id, "network_id": network}
    for language in ("km", "en"):
        mail_fits_phones(page, f"invitation-{language}", render(app, "invitation", language, about))
        reminder = render(app, "reminder", language, {**about, "days": 1})
        mail_fits_phones(page, f"reminder-{language}", reminder)

    submit(client, token)
    clarify = {"kind": "clarification", "networks": [network], "question": QUESTION,
               "question_key": "challenges"}  # fmt: skip
    sent = client.post(f"/api/v1/rounds/{launched_round.id}/followups", json=clarify, headers=admin)
    followup = {**about, "followup_id": sent.json["followup"]["id"]}
    compute(app, launched_round.id)
    for language in ("km", "en"):
        receipt = render(app, "receipt", language, {**about, "version": 1})
        mail_fits_phones(page, f"receipt-{language}", receipt)
        clarification = render(app, "clarification", language, followup)
        mail_fits_phones(page, f"clarification-{language}", clarification)
        for audience in ("staff", "contact"):
            digest = render(app, f"digest-{audience}", language, about)
            mail_fits_phones(page, f"digest-{audience}-{language}", digest)


def test_the_validation_mail_and_page_fit_a_phone(
    page, live_server, app, client, admin, answered_round
):
    close_and_draft(app, client, admin, answered_round.id)
    followup = approve(client, admin, answered_round.id)["validation"]["followup_id"]
    token = khmer_token(answered_round)
    network = next(i["network"]["id"] for i in answered_round.invitations if i["token"] == token)
    about = {"round_id": answered_round.id, "network_id": network, "followup_id": followup}
    for language in ("km", "en"):
        mail_fits_phones(page, f"validation-{language}", render(app, "validation", language, about))

    page.goto(f"{live_server}/r/{token}/followups/{followup}")
    fits_phones(page, "followup-km-validation")
    option_rows_are_thumb_sized(page)
    page.check("input[name='verdict'][value='contest']")
    page.click("button[type='submit']")
    assert error_summary_links_to_fields(page) == ["reply"]
    fits_phones(page, "followup-km-validation-errors")
