"""Issue 15's journey, in Debian's Chromium, as a programme officer with a staff account:
sign in, import the sample directory (previewed first), build a round of four question
types in both languages, preview the Khmer form, launch it to the provincial networks,
watch the invitations change while networks answer through the API, remind, read the
report, close the round, edit and approve the common response, and watch the validation
tally change as networks reply. A real Celery worker (in this process, on the app's
in-memory broker) makes the summaries and the draft, as it would behind `consult run`.
Screenshots at 1280 and 390 px are kept in var/screenshots/console/journey-*.png."""

from __future__ import annotations

import pytest
from celery.contrib.testing.worker import start_worker

from consult.tasks import QUEUES
from tests.conftest import FOCAL_POINT, NETWORKS_CSV
from tests.console.conftest import PASSWORD
from tests.console.test_builder_browser import fill_four_question_round
from tests.console.test_console_browser import SCREENSHOTS

pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)

WIDTHS = (1280, 390)
PROVINCIAL_NETWORKS = 24  # of the sample directory's 34


def shoot(page, name: str) -> None:
    """The page at a desk's and a phone's width, whole; neither may pan sideways."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(SCREENSHOTS / f"journey-{name}-{width}.png"), full_page=True)
        scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert scroll <= inner, f"{name} is {scroll} px wide at {width} px"
    page.set_viewport_size({"width": 1280, "height": 900})


def answers_for(questions: list[dict], number: int) -> dict:
    """Answers to the round the journey built: most networks agree, a few do not."""
    by_type = {q["type"]: q for q in questions}
    choice = by_type["single_choice"]["options"][0 if number % 5 else 1]["key"]
    return {
        by_type["likert"]["key"]: 5 if number % 4 else 2,
        by_type["single_choice"]["key"]: choice,
        by_type["rating"]["key"]: 4,
        by_type["text"]["key"]: "ការប្រជុំឃុំប្រចាំខែជួយយុវជន",
    }


def test_a_programme_officer_runs_a_round_from_the_console(
    app, browser, live_server, client, admin, accounts
):
    celery = app.extensions["consult"].celery
    context = browser.new_context()
    page = context.new_page()
    with start_worker(celery, pool="solo", perform_ping_check=False, queues=list(QUEUES)):
        try:
            run_the_journey(page, live_server, client, admin, accounts)
        finally:
            context.close()


def run_the_journey(page, live_server, client, admin, accounts) -> None:
    page.goto(f"{live_server}/staff/")
    page.fill("#email", accounts["staff"].email)
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(f"{live_server}/staff/")
    shoot(page, "home-empty")

    # The directory: previewed, then imported.
    page.click("nav.sections >> text=Directory")
    page.goto(f"{live_server}/staff/networks/import")
    page.set_input_files("#file", str(NETWORKS_CSV))
    page.click("text=Preview the import")
    preview = page.inner_text("main")
    assert "34" in preview
    assert client.get("/api/v1/networks", headers=admin).json["total"] == 0, "nothing saved yet"
    shoot(page, "import-preview")
    page.click("text=Import this file now")
    page.wait_for_load_state()
    assert client.get("/api/v1/networks", headers=admin).json["total"] == 34

    # The round: four types of question in both languages, for the provincial networks.
    page.click("nav.sections >> text=New round")
    fill_four_question_round(page)
    page.click("button[name=do][value=audience]")
    assert f"{PROVINCIAL_NETWORKS} networks would be invited" in page.inner_text("#invited")
    page.click("button[name=do][value=save] >> nth=0")
    page.wait_for_url("**/staff/rounds/*/edit")
    shoot(page, "builder")
    round_id = int(page.url.rstrip("/").split("/")[-2])

    page.click("text=Preview in Khmer")
    page.wait_for_url("**/preview?lang=km")
    assert page.locator("html").get_attribute("lang") == "km"
    assert "ការចូលរួមរបស់យុវជនក្នុងផែនការឃុំ" in page.inner_text("h1")
    shoot(page, "preview-km")

    # Launch, after a confirmation that counts who is invited.
    page.goto(f"{live_server}/staff/rounds/{round_id}")
    page.click("text=Launch…")
    assert f"{PROVINCIAL_NETWORKS}" in page.inner_text("main")
    shoot(page, "launch-confirm")
    page.click("text=Launch and send the invitations")
    page.wait_for_load_state()
    assert f"{PROVINCIAL_NETWORKS} networks invited" in page.inner_text("main")
    tokens = [  # each link is in the list on screen and on the printable sheet
        link.rsplit("/", 1)[-1]
        for link in page.locator(".print-sheet code").all_text_contents()
        if "/api/v1/respond/" in link
    ]
    assert len(tokens) == PROVINCIAL_NETWORKS

    # Networks answer through the API while the officer watches the round's page.
    page.goto(f"{live_server}/staff/rounds/{round_id}")
    page.evaluate("window.notReloaded = true")
    questions = client.get(f"/api/v1/rounds/{round_id}", headers=admin).json["questions"]
    for number, token in enumerate(tokens[:12]):
        body = {"answers": answers_for(questions, number), "submitted_by": FOCAL_POINT}
        assert client.post(f"/api/v1/respond/{token}", json=body).status_code == 200
    page.locator("#live >> text=12 of 24 networks answered").wait_for(timeout=20_000)
    assert page.evaluate("window.notReloaded === true"), "the list changed in place"
    shoot(page, "round-live")

    page.click("text=Remind every network that has not answered")
    page.wait_for_load_state()
    assert "The reminder is on its way" in page.inner_text("main")

    page.click("text=Summary report")
    page.wait_for_load_state()
    assert "Youth participation in commune planning" in page.inner_text("body")
    shoot(page, "report")

    # Close; the worker makes the final summary and the draft common response.
    page.goto(f"{live_server}/staff/rounds/{round_id}")
    page.click("text=Close the round…")
    page.click("text=Close it now")
    page.wait_for_load_state()
    common = f"{live_server}/staff/rounds/{round_id}/common-response"
    for _ in range(60):
        page.goto(common)
        if page.locator("text=Draft, not approved").count():
            break
        page.wait_for_timeout(500)
    assert page.locator("text=Draft, not approved").count(), "the worker drafted it"
    page.fill("#statement_en", "Provincial networks agree that young people are heard.")
    page.fill("#statement_km", "បណ្តាញខេត្តយល់ស្របថា យុវជនត្រូវបានស្តាប់។")
    page.fill("#commitments_en", "The body will bring youth forums to the AGM.")
    page.fill("#commitments_km", "ស្ថាប័ននឹងនាំវេទិកាយុវជនទៅកាន់មហាសន្និបាតប្រចាំឆ្នាំ។")
    page.click("text=Save as a new version")
    page.wait_for_load_state()
    assert "A new version is saved." in page.inner_text("main")
    page.click("main form button:has-text('Approve')")
    page.wait_for_load_state()
    assert "Approved" in page.inner_text("main"), page.inner_text("main")
    shoot(page, "common-response")

    # The validation goes out; the tally changes as networks reply.
    page.goto(f"{live_server}/staff/rounds/{round_id}/followups")
    page.evaluate("window.notReloaded = true")
    followups = client.get(f"/api/v1/rounds/{round_id}/followups", headers=admin).json
    validation = next(
        i["followup"] for i in followups["items"] if i["followup"]["kind"] == "validation"
    )
    for token, verdict in zip(tokens[:3], ("confirm", "confirm", "contest"), strict=True):
        reply = {"verdict": verdict, "text": "ចំណុចនេះត្រឹមត្រូវ" if verdict == "confirm" else "No."}
        answer = client.post(f"/api/v1/respond/{token}/followups/{validation['id']}", json=reply)
        assert answer.status_code == 201, answer.json
    page.locator("text=ចំណុចនេះត្រឹមត្រូវ").first.wait_for(timeout=20_000)
    tally = page.inner_text("main")
    assert "Confirmed" in tally and "Contested" in tally
    assert page.evaluate("window.notReloaded === true"), "the tally changed in place"
    shoot(page, "validation-tally")
