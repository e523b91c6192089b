"""The networks' form in a real Chromium: a draft with its signer, answers kept on the
device while offline and sent when back, the form with no JavaScript, and a closed round's
link. Screenshots (360 and 1280 px, Khmer) are kept in var/screenshots/ to look at."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FOCAL_POINT, SAMPLE_ANSWERS
from tests.console.accessibility import serious_violations
from tests.web.conftest import KHMER_TEXT, fill_sample_answers, khmer_token

# Browser behaviour does not depend on the database: the production one is enough.
pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
THANK_YOU = "សូមអរគុណ"
OFFLINE = "អ្នកមិនមានអ៊ីនធឺណិតទេ"


def sign(page) -> None:
    page.fill("input[name='submitted_by.name']", "សុខ ដារ៉ា")
    page.fill("input[name='submitted_by.role']", "អ្នកសម្របសម្រួល")
    page.fill("input[name='submitted_by.email']", "dara@example.org")


def versions(client, admin, launched_round, token: str) -> list[dict]:
    network = next(i["network"]["id"] for i in launched_round.invitations if i["token"] == token)
    url = f"/api/v1/rounds/{launched_round.id}/responses/{network}"
    found = client.get(url, headers=admin)
    return [] if found.status_code == 404 else found.json["versions"]


def screenshots(page, name: str, selector: str) -> None:
    """`selector` in view at 360 and 1280 px; nothing pans sideways on the phone."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width in (360, 1280):
        page.set_viewport_size({"width": width, "height": 740})
        page.locator(selector).scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"))
        scroll, inner = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
        assert scroll <= inner, f"{name} is {scroll} px wide at {width} px"


@pytest.fixture
def axe_page(browser):
    """A page whose context lets axe-core be injected (the CSP allows only our scripts)."""
    context = browser.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


def test_a_draft_with_its_signer_comes_back_and_is_submitted_as_it_is(
    axe_page, live_server, launched_round, client, admin
):
    page = axe_page
    token = khmer_token(launched_round)
    page.goto(f"{live_server}/r/{token}")
    fill_sample_answers(page)
    sign(page)
    page.click("button[value='save']")
    assert "បានរក្សាទុកសេចក្តីព្រាង" in page.locator("[role=status]").inner_text()

    page.goto(f"{live_server}/r/{token}")  # a returning visitor
    notice = page.locator("#draft-notice").inner_text()
    assert notice.startswith("បានរក្សាទុកសេចក្តីព្រាងនៅថ្ងៃទី ") and "មិនទាន់បានដាក់ស្នើ" in notice
    assert page.input_value("input[name='submitted_by.name']") == "សុខ ដារ៉ា"
    assert page.input_value("input[name='submitted_by.email']") == "dara@example.org"
    assert page.input_value("textarea[name='q.challenges']") == KHMER_TEXT
    assert page.locator("#restored-notice").is_hidden(), "the server has it all"
    assert serious_violations(page) == []
    screenshots(page, "form-km-draft-notice", "#draft-notice")

    page.click("button[value='submit']")
    assert THANK_YOU in page.locator("[role=status]").inner_text()
    submitted = versions(client, admin, launched_round, token)[-1]
    assert submitted["kind"] == "submission"
    assert submitted["submitted_by"]["name"] == "សុខ ដារ៉ា"


def test_offline_the_answers_are_kept_through_a_reload_and_sent_when_back_online(
    axe_page, live_server, launched_round, client, admin
):
    page = axe_page
    token = khmer_token(launched_round)
    page.goto(f"{live_server}/r/{token}")
    fill_sample_answers(page)
    sign(page)

    page.reload()  # nothing was saved on the server: the device still has it
    assert page.input_value("textarea[name='q.challenges']") == KHMER_TEXT
    assert page.input_value("select[name='q.priorities.space']") == "2"
    assert page.is_checked("input[name='q.collab_areas'][value='advocacy']")
    assert page.input_value("input[name='submitted_by.name']") == "សុខ ដារ៉ា"
    assert page.locator("#restored-notice").is_visible()

    page.context.set_offline(True)
    page.click("button[value='submit']")
    assert OFFLINE in page.locator("#offline-notice").inner_text()
    assert page.url.endswith(f"/r/{token}"), "still on the form, not the browser's error page"
    assert versions(client, admin, launched_round, token) == []
    assert serious_violations(page) == []
    screenshots(page, "form-km-offline", "#offline-notice")

    with page.expect_navigation():
        page.context.set_offline(False)
    assert THANK_YOU in page.locator("[role=status]").inner_text()
    [submitted] = versions(client, admin, launched_round, token)
    assert submitted["kind"] == "submission"
    assert submitted["answers"]["challenges"] == KHMER_TEXT
    assert submitted["answers"]["priorities"] == ["funding", "space", "capacity"]
    assert submitted["submitted_by"]["email"] == "dara@example.org"
    assert page.evaluate("localStorage.length") == 0, "the copy is forgotten once received"


def test_a_copy_older_than_the_servers_draft_is_not_restored(page, live_server, launched_round):
    token = khmer_token(launched_round)
    page.goto(f"{live_server}/r/{token}")
    page.fill("input[name='q.members']", "25")
    page.click("button[value='save']")
    page.fill("input[name='q.members']", "26")  # typed over version 1, kept on the device
    page.goto(f"{live_server}/r/{token}")
    assert page.input_value("input[name='q.members']") == "26"

    page.click("button[value='save']")  # version 2 on the server
    page.goto(f"{live_server}/r/{token}")
    assert page.input_value("input[name='q.members']") == "26"
    assert page.locator("#restored-notice").is_hidden()


def test_the_form_works_with_no_javascript(browser, live_server, launched_round, client, admin):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    token = khmer_token(launched_round)
    page.goto(f"{live_server}/r/{token}")
    fill_sample_answers(page)
    page.click("button[value='save']")
    assert "បានរក្សាទុកសេចក្តីព្រាង" in page.locator("[role=status]").inner_text()
    sign(page)
    page.click("button[value='submit']")
    assert THANK_YOU in page.locator("[role=status]").inner_text()
    context.close()
    assert [v["kind"] for v in versions(client, admin, launched_round, token)] == [
        "draft",
        "submission",
    ]


@pytest.mark.parametrize("language", ["km", "en"])
def test_a_closed_rounds_link_reads_well_in_a_browser(
    axe_page, live_server, launched_round, client, admin, language
):
    page = axe_page
    token = khmer_token(launched_round)
    body = {"answers": SAMPLE_ANSWERS, "submitted_by": FOCAL_POINT}
    assert client.post(f"/api/v1/respond/{token}", json=body).status_code == 200
    url = f"/api/v1/rounds/{launched_round.id}/close"
    assert client.post(url, headers=admin).status_code == 200

    page.goto(f"{live_server}/r/{token}?lang={language}")
    assert page.get_attribute("html", "lang") == language
    assert page.locator("form").count() == 0
    assert page.locator("dl.answers dt").count() == len(SAMPLE_ANSWERS)
    assert serious_violations(page) == []
    screenshots(page, f"form-{language}-closed", "h1")
    page.set_viewport_size({"width": 360, "height": 740})
    page.screenshot(path=str(SCREENSHOTS / f"form-{language}-closed-360-full.png"), full_page=True)
