"""Khmer names in a real Chromium at a phone's and a desk's width: a Khmer-reading officer
meets a network by its Khmer name, and its province in Khmer, on home, the directory and the
round's invitations; nothing pans sideways (screenshots in var/screenshots/console/)."""

from __future__ import annotations

import pytest

from tests.console.test_console_browser import fits

pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)

KHMER_NAME = "បណ្តាញអង្គការមិនមែនរដ្ឋាភិបាលបាត់ដំបង"


def test_khmer_names_fit_a_phone_and_a_desk(
    client, admin, live_server, launched_round, signed_in_page
):
    bnn = next(
        i["network"]["id"] for i in launched_round.invitations if i["network"]["acronym"] == "BNN"
    )
    named = client.patch(f"/api/v1/networks/{bnn}", json={"name_km": KHMER_NAME}, headers=admin)
    assert named.status_code == 200
    page = signed_in_page
    page.click("header button:has-text('ភាសាខ្មែរ')")
    page.wait_for_load_state()
    page.click("summary:has-text('តាមខេត្ត') >> nth=0")
    assert "បាត់ដំបង" in page.inner_text("main") and "Battambang" not in page.inner_text("main")
    fits(page, "names-home-km")
    page.goto(f"{live_server}/staff/networks?province=Battambang")
    assert KHMER_NAME in page.inner_text("main table")
    fits(page, "names-directory-km")
    page.click(f"text={KHMER_NAME}")
    assert page.locator("h1").inner_text().startswith(KHMER_NAME)
    fits(page, "names-network-km")
    page.goto(f"{live_server}/staff/rounds/{launched_round.id}")
    row = page.locator(f"#invitation-{bnn}").inner_text()
    assert KHMER_NAME in row and "បាត់ដំបង" in row
    fits(page, "names-round-km")
