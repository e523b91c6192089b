"""Delivery rules on the real SMTP server: permanent refusals stop and show, keys dedupe."""

from __future__ import annotations

import socket
from dataclasses import replace

import pytest
from sqlalchemy import select, update

from consult.db import utcnow
from consult.domain.mail_queue import Queued, Recipient, claim_due, enqueue
from consult.mail.mime import Outgoing
from consult.mail.sender import send_batch
from consult.mail.transport import MailFailure, SmtpSettings, file_connection, smtp_connection
from consult.models import MailMessage
from tests.conftest import NETWORKS_CSV, launch_over_http
from tests.mail.smtp import SmtpServer, wait_until


class RefusingSink:
    """Refuses one address for good (550) and another for now (451)."""

    def __init__(self) -> None:
        self.accepted: list[str] = []

    async def handle_RCPT(self, server, session, envelope, address, options):
        if address.startswith("gone@"):
            return "550 5.1.1 No such mailbox"
        if address.startswith("full@"):
            return "451 4.2.2 Mailbox full, try later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.accepted += envelope.rcpt_tos
        return "250 OK"


def email_to(address: str) -> Outgoing:
    return Outgoing(
        sender="consult@example.org",
        recipient=address,
        data=f"To: {address}\r\nSubject: test\r\n\r\nhello\r\n".encode(),
        name=address.replace("@", "-at-"),
    )


def test_smtp_refusals_are_told_apart_and_one_connection_serves_a_batch():
    server = SmtpServer()
    server.sink = RefusingSink()  # type: ignore[assignment]
    server.start()
    try:
        settings = SmtpSettings("127.0.0.1", server.port, "none", "", "")
        with smtp_connection(settings) as connection:
            connection.send(email_to("someone@example.org"))
            with pytest.raises(MailFailure) as gone:
                connection.send(email_to("gone@example.org"))
            with pytest.raises(MailFailure) as full:
                connection.send(email_to("full@example.org"))
            connection.send(email_to("other@example.org"))
        assert not gone.value.transient and "550" in str(gone.value)
        assert full.value.transient and not (gone.value.server or full.value.server)
        assert server.sink.accepted == ["someone@example.org", "other@example.org"]
    finally:
        server.stop()
    with pytest.raises(MailFailure) as down, smtp_connection(settings):
        pass
    assert down.value.transient, "a server that does not answer is worth trying again"
    assert down.value.server, "and no message is to blame"


def test_the_embedded_default_writes_one_eml_file_per_message(tmp_path):
    message = email_to("someone@example.org")
    with file_connection(tmp_path / "mail") as connection:
        connection.send(message)
        connection.send(message)
    [written] = list((tmp_path / "mail").glob("*.eml"))
    assert b"hello" in written.read_bytes()


def test_a_key_is_queued_once_and_claimed_by_one_sender(database):
    recipient = Recipient("dara@example.org", "Sok Dara", "km")
    with database.session() as session:
        assert (
            enqueue(session, [Queued("invite:1:1", "invitation", recipient, {"round_id": 1})]) == 1
        )
        assert (
            enqueue(session, [Queued("invite:1:1", "invitation", recipient, {"round_id": 1})]) == 0
        )
    with database.session() as session:
        assert len(claim_due(session, utcnow(), 60, 10)) == 1
    with database.session() as session:
        assert claim_due(session, utcnow(), 60, 10) == [], "claimed: not due for another sender"


@pytest.mark.parametrize("mail_stack", [{"CONSULT_MAIL_RETRY_MAX_SECONDS": "1"}], indirect=True)
def test_a_refused_address_fails_for_good_and_staff_see_why(mail_stack, smtp_server, sample_round):
    client = mail_stack.app.test_client()
    admin = mail_stack.admin
    launched = launch_over_http(client, admin, NETWORKS_CSV.read_bytes(), sample_round)
    network_id = launched.invitations[0]["network"]["id"]
    assert wait_until(lambda: smtp_server.sink.count() >= 34, timeout=30)

    smtp_server.stop()
    refusing = SmtpServer()
    refusing.port = smtp_server.port
    refusing.sink = RefusingSink()  # type: ignore[assignment]
    refusing.start()
    try:
        contact = client.post(
            f"/api/v1/networks/{network_id}/contacts",
            json={"name": "Former coordinator", "email": "gone@example.org", "language": "en"},
            headers=admin,
        )
        assert contact.status_code == 201, contact.json
        assert mail_stack.run("consult.mail.weekly_digest") >= 1

        def failed():
            with mail_stack.database.session() as session:
                return session.scalars(
                    select(MailMessage).where(MailMessage.status == "failed")
                ).all()

        assert wait_until(failed, timeout=30, step=0.5)
        listed = client.get("/api/v1/mail?status=failed", headers=admin).json
        [item] = listed["items"]
        assert item["to_email"] == "gone@example.org" and "550" in item["last_error"]
        assert item["attempts"] == 1, "a permanent refusal is not retried"
        assert client.get("/api/v1/mail", headers={"Authorization": "Bearer x"}).status_code == 401
    finally:
        refusing.stop()


