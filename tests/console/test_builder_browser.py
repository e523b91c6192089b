"""The round builder in a real Chromium, as staff use it: a round of four question types
built in both languages, then its Khmer preview; the same with JavaScript off (every button
sends the page); a five-question round built, reordered and trimmed in place in Khmer.
Nothing pans sideways at a phone's or a desk's width (screenshots in
var/screenshots/console/), and axe-core finds no serious violation on the builder, its
errors or the preview."""

from __future__ import annotations

import re

import pytest

from consult.models import Round
from tests.console.accessibility import serious_violations
from tests.console.test_console_browser import fits

pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


def add_question(page, kind: str, en: str, km: str) -> int:
    """Add a question and write its text: it opens for editing, in place (htmx) or on a new
    page (no JavaScript), which the wait for its field covers both."""
    place = page.locator(".question-list > li").count()
    page.select_option("#new_type", kind)
    page.click("button[name=do][value=add]")
    page.fill(f"#f-questions-{place}-text-en", en)
    page.fill(f"#f-questions-{place}-text-km", km)
    return place


def fill_four_question_round(page) -> None:
    """Title, purpose and four question types in both languages, for the provincial networks."""
    page.fill("[name='title.en']", "Youth participation in commune planning")
    page.fill("[name='title.km']", "ការចូលរួមរបស់យុវជនក្នុងផែនការឃុំ")
    page.fill("[name='purpose.en']", "What networks see and what they would change.")
    page.fill("[name='purpose.km']", "អ្វីដែលបណ្តាញឃើញ និងអ្វីដែលពួកគេចង់ផ្លាស់ប្តូរ។")
    add_question(
        page, "likert", "Young people are heard in planning.", "យុវជនត្រូវបានស្តាប់ក្នុងការរៀបចំផែនការ។"
    )
    choice = add_question(page, "single_choice", "Which channel works best?", "មធ្យោបាយណាល្អបំផុត?")
    for index, (en, km) in enumerate((("Meetings", "កិច្ចប្រជុំ"), ("Social media", "បណ្តាញសង្គម"))):
        page.fill(f"[name='questions.{choice}.options.{index}.text.en']", en)
        page.fill(f"[name='questions.{choice}.options.{index}.text.km']", km)
    add_question(page, "rating", "Rate the last commune plan.", "វាយតម្លៃផែនការឃុំចុងក្រោយ។")
    add_question(page, "text", "What would help most?", "អ្វីនឹងជួយបានច្រើនបំផុត?")
    page.check("#way-filter")
    page.get_by_label("Provincial networks").first.check()
    page.fill("[name='closes_at']", "2030-06-30T17:00")


@pytest.fixture
def staff_page(browser, accounts, browser_sign_in):
    """Chromium signed in as staff; the CSP bypassed so that axe-core can be injected."""
    context = browser.new_context(bypass_csp=True)
    yield browser_sign_in(context.new_page(), accounts["staff"].email)
    context.close()


@pytest.fixture
def directory(client, admin, networks_csv):
    imported = client.post(
        "/api/v1/networks/import", data=networks_csv, headers={**admin, "Content-Type": "text/csv"}
    )
    assert imported.status_code == 200


def test_build_a_round_and_preview_it_in_khmer(staff_page, live_server, directory):
    page = staff_page
    page.goto(f"{live_server}/staff/rounds/new")
    fill_four_question_round(page)
    page.click("button[name=do][value=audience]")
    assert "networks would be invited" in page.locator("#invited").inner_text()
    fits(page, "builder-en")
    violations = {"builder": serious_violations(page)}

    page.click("button[name=do][value=save] >> nth=0")
    page.wait_for_url("**/staff/rounds/*/edit")
    assert "The round is saved." in page.inner_text("main")
    assert page.locator(".question-list > li").count() == 4
    with page.expect_navigation():
        page.click("button[name=do][value=save] >> nth=0")  # nothing changed: saved again
    page.fill("[name='title.en']", "")
    page.fill("[name='title.km']", "")
    page.click("button[name=do][value=save] >> nth=0")
    page.locator("#errors").wait_for()
    fits(page, "builder-error")
    violations["errors"] = serious_violations(page)

    page.click("text=Preview in Khmer")
    page.wait_for_url("**/preview?lang=km")
    assert page.locator("html").get_attribute("lang") == "km"
    assert "ការចូលរួមរបស់យុវជនក្នុងផែនការឃុំ" in page.inner_text("h1")
    assert page.locator("button[type=submit]:enabled").count() == 0
    fits(page, "builder-preview-km")
    violations["preview"] = serious_violations(page)
    assert not {where: found for where, found in violations.items() if found}


