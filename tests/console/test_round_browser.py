"""A round's page in Chromium at a phone's and a desk's width: nothing pans sideways, the
invitation table scrolls inside its own box, and the invitation list changes by itself
(htmx) while the test submits through the API. Screenshots in var/screenshots/console/."""

from __future__ import annotations

import pytest

from tests.api.test_common_response import close_and_draft
from tests.console.test_console_browser import fits
from tests.console.test_round_pages import draft_round, submit

pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


def test_the_invitation_list_changes_without_a_reload_and_the_page_fits(
    page, live_server, client, admin, launched_round, sample_round, signed_in_page
):
    draft = draft_round(client, admin, sample_round, kinds=["provincial"])
    page.goto(f"{live_server}/staff/rounds")
    fits(page, "rounds")
    page.goto(f"{live_server}/staff/rounds/{draft}/launch")
    assert "networks will be invited" in page.inner_text("main")
    fits(page, "round-launch")

    page.goto(f"{live_server}/staff/rounds/{launched_round.id}")
    assert page.locator("div.table > table.invitations").count() == 1
    fits(page, "round")
    page.evaluate("window.notReloaded = true")
    invitation = launched_round.invitations[0]
    row = page.locator(f"#invitation-{invitation['network']['id']}")
    assert "pending" in row.inner_text()
    submit(client, invitation["token"])
    row.locator("text=submitted").wait_for(timeout=15_000)
    assert "1 of 34 networks answered" in page.inner_text("#live")
    assert page.evaluate("window.notReloaded === true"), "changed in place, not reloaded"

    page.click(f"#invitation-{invitation['network']['id']} ~ tr a:has-text('New link…')")
    page.wait_for_load_state()
    assert "stops working at once" in page.inner_text("main")
    fits(page, "round-new-link-confirm")
    page.click("text=Give a new link")
    page.wait_for_load_state()
    assert "Its old link no longer works" in page.inner_text("main")
    fits(page, "round-link")


def test_the_common_response_and_follow_ups_fit(
    app, page, live_server, client, admin, answered_round, signed_in_page
):
    close_and_draft(app, client, admin, answered_round.id)
    page.goto(f"{live_server}/staff/rounds/{answered_round.id}/common-response")
    assert "Draft, not approved" in page.inner_text("main")
    fits(page, "round-common-response")
    page.goto(f"{live_server}/staff/rounds/{answered_round.id}/followups")
    fits(page, "round-followups")
    network = answered_round.invitations[0]["network"]["id"]
    page.goto(f"{live_server}/staff/rounds/{answered_round.id}/responses/{network}")
    fits(page, "round-response")
