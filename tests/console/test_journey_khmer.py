"""A programme officer's day in Khmer, in Debian's Chromium, from an empty database: import
the directory (previewed first), build a five-question round adding, moving and removing
questions in place, launch it, copy a link, give a network a new link (confirmed first,
mailed, the old link's page saying so), watch answers arrive, close the round (confirmed
first), save the common response in English only and then in Khmer, approve it, publish,
and open the public results page from the console. Every step is found by its Khmer text,
as the officer finds it. Screenshots at 360 and 1280 px in var/screenshots/console/."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from celery.contrib.testing.worker import start_worker
from playwright.sync_api import expect
from sqlalchemy import select

from consult.models import MailMessage
from consult.tasks import QUEUES
from consult.texts import t
from tests.conftest import FOCAL_POINT, NETWORKS_CSV
from tests.console.conftest import PASSWORD
from tests.console.test_builder_browser import add_question
from tests.console.test_console_browser import fits

pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)

NETWORKS = 34  # in the sample directory
ANSWERING = 10
QUESTIONS = (
    ("likert", "Commune funds reach villages.", "មូលនិធិឃុំទៅដល់ភូមិ។"),
    ("statement", "Budgets are published.", "ថវិកាត្រូវបានផ្សព្វផ្សាយ។"),
    ("rating", "Rate the last budget.", "វាយតម្លៃថវិកាចុងក្រោយ។"),
    ("text", "What would help most?", "អ្វីនឹងជួយបានច្រើនបំផុត?"),
    ("number", "How many meetings?", "កិច្ចប្រជុំប៉ុន្មានដង?"),
    ("likert", "Networks are heard.", "បណ្តាញត្រូវបានស្តាប់។"),
)


def km(key: str, **values) -> str:
    return t(key, "km", **values)


def answers_for(questions: list[dict], number: int) -> dict:
    """Answers to whatever the round asks: most networks agree, a few do not."""
    by_type = {
        "likert": 5 if number % 4 else 2,
        "statement": "agree" if number % 4 else "disagree",
        "rating": 4,
        "number": 3,
        "text": "ការប្រជុំឃុំប្រចាំខែជួយយុវជន",
    }
    return {question["key"]: by_type[question["type"]] for question in questions}


def test_a_programme_officer_runs_a_round_in_khmer(
    app, browser, live_server, client, admin, accounts, database
):
    celery = app.extensions["consult"].celery
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    with start_worker(celery, pool="solo", perform_ping_check=False, queues=list(QUEUES)):
        try:
            run_the_day(page, live_server, client, admin, accounts, database)
        finally:
            context.close()


def run_the_day(page, live_server, client, admin, accounts, database) -> None:
    page.goto(f"{live_server}/staff/sign-in?lang=km")
    page.fill("#email", accounts["staff"].email)
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(f"{live_server}/staff/")
    if page.locator("html").get_attribute("lang") != "km":
        page.click("header button[lang=km]")
        page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "km"
    fits(page, "day-km-home")

    # The directory, previewed and then imported.
    page.goto(f"{live_server}/staff/networks/import")
    page.set_input_files("#file", str(NETWORKS_CSV))
    page.click(f"main button:has-text('{km('directory_import_preview')}')")
    assert client.get("/api/v1/networks", headers=admin).json["total"] == 0, "nothing saved yet"
    fits(page, "day-km-import-preview")
    page.click(f"main button:has-text('{km('directory_import_confirm')}')")
    page.wait_for_load_state()
    assert client.get("/api/v1/networks", headers=admin).json["total"] == NETWORKS

    # Five questions, built in place: six added, the last moved up, one removed.
    page.goto(f"{live_server}/staff/rounds/new")
    page.evaluate("window.stayed = true")
    page.fill("[name='title.en']", "Access to commune funds")
    page.fill("[name='title.km']", "ការទទួលបានមូលនិធិឃុំ")
    page.fill("[name='purpose.en']", "What networks see of commune budgets.")
    page.fill("[name='purpose.km']", "អ្វីដែលបណ្តាញឃើញអំពីថវិកាឃុំ។")
    for kind, en, khmer in QUESTIONS:
        add_question(page, kind, en, khmer)
    page.click("button[value='up.5']")
    page.locator("#f-questions-4-text-en").wait_for()
    page.click("button[value='remove.1']")
    expect(page.locator(".question-list > li")).to_have_count(5)
    assert page.evaluate("window.stayed"), "added, moved and removed without a page load"
    page.check("#way-all")
    page.fill("[name='closes_at']", "2030-06-30T17:00")
    fits(page, "day-km-builder")
    page.click("button[name=do][value=save] >> nth=0")
    page.wait_for_url("**/staff/rounds/*/edit")
    round_id = int(page.url.rstrip("/").split("/")[-2])
    questions = client.get(f"/api/v1/rounds/{round_id}", headers=admin).json["questions"]
    assert len(questions) == 5

    # Launch, then copy a link from the page that shows them once.
    page.goto(f"{live_server}/staff/rounds/{round_id}/launch")
    fits(page, "day-km-launch")
    page.click(f"main button:has-text('{km('rounds_launch_now')}')")
    page.wait_for_load_state()
    links = {
        code.get_attribute("id").rsplit("-", 1)[-1]: code.text_content().strip()
        for code in page.locator("code[id*='-form-']").all()
    }
    assert len(links) == NETWORKS
    fits(page, "day-km-links")
    page.click("main details > summary")  # every network has mail: all links, folded
    first_copy = page.locator("button.copy:visible").first
    copied = page.locator(f"#{first_copy.get_attribute('data-copy')}").inner_text()
    first_copy.click()
    assert page.evaluate("navigator.clipboard.readText()") == copied

    # A new link for one network: asked first, mailed to its contacts, the old one refused.
    page.goto(f"{live_server}/staff/rounds/{round_id}")
    reissue = page.locator(f"a:has-text('{km('safe_reissue_row')}')").first
    network_id = reissue.get_attribute("href").split("/invitations/")[1].split("/")[0]
    reissue.click()
    page.wait_for_load_state()
    assert page.locator("button.danger").count() == 1, "a confirmation, not the deed"
    fits(page, "day-km-new-link-confirm")
    page.click("button.danger")
    page.wait_for_load_state()
    new_link = page.locator("code[id*='-form-']").first.text_content().strip()
    assert new_link != links[network_id]
    fits(page, "day-km-new-link")
    with database.session() as session:
        mailed = session.scalars(select(MailMessage).where(MailMessage.kind == "new_link")).all()
    assert mailed, "the new link is mailed to the network's contacts"
    page.goto(live_server + urlsplit(links[network_id]).path)  # links name the public host
    assert km("safe_link_replaced") in page.inner_text("body")
    assert new_link.rsplit("/", 1)[-1] not in page.content()
    links[network_id] = new_link

    # Networks answer while the officer watches the round's page change in place.
    page.goto(f"{live_server}/staff/rounds/{round_id}")
    page.evaluate("window.stayed = true")
    for number, link in enumerate(list(links.values())[:ANSWERING]):
        token = link.rsplit("/", 1)[-1]
        body = {"answers": answers_for(questions, number), "submitted_by": FOCAL_POINT}
        assert client.post(f"/api/v1/respond/{token}", json=body).status_code == 200
    answered = km(
        "rounds_response_count",
        submitted=ANSWERING,
        invited=NETWORKS,
        rate=round(ANSWERING / NETWORKS * 100),
    )
    page.locator(f"#live >> text={answered}").wait_for(timeout=30_000)
    assert page.evaluate("window.stayed"), "the count changed in place"
    fits(page, "day-km-answers")

    # Close, after a confirmation; the worker drafts the common response.
    page.click(f"main a:has-text('{km('rounds_close')}')")
    page.wait_for_load_state()
    fits(page, "day-km-close-confirm")
    page.click("button.danger")
    page.wait_for_load_state()
    common = f"{live_server}/staff/rounds/{round_id}/common-response"
    for _ in range(60):
        page.goto(common)
        if page.locator("#statement_en").count():
            break
        page.wait_for_timeout(500)

    # English only first, for a colleague to translate: saved, but not yet approvable.
    page.fill("#statement_en", "Networks agree that commune funds reach villages.")
    page.fill("#statement_km", "")
    page.fill("#commitments_en", "The body will publish commune budgets with the networks.")
    page.fill("#commitments_km", "")
    page.click(f"main button:has-text('{km('rounds_cr_save')}')")
    page.wait_for_load_state()
    approve = page.locator("main form button[formaction]")
    assert approve.count() == 0 or approve.is_disabled()
    assert page.locator("button[disabled][aria-describedby=approve-reason]").count() == 1
    fits(page, "day-km-common-english-only")
    page.fill("#statement_km", "បណ្តាញយល់ស្របថា មូលនិធិឃុំទៅដល់ភូមិ។")
    page.fill("#commitments_km", "ស្ថាប័ននឹងផ្សព្វផ្សាយថវិកាឃុំជាមួយបណ្តាញ។")
    page.click(f"main button:has-text('{km('rounds_cr_save')}')")
    page.wait_for_load_state()
    page.locator("main form button[formaction]").click()
    page.wait_for_load_state()
    assert km("rounds_cr_status_approved") in page.inner_text("main")
    fits(page, "day-km-common-approved")

    # Publish, then open the public results page from the console.
    page.goto(f"{live_server}/staff/rounds/{round_id}")
    page.click(f"main button:has-text('{km('rounds_publish')}')")
    page.wait_for_load_state()
    page.click(f"main a:has-text('{km('safe_results_page')}')")
    page.wait_for_load_state()
    assert "/results" in page.url
    assert "ការទទួលបានមូលនិធិឃុំ" in page.inner_text("h1")
    fits(page, "day-km-results")
