"""No dead end after a round closes: an action is offered only when it can succeed, or
shown disabled with the reason beside it; a refused action is the page it came from with
the reason by the field; earlier versions open read only with what changed; the public
results page is linked once published and shows a tally only once someone replied."""

from __future__ import annotations

import re

from sqlalchemy import select

from consult.models import CommonResponseVersion
from tests.api.test_common_response import COMMITMENTS, STATEMENT, close_and_draft
from tests.console.conftest import post, signed_in
from tests.console.test_round_pages import draft_round

MISSING_COMMITMENTS = "Fill in what the body will do, in both languages, to approve."


def latest(database, round_id: int) -> CommonResponseVersion:
    with database.session() as session:
        return session.scalars(
            select(CommonResponseVersion)
            .where(CommonResponseVersion.round_id == round_id)
            .order_by(CommonResponseVersion.number.desc())
        ).first()


def disabled(html: str, reason_id: str) -> bool:
    return bool(
        re.search(rf'<button type="submit"\s+disabled\s+aria-describedby="{reason_id}"', html)
    )


def test_approve_and_publish_are_disabled_with_the_reason_until_they_can_succeed(
    app, client, admin, accounts, answered_round, database
):
    round_id = answered_round.id
    close_and_draft(app, client, admin, round_id)
    common = f"/staff/rounds/{round_id}/common-response"
    signed_in(client, accounts["staff"].email)
    page = client.get(common).text
    assert disabled(page, "approve-reason") and MISSING_COMMITMENTS in page
    round_page = client.get(f"/staff/rounds/{round_id}").text
    assert disabled(round_page, "publish-reason")
    assert "Approve the common response to publish" in round_page

    english = {"commitments_en": COMMITMENTS["en"], "statement_en": STATEMENT["en"]}
    assert post(client, common, english, common).status_code == 303, "English alone is saved"
    assert latest(database, round_id).commitments == {"en": COMMITMENTS["en"]}
    assert disabled(client.get(common).text, "approve-reason"), "Khmer is still missing"
    khmer = {**english, "commitments_km": COMMITMENTS["km"]}
    assert post(client, common, khmer, common).status_code == 303
    assert latest(database, round_id).commitments == COMMITMENTS
    page = client.get(common).text
    assert not disabled(page, "approve-reason") and MISSING_COMMITMENTS not in page


def test_the_reason_is_in_the_readers_language(app, client, admin, accounts, answered_round):
    close_and_draft(app, client, admin, answered_round.id)
    signed_in(client, accounts["staff"].email)
    post(client, "/staff/language", {"language": "km"})
    page = client.get(f"/staff/rounds/{answered_round.id}/common-response").text
    assert "សូមបំពេញអ្វីដែលស្ថាប័ននឹងធ្វើ ជាភាសាទាំងពីរ ដើម្បីអនុម័ត។" in page


def test_a_refused_approval_is_the_same_page_with_the_reason_by_the_field(
    app, client, admin, accounts, answered_round, database
):
    round_id = answered_round.id
    close_and_draft(app, client, admin, round_id)
    common = f"/staff/rounds/{round_id}/common-response"
    signed_in(client, accounts["staff"].email)
    refused = post(client, f"{common}/approve", {"version": "1"}, common)
    assert refused.status_code == 409
    assert "This cannot be done" not in refused.text, "not the page whose only link is Home"
    assert 'id="refused-commitments"' in refused.text and MISSING_COMMITMENTS in refused.text
    assert 'aria-invalid="true" aria-describedby="refused-commitments"' in refused.text
    assert latest(database, round_id).kind == "computed", "nothing approved"
    form = {f"statement_{code}": STATEMENT[code] for code in ("en", "km")}
    form |= {f"commitments_{code}": COMMITMENTS[code] for code in ("en", "km")}
    assert post(client, common, form, common).status_code == 303
    stale = post(client, f"{common}/approve", {"version": "1"}, common)
    assert stale.status_code == 409 and "A newer version was saved meanwhile" in stale.text
    assert latest(database, round_id).kind == "edit", "nothing approved"


def test_a_refused_publish_is_the_round_page_saying_why(
    app, client, admin, accounts, answered_round
):
    round_id = answered_round.id
    close_and_draft(app, client, admin, round_id)
    round_page = f"/staff/rounds/{round_id}"
    signed_in(client, accounts["staff"].email)
    refused = post(client, f"{round_page}/publish", {}, round_page)
    assert refused.status_code == 409 and "Nothing was changed" in refused.text
    assert "Approve the common response to publish" in refused.text
    assert "This cannot be done" not in refused.text


