"""Follow-up mail on real parts: the API, PostgreSQL, Redis, a worker and an SMTP server."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta

import time_machine

from tests.conftest import FOCAL_POINT, NETWORKS_CSV, SAMPLE_ANSWERS, launch_over_http
from tests.mail.smtp import wait_until

DIRECTORY = list(csv.DictReader(io.StringIO(NETWORKS_CSV.read_text(encoding="utf-8"))))


def test_launch_invites_each_contact_in_their_language_then_reminds_only_who_has_not_answered(
    mail_stack, smtp_server, sample_round
):
    client = mail_stack.app.test_client()
    launched = launch_over_http(client, mail_stack.admin, NETWORKS_CSV.read_bytes(), sample_round)
    round_id = launched.id
    sink = smtp_server.sink
    assert wait_until(lambda: sink.count() >= 34, timeout=30), f"{sink.count()} of 34 arrived"

    for row in DIRECTORY:
        [invitation] = sink.to(row["contact_email"])
        language = row["language"]
        assert invitation["Content-Language"] == language
        title = sample_round["title"][language]
        assert title in invitation["Subject"]
        body = invitation.get_body(("plain",)).get_content()
        assert "/r/" in body and f"?lang={language}" in body
        html = invitation.get_body(("html",)).get_content()
        assert f'lang="{language}"' in html
    khmer = next(row for row in DIRECTORY if row["language"] == "km")
    assert "ការពិគ្រោះយោបល់" in sink.to(khmer["contact_email"])[0]["Subject"]

    # the link in the mail is the network's own: it opens the questionnaire
    first = DIRECTORY[0]
    body = sink.to(first["contact_email"])[0].get_body(("plain",)).get_content()
    link = next(word for word in body.split() if "/r/" in word)
    token = link.split("/r/")[1].split("?")[0]
    assert client.get(f"/api/v1/respond/{token}").status_code == 200

    answered = launched.invitations[:20]
    for invitation in answered:
        body = {"answers": SAMPLE_ANSWERS, "submitted_by": FOCAL_POINT}
        assert client.post(f"/api/v1/respond/{invitation['token']}", json=body).status_code == 200
    assert wait_until(lambda: len(sink.to(FOCAL_POINT["email"])) >= 20, timeout=30)
    receipt = sink.to(FOCAL_POINT["email"])[0]
    assert "Thank you" in receipt["Subject"] or "សូមអរគុណ" in receipt["Subject"]

    before = sink.count()
    closes = datetime.fromisoformat(sample_round["closes_at"])
    with time_machine.travel(closes - timedelta(days=6), tick=True):
        assert mail_stack.run("consult.mail.reminders") == 14
        assert wait_until(lambda: sink.count() >= before + 14, timeout=30)
        assert mail_stack.run("consult.mail.reminders") == 0, "a second run sends nothing"
    reminded = {address for r in sink.messages[before:] for address in r.to}
    answered_emails = {
        row["contact_email"]
        for row in DIRECTORY
        if row["acronym"] in {i["network"]["acronym"] for i in answered}
    }
    assert len(reminded) == 14 and not reminded & answered_emails
    assert sink.count() == before + 14
    assert round_id
