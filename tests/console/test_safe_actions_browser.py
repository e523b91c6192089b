"""The confirmation pages, the disabled Approve with its reason and a version page, in
Khmer in Chromium at a phone's and a desk's width: nothing pans sideways, and the Approve
button is really disabled. Screenshots in var/screenshots/console/."""

from __future__ import annotations

import pytest

from tests.api.test_common_response import close_and_draft
from tests.console.test_console_browser import SCREENSHOTS, fits

pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


def test_confirmations_and_the_disabled_approve_fit_in_khmer(
    page, live_server, app, client, admin, answered_round, signed_in_page
):
    page.click("header button:has-text('ភាសាខ្មែរ')")
    page.wait_for_load_state()
    network = answered_round.invitations[0]["network"]["id"]
    round_page = f"{live_server}/staff/rounds/{answered_round.id}"

    page.goto(f"{round_page}/invitations/{network}/reissue")
    assert "ផ្តល់តំណថ្មីដល់" in page.inner_text("h1")
    fits(page, "safe-new-link-km")
    page.goto(f"{round_page}/close")
    assert "បិទ" in page.inner_text("h1")
    assert "បណ្តាញទាំង 34 ដែលបានអញ្ជើញ បានដាក់ស្នើរួចហើយ។" in page.inner_text("main")
    fits(page, "safe-close-km")
    page.goto(f"{live_server}/staff/networks/{network}/archive")
    fits(page, "safe-archive-km")

    close_and_draft(app, client, admin, answered_round.id)
    page.goto(f"{round_page}/common-response")
    approve = page.locator("div.approve button")
    assert approve.is_disabled()
    assert "សូមបំពេញអ្វីដែលស្ថាប័ននឹងធ្វើ" in page.inner_text("#approve-reason")
    fits(page, "safe-approve-disabled-km")
    for width in (360, 1280):
        page.set_viewport_size({"width": width, "height": 800})
        path = SCREENSHOTS / f"safe-approve-form-km-{width}.png"
        page.locator("div.approve").screenshot(path=str(path))
    page.goto(round_page)
    fits(page, "safe-publish-disabled-km")
    page.goto(f"{round_page}/common-response/versions/1")
    fits(page, "safe-version-km")
