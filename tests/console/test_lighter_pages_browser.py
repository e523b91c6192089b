"""The lighter pages of issue 19 in a real Chromium at a phone's and a desk's width, in
English and Khmer: the links page after a launch (copy under the console's CSP, the CSV
download, the printed sheet), the mail log and a message, the calendar with a round's
deadline, a network's answers and the summary report. Nothing pans sideways, axe-core finds
nothing serious; screenshots in var/screenshots/console/."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest

from consult.domain import calendar
from tests.console.accessibility import serious_violations
from tests.console.test_console_browser import SCREENSHOTS, fits
from tests.console.test_round_pages import draft_round

pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


def launch(page, live_server: str, round_id: int) -> None:
    page.goto(f"{live_server}/staff/rounds/{round_id}/launch")
    page.click("main button[type=submit]")
    page.wait_for_load_state()


def check(page, name: str, found: dict[str, list[str]]) -> None:
    fits(page, name)
    found[name] = serious_violations(page)


def test_copy_a_link_download_the_csv_and_print_the_sheet_under_the_csp(
    browser, live_server, client, admin, accounts, launched_round, sample_round, browser_sign_in
):
    bare = client.post(
        "/api/v1/networks", json={"name": "Kep Fishers Network", "kind": "provincial"},
        headers=admin,
    ).json["id"]  # fmt: skip
    mailed = launched_round.invitations[0]["network"]["id"]
    round_id = draft_round(client, admin, sample_round, network_ids=[bare, mailed])
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = browser_sign_in(context.new_page(), accounts["staff"].email)
    try:
        launch(page, live_server, round_id)
        link = page.inner_text(f"#hand-form-{bare}")
        page.click(f"button[data-copy='hand-form-{bare}']")
        assert page.evaluate("navigator.clipboard.readText()") == link
        assert "Kep Fishers Network" in page.inner_text("#copy-status")
        with page.expect_download() as download:
            page.click("a[download]")
        assert download.value.suggested_filename == f"round-{round_id}-links.csv"
        content = download.value.path().read_text(encoding="utf-8-sig")
        header, *rows = csv.reader(io.StringIO(content))
        assert header[0] == "Network" and len(rows) == 2
        assert [link] == [row[2] for row in rows if row[0] == "Kep Fishers Network"]
        fits(page, "links-to-hand-en")
        page.emulate_media(media="print")
        assert not page.locator("nav.sections").is_visible()
        assert not page.locator("button[data-print]").is_visible()
        assert page.locator(".print-sheet section").count() == 2
        assert page.locator(".print-sheet").is_visible()
        page.screenshot(path=str(SCREENSHOTS / "links-print.png"), full_page=True)
        page.emulate_media(media="screen")
    finally:
        context.close()


def test_lighter_pages_fit_a_phone_and_a_desk_in_both_languages(
    browser,
    live_server,
    client,
    admin,
    accounts,
    answered_round,
    sample_round,
    database,
    browser_sign_in,
):
    first = answered_round.invitations[0]["network"]["id"]
    drafts = {
        language: draft_round(client, admin, sample_round, network_ids=[first])
        for language in ("en", "km")
    }
    with database.session() as session:
        start = datetime.now(UTC) + timedelta(days=3)
        calendar.create_event(
            session,
            {"title": {"en": "Provincial networks forum", "km": "វេទិកាបណ្តាញខេត្ត"},
             "starts_at": start, "ends_at": start + timedelta(hours=8), "place": "Battambang"},
        )  # fmt: skip
        session.commit()
    found: dict[str, list[str]] = {}
    context = browser.new_context(bypass_csp=True)
    page = browser_sign_in(context.new_page(), accounts["staff"].email)
    try:
        for language in ("en", "km"):
            if language == "km":
                page.goto(f"{live_server}/staff/")
                page.click("header button:has-text('ភាសាខ្មែរ')")
                page.wait_for_load_state()
                assert page.locator("html").get_attribute("lang") == "km"
            launch(page, live_server, drafts[language])
            check(page, f"links-{language}", found)
            page.goto(f"{live_server}/staff/mail")
            check(page, f"mail-log-{language}", found)
            page.click("main table tbody tr >> nth=0 >> td >> nth=4 >> a")
            page.wait_for_load_state()
            assert page.locator("pre.mail-text").count() == 1
            check(page, f"mail-message-{language}", found)
            page.goto(f"{live_server}/staff/calendar")
            assert page.locator("tr.deadline").count() >= 1
            check(page, f"calendar-deadlines-{language}", found)
            page.goto(f"{live_server}/staff/networks/{first}")
            assert page.locator("#answers").count() == 1
            check(page, f"network-answers-{language}", found)
            page.goto(f"{live_server}/staff/rounds/{answered_round.id}/report")
            assert page.locator(".box-chart .axis span").count() >= 2
            check(page, f"report-{language}", found)
            page.set_viewport_size({"width": 360, "height": 800})
            for part, where in (("ranking", "article:has(.ranking-note), article:has(ol)"),
                                ("number", "article:has(.box-chart)")):  # fmt: skip
                page.locator(where).first.screenshot(
                    path=str(SCREENSHOTS / f"report-{part}-{language}-360.png")
                )
    finally:
        context.close()
    assert not {where: what for where, what in found.items() if what}
