"""Mail work: queue follow-ups from domain events and beat, and send what is due."""

from __future__ import annotations

from celery import Celery, Task, shared_task

from consult.db import utcnow
from consult.domain import due_mail
from consult.mail.sender import send_batch
from consult.models import DomainEvent
from consult.tasks.database import database_for, settings_of

SEND = "consult.mail.send_due"
BATCH = 100


@shared_task(bind=True, name=SEND, acks_late=True)
def send_due(self: Task) -> int:
    """Send a batch of due messages over one connection; another batch follows if full."""
    sent, full = send_batch(database_for(self.app), settings_of(self.app), BATCH)
    if full:
        self.app.send_task(SEND)
    return sent


def _queue_then_send(app: Celery, queued: int) -> int:
    if queued:
        app.send_task(SEND)
    return queued


@shared_task(bind=True, name="consult.mail.on_round_launched", acks_late=True)
def on_round_launched(self: Task, event_id: int) -> int:
    """Invitations to every contact of the invited networks."""
    with database_for(self.app).session() as session:
        event = session.get(DomainEvent, event_id)
        queued = due_mail.queue_invitations(session, event.aggregate_id) if event else 0
    return _queue_then_send(self.app, queued)


@shared_task(bind=True, name="consult.mail.on_response_submitted", acks_late=True)
def on_response_submitted(self: Task, event_id: int) -> int:
    """A thank-you with a copy of the answers to whoever submitted them."""
    with database_for(self.app).session() as session:
        event = session.get(DomainEvent, event_id)
        queued = 0
        if event is not None:
            payload = event.payload
            queued = due_mail.queue_receipt(
                session, payload["round_id"], payload["network_id"], payload["version"]
            )
    return _queue_then_send(self.app, queued)


@shared_task(bind=True, name="consult.mail.reminders", acks_late=True)
def reminders(self: Task) -> int:
    with database_for(self.app).session() as session:
        queued = due_mail.queue_reminders(session, utcnow())
    return _queue_then_send(self.app, queued)


@shared_task(bind=True, name="consult.mail.weekly_digest", acks_late=True)
def weekly_digest(self: Task) -> int:
    settings = settings_of(self.app)
    with database_for(self.app).session() as session:
        queued = due_mail.queue_digests(session, utcnow(), settings.zone, settings.staff_emails)
    return _queue_then_send(self.app, queued)