def test_a_message_smtp_cannot_carry_fails_alone_and_the_rest_go(database, settings):
    """A non-ASCII mailbox name needs SMTPUTF8 (not supported): that message fails with the
    reason; an international domain goes as IDNA; a stray line break in a name is a space."""
    recipients = {
        "tëst@example.org": "Test",
        "dara@exämple.org": "Sok Dara",
        "vanna@example.org": "Vanna\nKeo",
    }
    params = {"audience": "staff", "week_start": "2026-11-23T00:00:00+07:00"}
    with database.session() as session:
        messages = [
            Queued(f"digest:{email}:2026-W48", "digest", Recipient(email, name, "en"), params)
            for email, name in recipients.items()
        ]
        assert enqueue(session, messages) == 3
    assert send_batch(database, settings, 100) == (2, False)
    with database.session() as session:
        rows = {m.to_email: m for m in session.scalars(select(MailMessage))}
    assert rows["tëst@example.org"].status == "failed"
    assert "SMTPUTF8" in rows["tëst@example.org"].last_error
    assert rows["dara@exämple.org"].status == rows["vanna@example.org"].status == "sent"
    written = b"".join(path.read_bytes() for path in (settings.var_dir / "mail").glob("*.eml"))
    assert b"dara@xn--exmple-cua.org" in written and b"To: Vanna Keo <vanna@example.org>" in written


def test_a_batch_with_nothing_left_to_send_opens_no_connection(database, settings):
    """Every claimed message failed as it was written: the batch ends there, without asking
    a server that is down (it used to fail on the empty list of messages left to send)."""
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = replace(settings, smtp_host="127.0.0.1", smtp_port=probe.getsockname()[1])
    params = {"audience": "staff", "week_start": "2026-11-23T00:00:00+07:00"}
    message = Queued("digest:tëst@example.org:2026-W48", "digest",
                     Recipient("tëst@example.org", "Test", "en"), params)  # fmt: skip
    with database.session() as session:
        enqueue(session, [message])
    assert send_batch(database, closed, 100) == (0, False)
    with database.session() as session:
        [row] = session.scalars(select(MailMessage))
    assert row.status == "failed" and "SMTPUTF8" in (row.last_error or "")


def staff_digests(session, *addresses: str) -> None:
    params = {"audience": "staff", "week_start": "2026-11-23T00:00:00+07:00"}
    enqueue(
        session,
        [
            Queued(f"digest:{address}:2026-W48", "digest", Recipient(address, "", "en"), params)
            for address in addresses
        ],
    )


def due_now(database) -> dict[str, MailMessage]:
    """Every queued message due at once (the back-off waited out), by address."""
    with database.session() as session:
        session.execute(update(MailMessage).values(next_attempt_at=utcnow()))
        return {m.to_email: m for m in session.scalars(select(MailMessage))}


def test_a_server_away_longer_than_the_attempts_gives_no_message_up(database, settings):
    """Tries that failed because the server could not be reached are counted and back off,
    but no message is failed for them, however long it stays away (an outage of two hours
    outlasts the default 30 attempts): once it is back, everything goes."""
    server = SmtpServer()  # not started yet: its port refuses connections
    mailing = replace(settings, smtp_host="127.0.0.1", smtp_port=server.port, mail_max_attempts=2)
    with database.session() as session:
        staff_digests(session, "one@example.org", "two@example.org", "three@example.org")
    for _ in range(4):
        assert send_batch(database, mailing, 100) == (0, False)
        waiting = due_now(database)
    assert {m.status for m in waiting.values()} == {"queued"}
    assert waiting["one@example.org"].attempts == 4 and waiting["one@example.org"].last_error
    server.start()
    try:
        assert send_batch(database, mailing, 100) == (3, False)
    finally:
        server.stop()
    assert {m.status for m in due_now(database).values()} == {"sent"}
    assert server.sink.count() == 3


def test_a_message_the_server_puts_off_waits_alone_and_fails_after_its_attempts(database, settings):
    """A 451 for one recipient holds up no other message; that one backs off on its own
    and fails once its attempts run out."""
    server = SmtpServer()
    server.sink = RefusingSink()  # type: ignore[assignment]
    server.start()
    mailing = replace(settings, smtp_host="127.0.0.1", smtp_port=server.port, mail_max_attempts=2)
    try:
        with database.session() as session:
            staff_digests(session, "full@example.org", "other@example.org")
        assert send_batch(database, mailing, 100) == (1, False)
        first = due_now(database)
        assert send_batch(database, mailing, 100) == (0, False)
        second = due_now(database)
    finally:
        server.stop()
    assert server.sink.accepted == ["other@example.org"]
    assert (first["full@example.org"].status, first["full@example.org"].attempts) == ("queued", 1)
    assert first["other@example.org"].status == "sent"
    gave_up = second["full@example.org"]
    assert (gave_up.status, gave_up.attempts) == ("failed", 2) and "451" in gave_up.last_error
