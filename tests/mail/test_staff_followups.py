"""Clarification questions and validation of the common response, on real parts: the API,
PostgreSQL, Redis, a worker and an SMTP server; replies come back through the mailed links."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import time_machine

from tests.conftest import FOCAL_POINT, NETWORKS_CSV, SAMPLE_ANSWERS
from tests.mail.conftest import wait_until
from tests.mail.test_followups import launch_sample_round
from tests.scripted import pick_dissenters, scripted_answers

DIRECTORY = {
    row["name"]: row
    for row in csv.DictReader(io.StringIO(NETWORKS_CSV.read_text(encoding="utf-8")))
}
QUESTION = {
    "en": "Which provinces lack coordination meetings?",
    "km": "តើខេត្តណាខ្លះខ្វះកិច្ចប្រជុំសម្របសម្រួល?",
}


def link_in(message, marker: str) -> str:
    body = message.get_body(("plain",)).get_content()
    url = next(word for word in body.split() if marker in word)
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


def contact_of(invitation: dict) -> dict:
    return DIRECTORY[invitation["network"]["name"]]


def test_a_clarification_reaches_the_chosen_networks_and_their_replies_come_back(
    mail_stack, smtp_server, sample_round
):
    client = mail_stack.app.test_client()
    launched = launch_sample_round(client, mail_stack.admin, sample_round)
    round_id = launched["round"]["id"]
    sink = smtp_server.sink
    english = next(i for i in launched["invitations"] if contact_of(i)["language"] == "en")
    khmer = next(i for i in launched["invitations"] if contact_of(i)["language"] == "km")
    asked = [english, khmer]
    for invitation in asked:
        body = {"answers": SAMPLE_ANSWERS, "submitted_by": FOCAL_POINT}
        assert client.post(f"/api/v1/respond/{invitation['token']}", json=body).status_code == 200

    sent = client.post(
        f"/api/v1/rounds/{round_id}/followups",
        json={
            "kind": "clarification",
            "networks": [i["network"]["id"] for i in asked],
            "question": QUESTION,
            "question_key": "challenges",
        },
        headers=mail_stack.admin,
    )
    assert sent.status_code == 201, sent.json
    followup_id = sent.json["followup"]["id"]

    def clarification_to(invitation):
        mails = sink.to(contact_of(invitation)["contact_email"])
        return [
            m for m in mails if f"/followups/{followup_id}" in m.get_body(("plain",)).get_content()
        ]

    assert wait_until(lambda: all(clarification_to(i) for i in asked), timeout=30)
    for invitation, language in ((english, "en"), (khmer, "km")):
        [mail] = clarification_to(invitation)
        assert mail["Content-Language"] == language
        body = mail.get_body(("plain",)).get_content()
        assert QUESTION[language] in body and SAMPLE_ANSWERS["challenges"] in body
    khmer_mail = clarification_to(khmer)[0]
    assert "សំណួរអំពីចម្លើយរបស់អ្នក" in khmer_mail["Subject"]

    # the network replies on the page its mail links to
    page = link_in(khmer_mail, "/followups/")
    assert client.get(page).status_code == 200
    reply = "ខេត្តកំពត និងខេត្តកែប"
    assert client.post(page, data={"text": reply, "form_id": "x1"}).status_code == 303

    report = client.get(
        f"/api/v1/rounds/{round_id}/followups/{followup_id}", headers=mail_stack.admin
    ).json
    assert report["tally"] == {"replied": 1, "no_reply": 1}
    assert report["mail"] == {"sent": 2}
    [answered] = [row for row in report["networks"] if row["latest"]]
    assert answered["network"]["id"] == khmer["network"]["id"]
    assert answered["latest"]["text"] == reply and answered["latest"]["language"] == "km"


def test_closing_at_closes_at_sends_the_final_common_response_for_validation_once(
    mail_stack, smtp_server, sample_round
):
    client = mail_stack.app.test_client()
    launched = launch_sample_round(client, mail_stack.admin, sample_round)
    round_id = launched["round"]["id"]
    invitations = launched["invitations"]
    dissenters = pick_dissenters(invitations)
    for index, invitation in enumerate(invitations):
        body = {
            "answers": scripted_answers(invitation["network"], index, dissenters),
            "submitted_by": FOCAL_POINT,
        }
        assert client.post(f"/api/v1/respond/{invitation['token']}", json=body).status_code == 200
    sink = smtp_server.sink
    assert wait_until(lambda: sink.count() >= 68, timeout=60), "invitations and receipts"

    def validations():
        return [
            r
            for r in sink.messages
            if "/followups/" in r.message.get_body(("plain",)).get_content()
        ]

    closes = datetime.fromisoformat(sample_round["closes_at"])
    with time_machine.travel(closes + timedelta(minutes=1), tick=True):
        assert mail_stack.run("consult.rounds.close_due") == [round_id]
        assert wait_until(lambda: len(validations()) >= 34, timeout=90), len(validations())
        assert mail_stack.run("consult.rounds.close_due") == []

    received = validations()
    assert len(received) == 34
    assert sorted(a for r in received for a in r.to) == sorted(
        row["contact_email"] for row in DIRECTORY.values()
    )
    summary = client.get(f"/api/v1/rounds/{round_id}/summary", headers=mail_stack.admin).json
    assert summary["final"] is True
    common_en = summary["data"]["common_response"]["common"][0]["label"]
    for invitation in invitations:
        language = contact_of(invitation)["language"]
        [mail] = sink.to(contact_of(invitation)["contact_email"])[-1:]
        assert mail["Content-Language"] == language
        assert common_en[language] in mail.get_body(("plain",)).get_content()

    # replies through the mailed links; staff see the tally and the comments
    first, second = (sink.to(contact_of(invitations[i])["contact_email"])[-1] for i in (0, 1))
    assert (
        client.post(link_in(first, "/followups/"), data={"verdict": "confirm"}).status_code == 303
    )
    comment = "The division on cooperation is wider than shown."
    contest = {"verdict": "contest", "text": comment}
    assert client.post(link_in(second, "/followups/"), data=contest).status_code == 303

    [validation] = client.get(
        f"/api/v1/rounds/{round_id}/followups", headers=mail_stack.admin
    ).json["items"]
    assert validation["followup"]["kind"] == "validation"
    assert validation["followup"]["created_by"] == "round closed"
    assert validation["tally"] == {"confirm": 1, "contest": 1, "no_reply": 32}
    assert validation["mail"] == {"sent": 34}
    assert comment in [row["latest"]["text"] for row in validation["networks"] if row["latest"]]
