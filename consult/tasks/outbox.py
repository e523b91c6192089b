"""Relay committed domain events to the tasks that handle them."""

from __future__ import annotations

from celery import Celery, Task, shared_task
from sqlalchemy.orm import Session

from consult.domain import outbox, webhooks
from consult.models import DomainEvent
from consult.tasks import names
from consult.tasks.database import database_for

# Which tasks handle which event; each receives the event's id and must be idempotent.
# Mail is not among them: the domain queues it in the change's own transaction.
SUBSCRIBERS: dict[str, tuple[str, ...]] = {
    "response.submitted": (names.SUMMARY_ON_RESPONSE_SUBMITTED,),
    "response.updated": (names.SUMMARY_ON_RESPONSE_SUBMITTED,),
    "round.closed": (names.SUMMARY_ON_ROUND_CLOSED,),
}


@shared_task(bind=True, name=names.OUTBOX_RELAY, acks_late=True)
def relay_outbox(self: Task) -> int:
    """Publish the undispatched events; safe to run twice or at once (rows are locked)."""
    with database_for(self.app).session() as session:
        return outbox.relay(session, lambda event: _publish(self.app, session, event))


def _publish(app: Celery, session: Session, event: DomainEvent) -> None:
    # Webhook deliveries commit with the event's dispatch mark; that commit nudges their sender.
    webhooks.enqueue(session, event)
    for task_name in SUBSCRIBERS.get(event.type, ()):
        app.send_task(task_name, args=[event.id])
