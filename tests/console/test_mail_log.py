"""The mail log in the console: the API's listing of mail, by status and kind, a page at a
time, with the mail server's answer for each message that failed. Staff only."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from consult.models import MailMessage
from tests.console.conftest import post, sign_in


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
    sign_in(client, accounts["staff"].email)
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
    sign_in(client, accounts["staff"].email)
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
    sign_in(client, accounts["staff"].email)
    refused = client.get("/staff/mail?status=lost&kind=reminder")
    assert refused.status_code == 422
    assert 'id="status-error"' in refused.text and 'id="kind-error"' not in refused.text


def test_the_log_needs_staff_as_in_the_api(client, accounts, ledger):
    sign_in(client, accounts["viewer"].email)
    refused = client.get("/staff/mail")
    assert refused.status_code == 403 and "focal@kep.example.org" not in refused.text
    assert 'href="/staff/mail"' not in client.get("/staff/").text


def test_khmer_labels(client, accounts, ledger):
    sign_in(client, accounts["staff"].email)
    post(client, "/staff/language", {"language": "km", "next": "/staff/mail"})
    page = client.get("/staff/mail?status=failed")
    assert "បរាជ័យ" in page.text and "ម៉ាស៊ីនមេសំបុត្របានឆ្លើយថា៖" in page.text
