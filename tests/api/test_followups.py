"""Staff follow-ups and the networks' replies, through the API and the web page."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from consult.models import MailMessage
from tests.api.test_common_response import STATEMENT, approve, close_and_draft
from tests.conftest import FOCAL_POINT, SAMPLE_ANSWERS

QUESTION = {
    "en": "Which province's coordination problem do you mean?",
    "km": "តើអ្នកចង់និយាយអំពីបញ្ហាសម្របសម្រួលនៅខេត្តណា?",
}
KHMER_REPLY = "ខេត្តបាត់ដំបង៖ កិច្ចប្រជុំមិនទៀងទាត់"


def submit(client, token: str) -> None:
    body = {"answers": SAMPLE_ANSWERS, "submitted_by": FOCAL_POINT}
    assert client.post(f"/api/v1/respond/{token}", json=body).status_code == 200


def network_id(launched_round, index: int) -> int:
    return launched_round.invitations[index]["network"]["id"]


def clarify(client, admin, launched_round, indexes=(0, 1)) -> dict:
    for index in indexes:
        submit(client, launched_round.invitations[index]["token"])
    body = {
        "kind": "clarification",
        "networks": [network_id(launched_round, i) for i in indexes],
        "question": QUESTION,
        "question_key": "challenges",
    }
    sent = client.post(f"/api/v1/rounds/{launched_round.id}/followups", json=body, headers=admin)
    assert sent.status_code == 201, sent.json
    return sent.json


def mail_keys(app) -> list[str]:
    with app.extensions["consult"].database.session() as session:
        return list(session.scalars(select(MailMessage.key).order_by(MailMessage.key)))


def test_a_clarification_queues_mail_and_its_replies_are_recorded_against_the_response(
    app, client, admin, viewer, launched_round
):
    sent = clarify(client, admin, launched_round)
    followup = sent["followup"]
    assert followup["kind"] == "clarification" and followup["question"] == QUESTION
    assert sent["queued"] == 2
    clarifications = [k for k in mail_keys(app) if k.startswith("clarify:")]
    assert len(clarifications) == 2
    assert all(k.startswith(f"clarify:{followup['id']}:") for k in clarifications)
    listed = client.get("/api/v1/mail?kind=clarification", headers=admin).json
    assert sorted(item["key"] for item in listed["items"]) == clarifications

    first, second = (launched_round.invitations[i]["token"] for i in (0, 1))
    listed = client.get(f"/api/v1/respond/{first}/followups").json["items"]
    assert [(item["id"], item["question"], item["latest"]) for item in listed] == [
        (followup["id"], QUESTION, None)
    ]
    url = f"/api/v1/respond/{first}/followups/{followup['id']}"
    replied = client.post(url, json={"text": KHMER_REPLY}, headers={"Idempotency-Key": "a1"})
    assert replied.status_code == 201, replied.json
    assert replied.json["text"] == KHMER_REPLY and replied.json["number"] == 1
    replay = client.post(url, json={"text": KHMER_REPLY}, headers={"Idempotency-Key": "a1"})
    assert replay.status_code == 200 and replay.json["number"] == 1
    reused = client.post(url, json={"text": "other"}, headers={"Idempotency-Key": "a1"})
    assert reused.status_code == 422 and "Idempotency-Key" in reused.json["errors"]
    assert client.post(url, json={"text": "Battambang"}).json["number"] == 2
    empty = client.post(url, json={"text": "  "})
    assert empty.status_code == 422 and "text" in empty.json["errors"]
    judged = client.post(url, json={"text": "x", "verdict": "confirm"})
    assert judged.status_code == 422 and "verdict" in judged.json["errors"]

    report = client.get(
        f"/api/v1/rounds/{launched_round.id}/followups/{followup['id']}", headers=viewer
    ).json
    assert report["tally"] == {"replied": 1, "no_reply": 1}
    rows = {row["network"]["id"]: row for row in report["networks"]}
    mine = rows[network_id(launched_round, 0)]
    assert mine["latest"]["text"] == "Battambang" and mine["earlier"] == 1
    assert rows[network_id(launched_round, 1)]["latest"] is None
    assert report["mail"] == {"queued": 2}

    history = client.get(f"/api/v1/rounds/{launched_round.id}/followups", headers=viewer).json[
        "items"
    ]
    assert [item["followup"]["id"] for item in history] == [followup["id"]]
    assert client.get(f"/api/v1/respond/{second}/followups").json["items"][0]["latest"] is None

    # staff read the replies beside the response they clarify
    response = client.get(
        f"/api/v1/rounds/{launched_round.id}/responses/{network_id(launched_round, 0)}",
        headers=viewer,
    ).json
    assert [(r["followup_id"], r["number"], r["text"]) for r in response["replies"]] == [
        (followup["id"], 1, KHMER_REPLY),
        (followup["id"], 2, "Battambang"),
    ]


def test_a_retried_followup_with_its_idempotency_key_sends_nothing_twice(
    app, client, admin, launched_round
):
    url = f"/api/v1/rounds/{launched_round.id}/followups"
    headers = {**admin, "Idempotency-Key": "remind-once"}
    first = client.post(url, json={"kind": "reminder"}, headers=headers)
    again = client.post(url, json={"kind": "reminder"}, headers=headers)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json["followup"]["id"] == first.json["followup"]["id"]
    assert (first.json["queued"], again.json["queued"]) == (34, 0)
    assert len([k for k in mail_keys(app) if k.startswith("reminder:")]) == 34
    chosen = [network_id(launched_round, i) for i in (0, 1, 1)]
    submit(client, launched_round.invitations[0]["token"])
    narrowed = {"kind": "reminder", "networks": chosen}
    keyed = {**admin, "Idempotency-Key": "remind-some"}
    sent = client.post(url, json=narrowed, headers=keyed)
    retried = client.post(url, json=narrowed, headers=keyed)
    assert (sent.status_code, retried.status_code) == (201, 200), retried.json
    assert retried.json["followup"]["networks"] == [chosen[1]]
    other = {
        "kind": "clarification",
        "question": QUESTION,
        "networks": [network_id(launched_round, 0)],
    }
    reused = client.post(url, json=other, headers=headers)
    assert reused.status_code == 422 and "Idempotency-Key" in reused.json["errors"]


def test_a_round_closed_with_no_answers_has_nothing_to_validate(app, client, admin, launched_round):
    close_and_draft(app, client, admin, launched_round.id)
    sent = client.post(
        f"/api/v1/rounds/{launched_round.id}/followups", json={"kind": "validation"}, headers=admin
    )
    assert sent.status_code == 409 and "common_response" in sent.json["errors"]


def test_a_network_sees_and_answers_only_what_was_sent_to_it(client, admin, launched_round):
    followup = clarify(client, admin, launched_round)["followup"]
    outsider = launched_round.invitations[5]["token"]
    assert client.get(f"/api/v1/respond/{outsider}/followups").json["items"] == []
    refused = client.post(
        f"/api/v1/respond/{outsider}/followups/{followup['id']}", json={"text": "hello"}
    )
    assert refused.status_code == 404
    assert client.get("/api/v1/respond/not-a-real-token-at-all/followups").status_code == 404


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"kind": "poll"}, "kind"),
        ({"kind": "clarification", "question": QUESTION}, "networks"),
        ({"kind": "clarification", "networks": [1], "question": {"en": "Why?"}}, "question"),
        ({"kind": "reminder", "question": QUESTION}, "question"),
        ({"kind": "clarification", "networks": [999], "question": QUESTION}, "networks"),
        ({"kind": "clarification", "networks": [1], "question": QUESTION}, "networks"),
        ({"kind": "clarification", "networks": [0], "question": QUESTION}, "networks"),
        ({"kind": "reminder", "networks": []}, "networks"),
        ({"kind": "reminder", "surprise": 1}, "surprise"),
    ],
)
def test_a_bad_followup_is_a_422_naming_the_field(client, admin, launched_round, body, field):
    sent = client.post(f"/api/v1/rounds/{launched_round.id}/followups", json=body, headers=admin)
    assert sent.status_code == 422, sent.json
    assert field in sent.json["errors"]


def test_an_unknown_question_key_is_named(client, admin, launched_round):
    submit(client, launched_round.invitations[0]["token"])
    body = {
        "kind": "clarification",
        "networks": [network_id(launched_round, 0)],
        "question": QUESTION,
        "question_key": "nope",
    }
    sent = client.post(f"/api/v1/rounds/{launched_round.id}/followups", json=body, headers=admin)
    assert sent.status_code == 422 and "question_key" in sent.json["errors"]


def test_followups_check_roles_and_rounds(client, admin, viewer, launched_round):
    url = f"/api/v1/rounds/{launched_round.id}/followups"
    assert client.post(url, json={"kind": "reminder"}).status_code == 401
    assert client.post(url, json={"kind": "reminder"}, headers=viewer).status_code == 403
    assert client.get(url).status_code == 401
    assert client.post("/api/v1/rounds/999/followups", json={"kind": "reminder"}, headers=admin)\
        .status_code == 404  # fmt: skip
    assert client.get(f"{url}/999", headers=viewer).status_code == 404
    early = client.post(url, json={"kind": "validation"}, headers=admin)
    assert early.status_code == 409 and "status" in early.json["errors"]


def test_a_reminder_goes_only_to_networks_that_have_not_answered(
    app, client, admin, launched_round
):
    submit(client, launched_round.invitations[0]["token"])
    url = f"/api/v1/rounds/{launched_round.id}/followups"
    sent = client.post(url, json={"kind": "reminder"}, headers=admin)
    assert sent.status_code == 201
    assert network_id(launched_round, 0) not in sent.json["followup"]["networks"]
    assert len(sent.json["followup"]["networks"]) == 33 and sent.json["queued"] == 33
    chosen = [network_id(launched_round, i) for i in (0, 1)]
    some = client.post(url, json={"kind": "reminder", "networks": chosen}, headers=admin).json
    assert some["followup"]["networks"] == chosen[1:]
    answered = client.post(url, json={"kind": "reminder", "networks": chosen[:1]}, headers=admin)
    assert answered.status_code == 409 and "networks" in answered.json["errors"]
    reminders = [k for k in mail_keys(app) if k.startswith("reminder:")]
    assert len(reminders) == 34 and all(":followup-" in key for key in reminders)
    client.post(f"/api/v1/rounds/{launched_round.id}/close", headers=admin)
    assert client.post(url, json={"kind": "reminder"}, headers=admin).status_code == 409


def test_validation_after_close_tallies_confirmations_and_contests(
    app, client, admin, viewer, answered_round
):
    url = f"/api/v1/rounds/{answered_round.id}/followups"
    close_and_draft(app, client, admin, answered_round.id)
    not_approved = client.post(url, json={"kind": "validation"}, headers=admin)
    assert not_approved.status_code == 409 and "common_response" in not_approved.json["errors"]
    approve(client, admin, answered_round.id)
    [followup] = [item["followup"] for item in client.get(url, headers=viewer).json["items"]]
    assert followup["kind"] == "validation" and len(followup["networks"]) == 34
    again = client.post(url, json={"kind": "validation"}, headers=admin)
    assert again.status_code == 409

    tokens = [invitation["token"] for invitation in answered_round.invitations]
    seen = client.get(f"/api/v1/respond/{tokens[0]}/followups").json["items"][0]
    common = seen["common_response"]
    assert common["common"] and common["statement"] == STATEMENT
    answer = f"/api/v1/respond/{{}}/followups/{followup['id']}"
    assert client.post(answer.format(tokens[0]), json={"verdict": "confirm"}).status_code == 201
    bare = client.post(answer.format(tokens[1]), json={"verdict": "contest"})
    assert bare.status_code == 422 and "text" in bare.json["errors"]
    no_verdict = client.post(answer.format(tokens[1]), json={"text": "hm"})
    assert no_verdict.status_code == 422 and "verdict" in no_verdict.json["errors"]
    contest = {"verdict": "contest", "text": "មិនឆ្លុះបញ្ចាំងពីបណ្តាញខេត្តទេ"}
    assert client.post(answer.format(tokens[1]), json=contest).status_code == 201

    report = client.get(f"{url}/{followup['id']}", headers=viewer).json
    assert report["tally"] == {"confirm": 1, "contest": 1, "no_reply": 32}
    comments = [row["latest"]["text"] for row in report["networks"] if row["latest"]]
    assert contest["text"] in comments
    digest = client.get("/api/v1/digests/preview?staff=staff@example.org", headers=admin)
    assert "1 confirmed, 1 contested, 32 not yet replied" in digest.get_data(as_text=True)

    client.post(f"/api/v1/rounds/{answered_round.id}/publish", headers=admin)
    late = client.post(answer.format(tokens[2]), json={"verdict": "confirm"})
    assert late.status_code == 409


def test_the_reply_page_asks_in_the_networks_language_and_keeps_the_reply(
    client, admin, launched_round
):
    followup = clarify(client, admin, launched_round)["followup"]
    token = launched_round.invitations[0]["token"]
    page = f"/r/{token}/followups/{followup['id']}"
    shown = client.get(f"{page}?lang=km")
    assert shown.status_code == 200
    html = shown.get_data(as_text=True)
    assert QUESTION["km"] in html and 'lang="km"' in html

    empty = client.post(f"{page}?lang=km", data={"text": " ", "form_id": "f1"})
    assert empty.status_code == 422
    assert "សូមសរសេរចម្លើយរបស់អ្នក" in empty.get_data(as_text=True)

    sent = client.post(f"{page}?lang=km", data={"text": KHMER_REPLY, "form_id": "f2"})
    assert sent.status_code == 303
    after = client.get(sent.headers["Location"]).get_data(as_text=True)
    assert "សូមអរគុណ" in after and KHMER_REPLY in after
    replay = client.post(f"{page}?lang=km", data={"text": KHMER_REPLY, "form_id": "f2"})
    assert replay.status_code == 303, "the page sent twice"
    listed = client.get(f"/api/v1/respond/{token}/followups").json["items"][0]["latest"]
    assert listed["text"] == KHMER_REPLY and listed["channel"] == "web"
    assert listed["number"] == 1
    back = client.post(f"{page}?lang=km", data={"text": "again", "form_id": "f2"})
    assert back.status_code == 422, "a page sent before, changed: nothing is lost or replaced"
    assert "ទំព័រនេះត្រូវបានផ្ញើរួចហើយ" in back.get_data(as_text=True)
    assert "again" in back.get_data(as_text=True)
    nul = client.post(f"{page}?lang=en", data={"text": "a\x00b", "form_id": "f\x004"})
    assert nul.status_code == 422 and "NUL" in nul.get_data(as_text=True)
    too_long = client.post(f"{page}?lang=en", data={"text": "x" * 5001, "form_id": "f3"})
    assert too_long.status_code == 422 and "At most 5000 characters" in too_long.get_data(True)

    form = client.get(f"/r/{token}?lang=km").get_data(as_text=True)
    assert f"/r/{token}/followups/{followup['id']}?lang=km" in form and "បានឆ្លើយតប" in form
    assert "/followups/" not in client.get(f"/r/{launched_round.invitations[9]['token']}").get_data(
        as_text=True
    )
    assert client.get(f"/r/{token}/followups/999").status_code == 404
    other = launched_round.invitations[9]["token"]
    assert client.get(f"/r/{other}/followups/{followup['id']}").status_code == 404
