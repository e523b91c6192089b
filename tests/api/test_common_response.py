"""Staff review before anything is sent: the draft at close, edits as versions, approval."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from consult.models import DomainEvent, Followup, MailMessage
from tests.conftest import bearer
from tests.scripted import compute

STATEMENT = {
    "en": "Networks agree that donors should fund coordination; they differ on cooperation.",
    "km": "បណ្តាញនានាយល់ស្របថាម្ចាស់ជំនួយគួរផ្តល់មូលនិធិដល់ការសម្របសម្រួល។",
}
COMMITMENTS = {
    "en": "We will raise core funding with donors at the March forum.",
    "km": "យើងនឹងលើកបញ្ហាមូលនិធិស្នូលជាមួយម្ចាស់ជំនួយនៅវេទិកាខែមីនា។",
}


def close_and_draft(app, client, admin, round_id: int) -> None:
    """Close the round, then run the final recompute as the worker does (twice: a retry)."""
    assert client.post(f"/api/v1/rounds/{round_id}/close", headers=admin).status_code == 200
    recompute = app.extensions["consult"].celery.tasks["consult.summaries.recompute"]
    for _ in range(2):
        recompute.apply(args=[round_id], kwargs={"final": True, "force": True}).get()


def approve(client, admin, round_id: int) -> dict:
    """Staff word the draft in both languages, say what the body will do, and approve it."""
    edited = client.post(
        url(round_id), json={"statement": STATEMENT, "commitments": COMMITMENTS}, headers=admin
    )
    assert edited.status_code == 201, edited.json
    number = edited.json["latest"]["number"]
    approved = client.post(url(round_id, "/approve"), json={"version": number}, headers=admin)
    assert approved.status_code == 201, approved.json
    return approved.json


def count(app, model, *where) -> int:
    with app.extensions["consult"].database.session() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def url(round_id: int, action: str = "") -> str:
    return f"/api/v1/rounds/{round_id}/common-response{action}"


def test_closing_drafts_the_common_response_and_sends_nothing(
    app, client, admin, viewer, answered_round
):
    close_and_draft(app, client, admin, answered_round.id)
    compute(app, answered_round.id, final=True)  # a later final summary drafts nothing more

    shown = client.get(url(answered_round.id), headers=viewer)
    assert shown.status_code == 200, shown.json
    body = shown.json
    summary = client.get(f"/api/v1/rounds/{answered_round.id}/summary?version=2", headers=viewer)
    common = summary.json["data"]["common_response"]
    assert body["status"] == "draft" and body["validation"] is None
    assert [(v["number"], v["kind"], v["created_by"]) for v in body["versions"]] == [
        (1, "computed", "round closed")
    ]
    assert body["latest"]["statement"] == common["narrative"]
    assert body["latest"]["commitments"] == {} and body["latest"]["summary_id"]
    assert [p["label"] for p in body["counts"]["common"]] == [p["label"] for p in common["common"]]
    assert [d["question"] for d in body["counts"]["divisions"]] == [
        d["question"] for d in common["divisions"]
    ]
    assert body["counts"]["response_count"] == 34 and body["counts"]["invited"] == 34
    assert count(app, MailMessage, MailMessage.kind == "validation") == 0
    assert count(app, Followup) == 0


def test_edits_are_kept_as_versions_with_who_and_when(app, client, admin, keys, answered_round):
    close_and_draft(app, client, admin, answered_round.id)
    staff = bearer(keys["staff"])
    first = client.post(url(answered_round.id), json={"statement": STATEMENT}, headers=staff)
    assert first.status_code == 201, first.json
    second = client.post(
        url(answered_round.id), json={"commitments": COMMITMENTS, "show_names": True}, headers=admin
    )
    assert second.status_code == 201, second.json

    body = client.get(url(answered_round.id), headers=staff).json
    assert [(v["number"], v["kind"], v["created_by"]) for v in body["versions"]] == [
        (1, "computed", "round closed"),
        (2, "edit", "test staff"),
        (3, "edit", "test admin"),
    ]
    assert all(v["created_at"] for v in body["versions"])
    latest = body["latest"]
    assert (latest["number"], latest["statement"], latest["commitments"]) == (
        3,
        STATEMENT,
        COMMITMENTS,
    )
    assert latest["show_names"] is True and body["status"] == "draft"
    assert count(app, MailMessage, MailMessage.kind == "validation") == 0


def test_a_viewer_reads_but_cannot_edit_or_approve(app, client, admin, viewer, answered_round):
    close_and_draft(app, client, admin, answered_round.id)
    assert client.get(url(answered_round.id)).status_code == 401
    assert client.get(url(answered_round.id), headers=viewer).status_code == 200
    edit = client.post(url(answered_round.id), json={"statement": STATEMENT}, headers=viewer)
    assert edit.status_code == 403 and "staff" in edit.json["message"]
    approve = client.post(url(answered_round.id, "/approve"), json={"version": 1}, headers=viewer)
    assert approve.status_code == 403
    assert len(client.get(url(answered_round.id), headers=viewer).json["versions"]) == 1


LONG = "x" * 20_001


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"statement": {"en": "  ", "km": " "}}, "statement"),
        ({"statement": {"en": LONG, "km": "ខ្មែរ"}}, "statement"),
        ({"commitments": {"en": "We will", "km": LONG}}, "commitments"),
        ({"statement": {"en": "a\x00b", "km": "ខ្មែរ"}}, "statement"),
        ({"statement": {"en": "a\ud800b", "km": "ខ្មែរ"}}, "statement"),
        ({"statement": "just text"}, "statement"),
        ({"statement": {"en": "x", "km": "ក", "fr": "y"}}, "statement"),
        ({"show_names": "perhaps"}, "show_names"),
        ({"surprise": 1}, "surprise"),
        ({}, "statement"),
    ],
)
def test_a_bad_edit_is_a_422_naming_the_field(app, client, admin, answered_round, body, field):
    close_and_draft(app, client, admin, answered_round.id)
    sent = client.post(
        url(answered_round.id),
        data=json.dumps(body),  # ASCII escapes: a lone surrogate travels as JSON allows
        headers={**admin, "Content-Type": "application/json"},
    )
    assert sent.status_code == 422, sent.json
    assert field in sent.json["errors"]
    assert len(client.get(url(answered_round.id), headers=admin).json["versions"]) == 1


@pytest.mark.parametrize(
    ("body", "field"), [({}, "version"), ({"version": 0}, "version"), ({"version": "1"}, None)]
)
def test_a_bad_approval_is_refused(app, client, admin, answered_round, body, field):
    close_and_draft(app, client, admin, answered_round.id)
    sent = client.post(url(answered_round.id, "/approve"), json=body, headers=admin)
    assert sent.status_code in (409, 422), sent.json
    assert (field or "commitments") in sent.json["errors"]


def test_one_language_is_saved_alone_and_approval_needs_both(app, client, admin, answered_round):
    round_id = answered_round.id
    close_and_draft(app, client, admin, round_id)
    english = {"statement": {"en": STATEMENT["en"]}, "commitments": {"en": COMMITMENTS["en"]}}
    saved = client.post(url(round_id), json=english, headers=admin)
    assert saved.status_code == 201, saved.json
    assert saved.json["latest"]["commitments"] == {"en": COMMITMENTS["en"]}
    refused = client.post(url(round_id, "/approve"), json={"version": 2}, headers=admin)
    assert refused.status_code == 409 and set(refused.json["errors"]) == {"commitments"}
    khmer = {"statement": {"km": STATEMENT["km"]}, "commitments": {"km": COMMITMENTS["km"]}}
    translated = client.post(url(round_id), json=khmer, headers=admin)
    assert translated.status_code == 201
    assert translated.json["latest"]["statement"] == STATEMENT, "English kept, Khmer added"
    assert translated.json["latest"]["commitments"] == COMMITMENTS
    approved = client.post(url(round_id, "/approve"), json={"version": 3}, headers=admin)
    assert approved.status_code == 201, approved.json


def test_approval_freezes_the_text_and_sends_the_validation_once(
    app, client, admin, viewer, answered_round
):
    round_id = answered_round.id
    close_and_draft(app, client, admin, round_id)
    unsaid = client.post(url(round_id, "/approve"), json={"version": 1}, headers=admin)
    assert unsaid.status_code == 409 and "commitments" in unsaid.json["errors"]
    edited = {"statement": STATEMENT, "commitments": COMMITMENTS}
    assert client.post(url(round_id), json=edited, headers=admin).status_code == 201
    stale = client.post(url(round_id, "/approve"), json={"version": 1}, headers=admin)
    assert stale.status_code == 409 and "version" in stale.json["errors"]

    approved = client.post(url(round_id, "/approve"), json={"version": 2}, headers=admin)
    assert approved.status_code == 201, approved.json
    body = approved.json
    assert body["status"] == "approved" and body["queued"] == 34
    assert (body["latest"]["number"], body["latest"]["kind"]) == (3, "approval")
    assert body["latest"]["created_by"] == "test admin"
    assert body["latest"]["statement"] == STATEMENT
    assert body["validation"]["tally"] == {"confirm": 0, "contest": 0, "no_reply": 34}

    again = client.post(url(round_id, "/approve"), json={"version": 3}, headers=admin)
    assert again.status_code == 409 and again.json["errors"] == {"status": ["approved"]}
    assert "approved by test admin" in again.json["message"]
    frozen = client.post(url(round_id), json={"statement": STATEMENT}, headers=admin)
    assert frozen.status_code == 409 and frozen.json["errors"] == {"status": ["approved"]}
    staff_request = client.post(
        f"/api/v1/rounds/{round_id}/followups", json={"kind": "validation"}, headers=admin
    )
    assert staff_request.status_code == 409 and "kind" in staff_request.json["errors"]

    assert count(app, Followup, Followup.kind == "validation") == 1
    assert count(app, MailMessage, MailMessage.key.like(f"validate:{round_id}:%")) == 34
    events = count(app, DomainEvent, DomainEvent.type == "common_response.approved")
    assert events == 1
    shown = client.get(url(round_id), headers=viewer).json
    assert shown["status"] == "approved" and shown["validation"]["followup_id"]

    # what a network reads through its link is the approved text and the counts behind it
    token = answered_round.invitations[0]["token"]
    [seen] = client.get(f"/api/v1/respond/{token}/followups").json["items"]
    common = seen["common_response"]
    assert common["statement"] == STATEMENT and common["commitments"] == COMMITMENTS
    assert common["approved_at"] and common["common"] == shown["counts"]["common"]


def test_before_close_there_is_nothing_to_review(client, admin, viewer, launched_round):
    shown = client.get(url(launched_round.id), headers=viewer)
    assert shown.status_code == 404 and "drafted when it closes" in shown.json["message"]
    edit = client.post(url(launched_round.id), json={"statement": STATEMENT}, headers=admin)
    assert edit.status_code == 409 and edit.json["errors"] == {"status": ["open"]}
    approve = client.post(url(launched_round.id, "/approve"), json={"version": 1}, headers=admin)
    assert approve.status_code == 409 and approve.json["errors"] == {"status": ["open"]}
    assert client.get(url(999), headers=viewer).status_code == 404


def test_a_round_closed_with_no_answers_gets_no_draft(app, client, admin, viewer, launched_round):
    close_and_draft(app, client, admin, launched_round.id)
    shown = client.get(url(launched_round.id), headers=viewer)
    assert shown.status_code == 404 and "closed with no answers" in shown.json["message"]
    edit = client.post(url(launched_round.id), json={"statement": STATEMENT}, headers=admin)
    assert edit.status_code == 404


def test_a_round_is_published_only_with_its_approved_common_response(
    app, client, admin, answered_round
):
    close_and_draft(app, client, admin, answered_round.id)
    publish = f"/api/v1/rounds/{answered_round.id}/publish"
    early = client.post(publish, headers=admin)
    assert early.status_code == 409 and early.json["errors"] == {
        "common_response": ["not approved"]
    }
    approve(client, admin, answered_round.id)
    assert client.post(publish, headers=admin).json["status"] == "published"
