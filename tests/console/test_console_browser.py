"""The console in a real Chromium at a phone's and a desk's width, in English and Khmer:
nothing pans sideways, and the screenshots are kept in var/screenshots/console/."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from consult.domain import api_keys
from consult.models import Contact, MailMessage
from tests.api.test_common_response import close_and_draft
from tests.console.accessibility import serious_violations
from tests.console.conftest import PASSWORD
from tests.console.test_round_pages import draft_round

# Layout does not depend on the database: the production one is enough.
pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots" / "console"
WIDTHS = (360, 1280)


def fits(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)
        scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert scroll <= inner, f"{name} is {scroll} px wide at {width} px"


def test_sign_in_and_home_fit_a_phone_and_a_desk_in_both_languages(
    page, live_server, launched_round, signed_in_page
):
    page.goto(f"{live_server}/staff/")
    card = page.locator("section.card").first
    assert "0 of 34 networks answered (0%)" in card.inner_text()
    assert "Provincial networks" in card.inner_text()
    fits(page, "home-en")
    page.click("header button:has-text('ភាសាខ្មែរ')")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "km"
    fits(page, "home-km")
    page.click("header button:has-text('ចាកចេញ')")
    page.wait_for_url(f"{live_server}/staff/sign-in")
    fits(page, "sign-in")


def test_admin_pages_fit_a_phone_and_a_desk(page, live_server, accounts, browser_sign_in):
    browser_sign_in(page, accounts["admin"].email)
    for path, name in (("users", "users"), ("keys", "keys"), ("audit", "audit")):
        page.goto(f"{live_server}/staff/{path}")
        fits(page, name)
    page.goto(f"{live_server}/staff/keys")
    page.fill("#key-name", "M&E dashboard")
    page.click("main button:has-text('Issue the key')")
    assert page.locator("code.secret").inner_text().startswith("csk_")
    fits(page, "keys-issued")


def test_no_serious_accessibility_violation_on_any_console_page(
    browser, app, live_server, accounts, launched_round
):
    """axe-core on every console page an admin can open without choosing something first,
    in English and Khmer, and on the sign-in page."""
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    try:
        page.goto(f"{live_server}/staff/sign-in")
        found = {"sign-in": serious_violations(page)}
        page.fill("#email", accounts["admin"].email)
        page.fill("#password", PASSWORD)
        page.click("main button[type=submit]")
        page.wait_for_url(f"{live_server}/staff/")
        for language in ("en", "km"):
            if language == "km":
                page.click("header button:has-text('ភាសាខ្មែរ')")
                page.wait_for_load_state()
            for path in console_pages(app):
                page.goto(f"{live_server}{path}")
                found[f"{path} ({language})"] = serious_violations(page)
    finally:
        context.close()
    assert len(found) > 10
    assert not {where: what for where, what in found.items() if what}


def console_pages(app) -> list[str]:
    """Every console page reached by GET with no part of its path to fill in."""
    return sorted(
        rule.rule
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("console.")
        and "GET" in rule.methods
        and not rule.arguments
        and rule.endpoint not in ("console.static", "console.users.sign_in")
    )


def test_no_serious_accessibility_violation_on_a_rounds_pages(
    browser,
    app,
    live_server,
    client,
    admin,
    accounts,
    answered_round,
    sample_round,
    browser_sign_in,
):
    """axe-core on every page of a round, its responses and a network, a draft's launch,
    builder and preview, and an event: each page that takes an id, in English and Khmer."""
    close_and_draft(app, client, admin, answered_round.id)
    draft = draft_round(client, admin, sample_round, kinds=["provincial"])
    network = answered_round.invitations[0]["network"]["id"]
    event = client.post(
        "/api/v1/events",
        json={
            "title": {"en": "AGM", "km": "មហាសន្និបាត"},
            "starts_at": "2030-02-21T08:00:00+07:00",
            "ends_at": "2030-02-21T17:00:00+07:00",
        },
        headers=admin,
    ).json["id"]
    with app.extensions["consult"].database.session() as session:
        message = session.scalar(select(func.min(MailMessage.id)))
    closed = f"/staff/rounds/{answered_round.id}"
    with app.extensions["consult"].database.session() as session:
        contact = session.scalar(select(Contact.id).where(Contact.network_id == network))
        key = api_keys.create_key(session, "a script", "staff").key.id
        session.commit()
    paths = [
        f"{closed}/common-response/versions/1",
        f"{closed}/invitations/{network}/reissue",
        f"{closed}/close",
        f"/staff/networks/{network}/archive",
        f"/staff/networks/{network}/contacts/{contact}/remove",
        f"/staff/keys/{key}/revoke",
        closed,
        f"{closed}/common-response",
        f"{closed}/followups",
        f"{closed}/report",
        f"{closed}/responses",
        f"{closed}/responses/{network}",
        f"/staff/rounds/{draft}/launch",
        f"/staff/rounds/{draft}/edit",
        f"/staff/rounds/{draft}/preview?lang=km",
        f"/staff/networks/{network}",
        f"/staff/calendar/{event}",
        f"/staff/mail/{message}",
    ]
    taking_an_id = {
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("console.") and "GET" in rule.methods and rule.arguments
    }
    fragments = {
        "console.static",
        "console.rounds.round_live",
        "console.followups.round_followups_live",
    }
    with app.test_request_context():
        visited = {app.url_map.bind("").match(path.split("?")[0])[0] for path in paths}
    assert visited == taking_an_id - fragments, "every page that takes an id is visited"

    context = browser.new_context(bypass_csp=True)
    found = {}
    try:
        page = browser_sign_in(context.new_page(), accounts["staff"].email)
        for language in ("en", "km"):
            if language == "km":
                page.click("header button:has-text('ភាសាខ្មែរ')")
                page.wait_for_load_state()
            for path in paths:
                page.goto(f"{live_server}{path}")
                found[f"{path} ({language})"] = serious_violations(page)
    finally:
        context.close()
    assert not {where: what for where, what in found.items() if what}
