"""The respondents' web form in a real headless Chromium (Debian's), in Khmer and English."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import REQUIRE_SERVICES

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
MAX_PAGE_BYTES = 60 * 1024
KHMER_TEXT = "ការសហការខ្សោយ ដោយសារខ្វះថវិកា"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        message = "Debian's chromium is not installed (apt-get install chromium fonts-khmeros)"
        if REQUIRE_SERVICES:
            pytest.fail(message, pytrace=False)
        pytest.skip(f"SKIPPED LOUDLY: {message}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


def khmer_token(launched_round):
    return next(
        invitation["token"]
        for invitation in launched_round.invitations
        if invitation["network"]["acronym"] == "BNN"  # Battambang: a Khmer-language network
    )


def fill_sample_answers(page):
    page.check("input[name='q.coop_level'][value='4']")
    page.check("input[name='q.collab_areas'][value='technical']")
    page.check("input[name='q.collab_areas'][value='advocacy']")
    page.check("input[name='q.donor_role'][value='agree']")
    page.check("input[name='q.mechanism'][value='forum']")
    page.select_option("select[name='q.priorities.funding']", "1")
    page.select_option("select[name='q.priorities.space']", "2")
    page.select_option("select[name='q.priorities.capacity']", "3")
    page.fill("input[name='q.members']", "25")
    page.fill("textarea[name='q.challenges']", KHMER_TEXT)


def test_network_answers_in_khmer_saves_a_draft_then_submits(
    page, live_server, launched_round, client, admin, tmp_path
):
    token = khmer_token(launched_round)
    response = page.goto(f"{live_server}/r/{token}")
    assert response.status == 200
    assert len(response.body()) < MAX_PAGE_BYTES
    assert page.get_attribute("html", "lang") == "km"
    assert page.locator("h1").inner_text() == "កិច្ចសហការរបស់អង្គការសង្គមស៊ីវិលដើម្បីប្រសិទ្ធភាពអភិវឌ្ឍន៍"
    assert page.evaluate("document.fonts.check('16px \"Khmer OS\"', 'ក')")

    fill_sample_answers(page)
    page.click("button[value='save']")
    assert "បានរក្សាទុកសេចក្តីព្រាង" in page.locator("[role=status]").inner_text()
    assert page.input_value("textarea[name='q.challenges']") == KHMER_TEXT

    page.fill("input[name='submitted_by.name']", "សុខ ដារ៉ា")
    page.fill("input[name='submitted_by.role']", "អ្នកសម្របសម្រួល")
    page.fill("input[name='submitted_by.email']", "dara@example.org")
    page.click("button[value='submit']")
    assert "សូមអរគុណ" in page.locator("[role=status]").inner_text()
    page.screenshot(path=str(tmp_path / "confirmation.png"), full_page=True)

    network_id = next(i["network"]["id"] for i in launched_round.invitations if i["token"] == token)
    versions = client.get(
        f"/api/v1/rounds/{launched_round.id}/responses/{network_id}", headers=admin
    ).json["versions"]
    assert [(v["kind"], v["channel"]) for v in versions] == [
        ("draft", "web"),
        ("submission", "web"),
    ]
    submitted = versions[1]
    assert submitted["answers"]["challenges"] == KHMER_TEXT
    assert submitted["answers"]["priorities"] == ["funding", "space", "capacity"]
    assert submitted["answers"]["members"] == 25
    assert submitted["submitted_by"]["name"] == "សុខ ដារ៉ា"
    assert submitted["language"] == "km"


def test_errors_are_shown_next_to_the_question_and_typing_is_kept(
    page, live_server, launched_round
):
    page.goto(f"{live_server}/r/{khmer_token(launched_round)}?lang=en")
    assert page.get_attribute("html", "lang") == "en"
    fill_sample_answers(page)
    page.fill("input[name='q.members']", "about forty")
    page.select_option("select[name='q.priorities.space']", "1")
    page.click("button[value='submit']")
    assert page.locator("#q-members .error").inner_text() == "Answer with a number."
    assert page.locator("#q-priorities .error").inner_text() == "An option is ranked twice."
    assert "Give the name" in page.locator("#submitted-by .error").inner_text()
    assert page.input_value("input[name='q.members']") == "about forty"
    assert page.input_value("textarea[name='q.challenges']") == KHMER_TEXT


def test_language_can_be_switched_on_the_page(page, live_server, launched_round):
    page.goto(f"{live_server}/r/{khmer_token(launched_round)}")
    page.click("nav a")
    assert page.get_attribute("html", "lang") == "en"
    assert page.locator("h1").inner_text() == "CSO collaboration for development effectiveness"


def test_unknown_link_shows_a_bilingual_not_found_page(page, live_server):
    response = page.goto(f"{live_server}/r/{'A' * 32}")
    assert response.status == 404
    assert "តំណនេះមិនត្រឹមត្រូវទេ" in page.content()
