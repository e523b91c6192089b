"""Send due mail: claim a batch, render each message, send it, mark it, one by one."""

from __future__ import annotations

from contextlib import AbstractContextManager
from email.message import EmailMessage

from sqlalchemy import select

from consult.config import Settings
from consult.db import Database, utcnow
from consult.mail import queue
from consult.mail.compose import MailSettings, compose, prefetch_invitations
from consult.mail.transport import (
    Connection,
    MailFailure,
    SmtpSettings,
    file_connection,
    smtp_connection,
)
from consult.models import MailMessage


def connect(settings: Settings) -> AbstractContextManager[Connection]:
    """SMTP when a host is set; else the embedded default, .eml files under var/mail/."""
    if not settings.smtp_host:
        return file_connection(settings.var_dir / "mail")
    return smtp_connection(
        SmtpSettings(
            settings.smtp_host, settings.smtp_port, settings.smtp_tls,
            settings.smtp_user, settings.smtp_password,
        )
    )  # fmt: skip


def send_batch(database: Database, settings: Settings, limit: int) -> tuple[int, bool]:
    """Claim up to `limit` due messages, render them, send them over one connection.

    Each is marked in its own commit right after the server accepts it. Returns how many
    went out, and whether the batch was full (more may be due).
    """
    with database.session() as session:
        ids = queue.claim_due(session, utcnow(), settings.mail_lease_seconds, limit)
    if not ids:
        return 0, False
    emails = _render(database, ids, MailSettings.of(settings))
    sent = 0
    waiting = [message_id for message_id in ids if message_id in emails]
    try:
        with connect(settings) as connection:
            while waiting:
                sent += _send_one(database, connection, waiting[0], emails[waiting[0]])
                waiting.pop(0)
    except MailFailure as failure:  # the server is down or refused for now: back off
        with database.session() as session:
            queue.retry_later(
                session, waiting[0], waiting[1:], str(failure), utcnow(),
                settings.mail_retry_max_seconds, settings.mail_max_attempts,
            )  # fmt: skip
        return sent, False
    return sent, len(ids) == limit


def _render(database: Database, ids: list[int], settings: MailSettings) -> dict[int, EmailMessage]:
    """The emails of claimed messages, in one session (a round is read once per batch);
    a message that no longer applies is marked skipped."""
    emails = {}
    with database.session() as session:
        messages = session.scalars(
            select(MailMessage).where(MailMessage.id.in_(ids)).order_by(MailMessage.id)
        ).all()
        prefetch_invitations(session, list(messages))
        for message in messages:
            email = compose(session, message, settings)
            if email is None:
                queue.finish(session, message.id, "skipped", utcnow())
            else:
                emails[message.id] = email
    return emails


def _send_one(
    database: Database, connection: Connection, message_id: int, email: EmailMessage
) -> int:
    """Send one rendered message; 1 if it went out. Marked in its own commit."""
    try:
        connection.send(email)
    except MailFailure as failure:
        if failure.transient:
            raise
        with database.session() as session:
            queue.finish(session, message_id, "failed", utcnow(), str(failure))
        return 0
    with database.session() as session:
        queue.finish(session, message_id, "sent", utcnow())
    return 1
