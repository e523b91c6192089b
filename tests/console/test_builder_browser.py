"""The round builder in a real Chromium, as staff use it: a round of four question types
built in both languages with no script on the page, then its Khmer preview; nothing pans
sideways at a phone's or a desk's width (screenshots in var/screenshots/console/), and
axe-core finds no serious violation on the builder, its errors or the preview."""

from __future__ import annotations

import pytest

from tests.console.accessibility import serious_violations
from tests.console.conftest import PASSWORD
from tests.console.test_console_browser import fits

pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


def add_question(page, kind: str, en: str, km: str) -> int:
    page.select_option("#new_type", kind)
    page.click("button[name=do][value=add]")
    place = page.locator("fieldset.question").count() - 1
    page.fill(f"[name='questions.{place}.text.en']", en)
    page.fill(f"[name='questions.{place}.text.km']", km)
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
def staff_page(browser, live_server, accounts):
    """Chromium signed in as staff; the CSP bypassed so that axe-core can be injected."""
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.goto(f"{live_server}/staff/sign-in")
    page.fill("#email", accounts["staff"].email)
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(f"{live_server}/staff/")
    yield page
    context.close()


def test_build_a_round_and_preview_it_in_khmer(
    staff_page, live_server, client, admin, networks_csv
):
    imported = client.post(
        "/api/v1/networks/import", data=networks_csv, headers={**admin, "Content-Type": "text/csv"}
    )
    assert imported.status_code == 200
    page = staff_page
    page.goto(f"{live_server}/staff/rounds/new")
    assert page.locator("script").count() == 0, "the builder works without JavaScript"
    fill_four_question_round(page)
    page.click("button[name=do][value=audience]")
    assert "networks would be invited" in page.locator("#invited").inner_text()
    fits(page, "builder-en")
    violations = {"builder": serious_violations(page)}

    page.click("button[name=do][value=save] >> nth=0")
    page.wait_for_url("**/staff/rounds/*/edit")
    assert "The round is saved." in page.inner_text("main")
    assert page.locator("fieldset.question").count() == 4
    page.click("button[name=do][value=save] >> nth=0")  # nothing changed: saved again
    page.fill("[name='title.en']", "")
    page.fill("[name='title.km']", "")
    page.click("button[name=do][value=save] >> nth=0")
    assert page.locator("#errors").is_visible()
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
