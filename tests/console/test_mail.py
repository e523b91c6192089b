"""The mail log in the console: the API's listing of mail, by status and kind, a page at a
time, with the mail server's answer for each message that failed. Staff only."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from consult.models import MailMessage
from tests.console.conftest import post, signed_in


@pytest.fixture
def ledger(database) -> None:
    """60 reminders sent, a failed invitation, a failed digest and a queued receipt."""
    with database.session() as session:
        sent = datetime(2027, 3, 1, 2, tzinfo=UTC)
        for n in range(60):
            session.add(
                MailMessage(key=f"reminder:{n}", kind="reminder", to_email=f"r{n}@ex.org",
                            language="km", params={}, status="sent", attempts=1, sent_at=sent)
            )  # fmt: skip
        session.add_all(
            [
                MailMessage(key="invite:1", kind="invitation", to_email="focal@kep.example.org",
                            language="km", params={}, status="failed", attempts=5,
                            last_error="550 5.1.1 <focal@kep.example.org>: mailbox unavailable"),
                MailMessage(key="digest:1", kind="digest", to_email="staff@ccc.example.org",
                            language="en", params={}, status="failed", attempts=1,
                            last_error="554 5.7.1 message refused as spam"),
                MailMessage(key="receipt:1", kind="receipt", to_email="x@ex.org", language="en",
                            params={}, status="queued", attempts=0),
            ]
        )  # fmt: skip
        session.commit()


def shown(html: str) -> list[str]:
    return re.findall(r'<tr id="mail-(\d+)"', html)


def test_failed_mail_shows_the_servers_answer_as_the_api_lists_it(client, accounts, ledger, keys):
    signed_in(client, accounts["staff"].email)
    page = client.get("/staff/mail?status=failed")
    assert page.status_code == 200 and "Messages: 2. Page 1 of 1." in page.text
    assert "550 5.1.1 &lt;focal@kep.example.org&gt;: mailbox unavailable" in page.text
    assert "554 5.7.1 message refused as spam" in page.text
    api = client.get(
        "/api/v1/mail?status=failed", headers={"Authorization": f"Bearer {keys['staff']}"}
    ).json
    assert shown(page.text) == [str(item["id"]) for item in api["items"]]
    invitations = client.get("/staff/mail?status=failed&kind=invitation")
    assert len(shown(invitations.text)) == 1 and "focal@kep.example.org" in invitations.text


def test_the_log_is_paged_newest_first_and_pages_keep_the_filter(client, accounts, ledger):
    signed_in(client, accounts["staff"].email)
    first = client.get("/staff/mail")
    assert "Messages: 63. Page 1 of 2." in first.text
    ids = [int(i) for i in shown(first.text)]
    assert len(ids) == 50 and ids == sorted(ids, reverse=True)
    second = client.get("/staff/mail?page=2")
    assert len(shown(second.text)) == 13 and min(ids) > max(map(int, shown(second.text)))
    reminders = client.get("/staff/mail?kind=reminder")
    assert "Messages: 60. Page 1 of 2." in reminders.text
    assert "kind=reminder&amp;page=2" in reminders.text


def test_an_unknown_status_is_refused_next_to_its_field(client, accounts, ledger):
    signed_in(client, accounts["staff"].email)
    refused = client.get("/staff/mail?status=lost&kind=reminder")
    assert refused.status_code == 422
    assert 'id="status-error"' in refused.text and 'id="kind-error"' not in refused.text


def test_the_log_needs_staff_as_in_the_api(client, accounts, ledger):
    signed_in(client, accounts["viewer"].email)
    refused = client.get("/staff/mail")
    assert refused.status_code == 403 and "focal@kep.example.org" not in refused.text
    assert 'href="/staff/mail"' not in client.get("/staff/").text


def test_khmer_labels(client, accounts, ledger):
    signed_in(client, accounts["staff"].email)
    post(client, "/staff/language", {"language": "km", "next": "/staff/mail"})
    page = client.get("/staff/mail?status=failed")
    assert "បរាជ័យ" in page.text and "ម៉ាស៊ីនមេសំបុត្របានឆ្លើយថា៖" in page.text


def invitation_rows(database) -> list[MailMessage]:
    with database.session() as session:
        return list(
            session.scalars(
                select(MailMessage).where(MailMessage.kind == "invitation").order_by(MailMessage.id)
            )
        )


def test_each_row_names_its_network_round_kind_and_subject(
    client, accounts, database, launched_round, sample_round
):
    signed_in(client, accounts["staff"].email)
    page = client.get("/staff/mail?kind=invitation")
    first = invitation_rows(database)[0]
    network = launched_round.invitations[0]["network"]
    row = page.text.split(f'id="mail-{first.id}"')[1].split("</tr>")[0]
    assert f'href="/staff/networks/{network["id"]}">{network["name"]}</a>' in row
    assert f'href="/staff/rounds/{launched_round.id}">{sample_round["title"]["en"]}</a>' in row
    assert f"Consultation: {sample_round['title'][first.language]}" in row
    assert first.to_email in row and "invitation" in row
    assert f'href="/staff/mail/{first.id}"' in row


def test_a_message_opens_as_its_recipient_reads_it_without_the_secret_link(
    client, accounts, database, launched_round, sample_round, admin
):
    signed_in(client, accounts["staff"].email)
    message = invitation_rows(database)[0]
    token = launched_round.invitations[0]["token"]
    opened = client.get(f"/staff/mail/{message.id}")
    assert opened.status_code == 200
    subject = f"Consultation: {sample_round['title'][message.language]}"
    assert f'<h1 lang="{message.language}">{subject}</h1>' in opened.text
    assert message.to_email in opened.text and "queued" in opened.text
    assert "hidden-in-preview" in opened.text and token not in opened.text
    assert launched_round.invitations[0]["network"]["name"] in opened.text
    client.post(f"/api/v1/rounds/{launched_round.id}/close", headers=admin)
    after_close = client.get(f"/staff/mail/{message.id}")
    assert "<pre" in after_close.text and "hidden-in-preview" in after_close.text


def test_a_message_needs_staff_and_an_unknown_one_is_not_found(
    client, accounts, database, launched_round
):
    message = invitation_rows(database)[0]
    signed_in(client, accounts["viewer"].email)
    assert client.get(f"/staff/mail/{message.id}").status_code == 403
    signed_in(client, accounts["staff"].email)
    assert client.get("/staff/mail/999999").status_code == 404


def test_a_message_in_khmer(client, accounts, database, launched_round):
    signed_in(client, accounts["staff"].email)
    post(client, "/staff/language", {"language": "km", "next": "/staff/mail"})
    message = invitation_rows(database)[0]
    opened = client.get(f"/staff/mail/{message.id}")
    assert "អ្វីដែលអ្នកទទួលបានអាន" in opened.text and "ក្នុងជួរ" in opened.text
