"""Mail work: queue what beat's timetable calls for, and send what is due.

Mail caused by a change (invitations, receipts, follow-ups, validation) is queued by the
domain in that change's transaction; committing it nudges `send_due` (consult.after_commit).
"""

from __future__ import annotations

from celery import Task, shared_task

from consult import task_names
from consult.db import utcnow
from consult.domain import due_mail
from consult.mail.sender import send_batch
from consult.tasks.database import database_for, settings_of

BATCH = 100


@shared_task(bind=True, name=task_names.MAIL_SEND_DUE, acks_late=True)
def send_due(self: Task) -> int:
    """Send a batch of due messages over one connection; another batch follows if full."""
    sent, full = send_batch(database_for(self.app), settings_of(self.app), BATCH)
    if full:
        self.app.send_task(task_names.MAIL_SEND_DUE)
    return sent


@shared_task(bind=True, name=task_names.MAIL_REMINDERS, acks_late=True)
def reminders(self: Task) -> int:
    """The reminders each open round's plan calls for now."""
    with database_for(self.app).session() as session:
        return due_mail.queue_reminders(session, utcnow())


@shared_task(bind=True, name=task_names.MAIL_WEEKLY_DIGEST, acks_late=True)
def weekly_digest(self: Task) -> int:
    """The week's digest to staff and to every contact who wants it."""
    settings = settings_of(self.app)
    with database_for(self.app).session() as session:
        return due_mail.queue_digests(session, utcnow(), settings.zone, settings.staff_emails)


@shared_task(bind=True, name=task_names.MAIL_WEBHOOK_DISABLED, acks_late=True)
def webhook_disabled(self: Task, event_id: int) -> int:
    """Tell the staff addresses that a webhook subscription was turned off."""
    settings = settings_of(self.app)
    with database_for(self.app).session() as session:
        return due_mail.queue_webhook_disabled(session, event_id, settings.staff_emails)
