"""The respondents' web form in a real headless Chromium (Debian's), in Khmer and English."""

from __future__ import annotations

from tests.web.conftest import KHMER_TEXT, MAX_PAGE_BYTES, fill_sample_answers, khmer_token


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