def test_earlier_versions_open_read_only_with_what_changed(
    app, client, admin, accounts, answered_round
):
    round_id = answered_round.id
    close_and_draft(app, client, admin, round_id)
    common = f"/staff/rounds/{round_id}/common-response"
    signed_in(client, accounts["staff"].email)
    form = {f"statement_{code}": STATEMENT[code] for code in ("en", "km")}
    form["commitments_en"] = "We will write to donors. We will meet in March."
    assert post(client, common, form, common).status_code == 303
    form["commitments_en"] = "We will write to donors. We will meet in April."
    assert post(client, common, form, common).status_code == 303
    listed = client.get(common).text
    assert f'href="{common}/versions/1"' in listed and f'href="{common}/versions/3"' in listed

    first = client.get(f"{common}/versions/1")
    assert first.status_code == 200 and "An earlier version, read only" in first.text
    assert "The first version: nothing came before it." in first.text
    assert "<textarea" not in first.text and f'action="{common}' not in first.text
    third = client.get(f"{common}/versions/3").text
    assert "What changed since version 2" in third
    assert re.search(r"Removed:</strong>\s*<del>We will meet in March.</del>", third)
    assert re.search(r"Added:</strong>\s*<ins>We will meet in April.</ins>", third)
    assert "We will write to donors." in third and "<del>We will write" not in third
    assert client.get(f"{common}/versions/99").status_code == 404


def test_the_console_links_the_public_results_once_published_and_the_tally_waits(
    app, client, admin, accounts, answered_round
):
    round_id = answered_round.id
    close_and_draft(app, client, admin, round_id)
    results = f'href="/results/{round_id}"'
    signed_in(client, accounts["staff"].email)
    common = f"/staff/rounds/{round_id}/common-response"
    form = {f"statement_{code}": STATEMENT[code] for code in ("en", "km")}
    form |= {f"commitments_{code}": COMMITMENTS[code] for code in ("en", "km")}
    assert post(client, common, form, common).status_code == 303
    assert results not in client.get(f"/staff/rounds/{round_id}").text
    assert post(client, f"{common}/approve", {"version": "2"}, common).status_code == 303
    round_page = f"/staff/rounds/{round_id}"
    assert post(client, f"{round_page}/publish", {}, round_page).status_code == 303
    assert results in client.get(round_page).text and results in client.get(common).text
    public = client.get(f"/results/{round_id}?lang=en").text
    assert "No reply" not in public, "no tally before a network replied"


def test_launch_is_disabled_with_the_reason_when_it_would_be_refused(
    client, admin, accounts, launched_round, sample_round
):
    body = {key: value for key, value in sample_round.items() if key != "closes_at"}
    draft = draft_round(client, admin, body, provinces=["Atlantis"])
    signed_in(client, accounts["staff"].email)
    page = client.get(f"/staff/rounds/{draft}/launch").text
    assert disabled(page, "launch-reason")
    assert "Set a closing date in the future to launch." in page
    assert "No network matches who this round is for" in page
    ready = draft_round(client, admin, sample_round)
    assert not disabled(client.get(f"/staff/rounds/{ready}/launch").text, "launch-reason")


def test_approving_with_unsaved_wording_keeps_what_was_typed(
    app, client, admin, accounts, answered_round, database
):
    round_id = answered_round.id
    close_and_draft(app, client, admin, round_id)
    common = f"/staff/rounds/{round_id}/common-response"
    signed_in(client, accounts["staff"].email)
    form = {f"statement_{code}": STATEMENT[code] for code in ("en", "km")}
    form |= {f"commitments_{code}": COMMITMENTS[code] for code in ("en", "km")}
    assert post(client, common, form, common).status_code == 303
    page = client.get(common).text
    assert f'formaction="{common}/approve"' in page, "Approve belongs to the wording's form"
    typed = {**form, "commitments_en": "We will meet donors in May.", "version": "2"}
    refused = post(client, f"{common}/approve", typed, common)
    assert refused.status_code == 409 and "save it as a new version first" in refused.text
    assert "We will meet donors in May." in refused.text, "what was typed is kept"
    assert latest(database, round_id).kind == "edit", "nothing approved"
    as_sent = {name: value.replace("\n", "\r\n") for name, value in form.items()}
    approved = post(client, f"{common}/approve", {**as_sent, "version": "2"}, common)
    assert approved.status_code == 303 and latest(database, round_id).kind == "approval"
