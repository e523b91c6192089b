"""A refusal in the console is said in the account's language, with the fields it names
called by their labels: a Khmer-reading officer reads no English sentence and no API field
name ("network_ids", "commitments") on a refused page or beside a form."""

from __future__ import annotations

import html
import re

import pytest
from sqlalchemy import update

from consult.models import User
from consult.texts import t
from tests.api.test_common_response import close_and_draft
from tests.console.conftest import post, signed_in
from tests.console.test_console_browser import fits
from tests.console.test_networks import upload
from tests.console.test_round_pages import status_of

API_WORDS = re.compile(
    r"\b(network_ids|commitments|common_response|statement|status|Round|No round)\b"
)


def main_text(page: str) -> str:
    """The page's own content: the menu and the footer are other tests' business."""
    found = re.search(r"<main[^>]*>(.*)</main>", page, re.S)
    assert found, "the page has a main region"
    return html.unescape(re.sub(r"<[^>]+>", " ", found.group(1)))


@pytest.fixture
def khmer_staff(database, accounts):
    with database.session() as session:
        email = accounts["staff"].email
        session.execute(update(User).where(User.email == email).values(language="km"))
    return accounts["staff"]


def test_a_round_that_does_not_exist_is_said_in_khmer(client, khmer_staff):
    signed_in(client, khmer_staff.email)
    page = client.get("/staff/rounds/999999")
    assert page.status_code == 404
    text = main_text(page.text)
    assert "គ្មានជុំពិគ្រោះយោបល់ទី 999999 ទេ។" in text
    assert not API_WORDS.search(text), text


def test_the_same_refusal_stays_in_english_for_an_english_account(client, accounts):
    signed_in(client, accounts["staff"].email)
    page = client.get("/staff/rounds/999999")
    assert page.status_code == 404 and "No round 999999." in main_text(page.text)


def test_publishing_too_early_and_half_a_common_response_are_refused_in_khmer_by_label(
    app, client, khmer_staff, answered_round
):
    round_page = f"/staff/rounds/{answered_round.id}"
    signed_in(client, khmer_staff.email)
    closed = post(client, f"{round_page}/close", {"confirmed": "yes"}, round_page)
    assert closed.status_code == 303
    recompute = app.extensions["consult"].celery.tasks["consult.summaries.recompute"]
    recompute.apply(args=[answered_round.id], kwargs={"final": True, "force": True}).get()

    early = post(client, f"{round_page}/publish", {}, round_page)
    assert early.status_code == 409 and status_of(app, answered_round.id) == "closed"
    said = main_text(early.text)
    assert t("safe_publish_needs_approval", "km") in said, "back on the round's page, with why"
    assert not API_WORDS.search(said), said

    common = f"{round_page}/common-response"
    half = {"statement_en": "Only English", "statement_km": "", "commitments_en": "We will."}
    assert post(client, common, half, common).status_code == 303, "one language is saved"
    refused = post(client, f"{common}/approve", {"version": "2", **half}, common)
    assert refused.status_code == 409
    alert = main_text(refused.text)
    assert not API_WORDS.search(alert), alert
    assert "Give it in English" not in alert and "Only English" in refused.text, "typed, kept"


def test_a_reminder_to_a_network_not_invited_is_refused_in_khmer(
    client, khmer_staff, launched_round
):
    round_page = f"/staff/rounds/{launched_round.id}"
    signed_in(client, khmer_staff.email)
    stranger = post(client, f"{round_page}/remind", {"network": "999999"}, round_page)
    assert stranger.status_code == 422
    said = main_text(stranger.text)
    assert "បណ្តាញ៖ បណ្តាញលេខ 999999 មិនត្រូវបានអញ្ជើញឱ្យចូលរួមជុំនេះទេ។" in said
    assert "was not invited" not in said


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_refused_pages_in_khmer_fit_a_phone_and_a_desk(
    app, client, admin, page, live_server, khmer_staff, answered_round, signed_in_page
):
    close_and_draft(app, client, admin, answered_round.id)
    page.goto(f"{live_server}/staff/rounds/999999")
    assert "គ្មានជុំពិគ្រោះយោបល់ទី 999999 ទេ។" in page.locator("main").inner_text()
    fits(page, "refused-km")
    page.goto(f"{live_server}/staff/rounds/{answered_round.id}")
    assert page.locator("main button[aria-describedby=publish-reason]").is_disabled()
    said = page.locator("#publish-reason").inner_text()
    assert t("safe_publish_needs_approval", "km") in said and not API_WORDS.search(said), said
    fits(page, "refused-publish-km")
    page.goto(f"{live_server}/staff/rounds/{answered_round.id}/common-response")
    page.fill("textarea[name=statement_en]", "Only English")
    page.fill("textarea[name=commitments_en]", "We will.")
    page.click("main form button[type=submit] >> nth=0")  # saved alone, for a colleague
    page.wait_for_load_state()
    said = page.locator("#approve-reason").inner_text()
    assert t("safe_missing_commitments", "km") in said and not API_WORDS.search(said), said
    fits(page, "refused-common-response-km")


def test_an_import_with_bad_rows_and_an_unreadable_file_is_refused_in_khmer(
    client, khmer_staff, database
):
    signed_in(client, khmer_staff.email)
    rows = b"name,kind\nTonle Network,club\nKep Network,member\nKep Network,member\n"
    preview = upload(client, rows)
    said = main_text(preview.text)
    assert "ប្រភេទ៖ តម្លៃនេះមិនមែនជាជម្រើសមួយដែលអាចប្រើបានទេ។" in said
    assert "ឈ្មោះ៖ ដដែលនឹងបន្ទាត់ទី 3។" in said
    assert "Must be one of" not in said and "kind:" not in said
    refused = upload(client, b"title,when\nx,y\n")
    assert refused.status_code == 422
    said = main_text(refused.text)
    assert "ខ្វះជួរឈរ 'name'" in said and "missing column" not in said
