"""Mail work: queue follow-ups from domain events and beat, and send what is due."""

from __future__ import annotations

from contextlib import AbstractContextManager

from celery import Celery, Task, shared_task

from consult.config import Settings
from consult.db import Database, utcnow
from consult.domain import followups
from consult.mail import queue
from consult.mail.compose import MailSettings, compose
from consult.mail.transport import (
    Connection,
    MailFailure,
    SmtpSettings,
    file_connection,
    smtp_connection,
)
from consult.models import DomainEvent, MailMessage
from consult.tasks.database import database_for

SEND = "consult.mail.send_due"
BATCH = 100


def _settings(app: Celery) -> Settings:
    settings: Settings = app.conf.consult_settings
    return settings


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


@shared_task(bind=True, name=SEND, acks_late=True)
def send_due(self: Task) -> int:
    """Send a batch of due messages over one connection; another batch follows if full."""
    settings = _settings(self.app)
    database = database_for(self.app)
    with database.session() as session:
        ids = queue.claim_due(session, utcnow(), settings.mail_lease_seconds, BATCH)
    if not ids:
        return 0
    sent = 0
    waiting = list(ids)
    try:
        with connect(settings) as connection:
            while waiting:
                sent += _send_one(database, connection, waiting[0], settings)
                waiting.pop(0)
    except MailFailure as failure:  # the server is down or refused for now: back off
        with database.session() as session:
            queue.retry_later(
                session, waiting[0], waiting[1:], str(failure), utcnow(),
                settings.mail_retry_max_seconds, settings.mail_max_attempts,
            )  # fmt: skip
        return sent
    if len(ids) == BATCH:
        self.app.send_task(SEND)
    return sent


def _send_one(
    database: Database, connection: Connection, message_id: int, settings: Settings
) -> int:
    """Render and send one claimed message; 1 if it went out. Marked in its own commit."""
    mail_settings = MailSettings.of(settings)
    with database.session() as session:
        message = session.get(MailMessage, message_id)
        if message is None or message.status != "sending":
            return 0
        email = compose(session, message, mail_settings)
        if email is None:
            queue.finish(session, message_id, "skipped", utcnow())
            return 0
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


def _queue_then_send(app: Celery, queued: int) -> int:
    if queued:
        app.send_task(SEND)
    return queued


@shared_task(bind=True, name="consult.mail.on_round_launched", acks_late=True)
def on_round_launched(self: Task, event_id: int) -> int:
    """Invitations to every contact of the invited networks."""
    with database_for(self.app).session() as session:
        event = session.get(DomainEvent, event_id)
        queued = followups.queue_invitations(session, event.aggregate_id) if event else 0
    return _queue_then_send(self.app, queued)


@shared_task(bind=True, name="consult.mail.on_response_submitted", acks_late=True)
def on_response_submitted(self: Task, event_id: int) -> int:
    """A thank-you with a copy of the answers to whoever submitted them."""
    with database_for(self.app).session() as session:
        event = session.get(DomainEvent, event_id)
        queued = 0
        if event is not None:
            payload = event.payload
            queued = followups.queue_receipt(
                session, payload["round_id"], payload["network_id"], payload["version"]
            )
    return _queue_then_send(self.app, queued)


@shared_task(bind=True, name="consult.mail.reminders", acks_late=True)
def reminders(self: Task) -> int:
    with database_for(self.app).session() as session:
        queued = followups.queue_reminders(session, utcnow())
    return _queue_then_send(self.app, queued)


@shared_task(bind=True, name="consult.mail.weekly_digest", acks_late=True)
def weekly_digest(self: Task) -> int:
    settings = _settings(self.app)
    with database_for(self.app).session() as session:
        queued = followups.queue_digests(session, utcnow(), settings.zone, settings.staff_emails)
    return _queue_then_send(self.app, queued)
