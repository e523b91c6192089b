"""The directory (with an import previewed then applied), the calendar and the mail log in a
real Chromium at a phone's and a desk's width, in English and Khmer: nothing pans sideways,
axe-core finds nothing serious (on the pages reached by choosing something too), and the
screenshots are kept in var/screenshots/console/."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from consult.domain import calendar
from consult.models import MailMessage
from tests.console.accessibility import serious_violations
from tests.console.test_console_browser import fits

# Layout does not depend on the database: the production one is enough.
pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)

KHMER_ROW = (
    "Tonle Sap Fisheries Network,,provincial,Siem Reap,fisheries;education;"
    "natural resources;community development,yes,km,សុខ ដារា,dara@tsfn.example.org\n"
)


@pytest.fixture
def calendar_and_mail(database) -> None:
    with database.session() as session:
        calendar.create_event(
            session,
            {
                "title": {
                    "en": "Members' 36th Annual General Meeting",
                    "km": "មហាសន្និបាតប្រចាំឆ្នាំលើកទី៣៦ របស់សមាជិក",
                },
                "description": {"en": "The networks adopt the common response."},
                "starts_at": datetime(2031, 3, 13, 1, tzinfo=UTC),
                "ends_at": datetime(2031, 3, 13, 10, tzinfo=UTC),
                "place": "Phnom Penh",
            },
        )
        calendar.create_event(
            session,
            {
                "title": {"en": "M&E Learning Forum"},
                "starts_at": datetime(2025, 2, 21, 1, tzinfo=UTC),
                "ends_at": datetime(2025, 2, 21, 10, tzinfo=UTC),
            },
        )
        session.add_all(
            [
                MailMessage(
                    key="invite:1", kind="invitation", to_email="focal@kep-network.example.org",
                    language="km", params={}, status="failed", attempts=5,
                    last_error="550 5.1.1 <focal@kep-network.example.org>: Recipient address "
                    "rejected: User unknown in virtual mailbox table",
                ),
                MailMessage(
                    key="reminder:1", kind="reminder", to_email="coordinator@ccnc.example.org",
                    language="en", params={}, status="sent", attempts=1,
                    sent_at=datetime(2027, 3, 1, 2, tzinfo=UTC),
                ),
            ]
        )  # fmt: skip
        session.commit()


def check(page, name: str, found: dict[str, list[str]]) -> None:
    fits(page, name)
    found[name] = serious_violations(page)


def visit(page, live_server: str, language: str, found: dict[str, list[str]]) -> None:
    """Every page of the three areas, each checked at both widths."""
    page.goto(f"{live_server}/staff/networks")
    check(page, f"directory-{language}", found)
    page.goto(f"{live_server}/staff/networks?q=tonle")
    page.click("text=Tonle Sap Fisheries Network")
    assert "សុខ ដារា" in page.inner_text("main")
    check(page, f"directory-network-{language}", found)
    page.goto(f"{live_server}/staff/calendar")
    check(page, f"calendar-{language}", found)
    page.click("main table a >> nth=0")
    check(page, f"calendar-event-{language}", found)
    page.goto(f"{live_server}/staff/calendar/new")
    check(page, f"calendar-new-{language}", found)
    page.goto(f"{live_server}/staff/mail")
    check(page, f"mail-{language}", found)


def test_directory_calendar_and_mail_fit_a_phone_and_a_desk_in_both_languages(
    browser, live_server, accounts, networks_csv, calendar_and_mail, tmp_path, browser_sign_in
):
    upload = tmp_path / "networks.csv"
    upload.write_bytes(networks_csv + KHMER_ROW.encode())
    context = browser.new_context(bypass_csp=True)  # axe is injected
    found: dict[str, list[str]] = {}
    try:
        page = browser_sign_in(context.new_page(), accounts["staff"].email)
        page.goto(f"{live_server}/staff/networks/import")
        check(page, "directory-import-en", found)
        page.set_input_files("#file", str(upload))
        page.click("text=Preview the import")
        page.wait_for_load_state()
        assert "this file would create 35 networks" in page.inner_text("main")
        check(page, "directory-import-preview-en", found)
        page.click("text=Import this file now")
        page.wait_for_load_state()
        assert "35 networks created" in page.inner_text("main")
        visit(page, live_server, "en", found)
        page.click("header button:has-text('ភាសាខ្មែរ')")
        page.wait_for_load_state()
        assert page.locator("html").get_attribute("lang") == "km"
        visit(page, live_server, "km", found)
        page.goto(f"{live_server}/staff/networks/import")
        page.set_input_files("#file", str(upload))
        page.click("button:has-text('មើលការនាំចូលជាមុន')")
        page.wait_for_load_state()
        check(page, "directory-import-preview-km", found)
    finally:
        context.close()
    assert not {where: what for where, what in found.items() if what}