def test_without_javascript_every_button_sends_the_page(
    browser, live_server, accounts, directory, browser_sign_in
):
    context = browser.new_context(java_script_enabled=False)
    page = browser_sign_in(context.new_page(), accounts["staff"].email)
    page.goto(f"{live_server}/staff/rounds/new")
    fill_four_question_round(page)
    page.click("button[value='edit.0']")
    assert page.locator("#f-questions-0-text-en").input_value() == (
        "Young people are heard in planning."
    )
    page.click("button[value='down.0']")
    page.click("button[name=do][value=save] >> nth=0")
    page.wait_for_url("**/staff/rounds/*/edit")
    assert "The round is saved." in page.inner_text("main")
    summaries = page.locator(".question-list .said").all_inner_texts()
    assert "Which channel works best?" in summaries[0]
    assert "Young people are heard in planning." in summaries[1]
    context.close()


def test_build_five_questions_in_place_in_khmer_on_a_phone(
    staff_page, live_server, database, directory
):
    page = staff_page
    page.set_viewport_size({"width": 360, "height": 800})
    page.click("header button[lang=km]")
    page.wait_for_load_state()
    page.goto(f"{live_server}/staff/rounds/new")
    assert page.locator("html").get_attribute("lang") == "km"
    page.click("button[name=do][value=save] >> nth=0")  # saved empty: refused, in Khmer
    page.locator("#errors").wait_for()
    latin = re.findall(r"[A-Za-z_]{3,}", page.inner_text("#errors"))
    assert not latin, f"English on the Khmer builder's errors: {latin}"
    fits(page, "builder-km-error")
    violations = {"errors": serious_violations(page)}
    page.evaluate("window.stayed = true")  # gone if the page were loaded again
    page.fill("[name='title.en']", "Access to commune funds")
    page.fill("[name='title.km']", "ការទទួលបានមូលនិធិឃុំ")
    page.fill("[name='purpose.en']", "What networks see.")
    page.fill("[name='purpose.km']", "អ្វីដែលបណ្តាញឃើញ។")
    for kind, en, km in (
        ("likert", "Commune funds reach villages.", "មូលនិធិឃុំទៅដល់ភូមិ។"),
        ("statement", "Budgets are published.", "ថវិកាត្រូវបានផ្សព្វផ្សាយ។"),
        ("rating", "Rate the last budget.", "វាយតម្លៃថវិកាចុងក្រោយ។"),
        ("text", "What would help most?", "អ្វីនឹងជួយបានច្រើនបំផុត?"),
        ("number", "How many meetings?", "កិច្ចប្រជុំប៉ុន្មានដង?"),
    ):
        add_question(page, kind, en, km)
    assert page.locator("fieldset.question").count() == 1, "one question open at a time"
    assert page.locator(".question-list .summary").count() == 4
    fits(page, "builder-km-open")
    violations["open"] = serious_violations(page)

    page.click("button[value='up.4']")  # the open one, "How many meetings?", one place up
    page.locator("#f-questions-3-text-en").wait_for()
    page.click("button[value='remove.1']")  # "Budgets are published."
    page.wait_for_function("document.querySelectorAll('.question-list > li').length == 4")
    page.click("button[value='edit.0']")
    page.locator("#f-questions-0-text-en").wait_for()
    assert page.evaluate("window.stayed"), "added, moved and removed in place"
    assert "ផ្លាស់ប្តូរ" in page.inner_text("#questions [role=status]")
    page.check("#way-all")
    page.fill("[name='closes_at']", "2030-06-30T17:00")
    fits(page, "builder-km")
    violations["edited"] = serious_violations(page)

    page.click("button[name=do][value=save] >> nth=0")
    page.wait_for_url("**/staff/rounds/*/edit")
    round_id = int(page.url.rstrip("/").split("/")[-2])
    with database.session() as session:
        saved = session.get(Round, round_id).questionnaire
    assert [q["key"] for q in saved] == [
        "commune_funds_reach_villages",
        "rate_last_budget",
        "many_meetings",
        "would_help_most",
    ]
    fits(page, "builder-km-saved")
    assert not {where: found for where, found in violations.items() if found}
