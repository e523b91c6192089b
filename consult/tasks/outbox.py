"""Relay committed domain events to the tasks that handle them."""

from __future__ import annotations

from datetime import datetime

from celery import Celery, Task, shared_task
from sqlalchemy.orm import Session

from consult import task_names
from consult.domain import outbox, webhooks
from consult.models import DomainEvent
from consult.tasks.database import database_for
from consult.tasks.summaries import mark_rounds_stale, send_recomputes

# Which tasks handle which event; each receives the event's id and must be idempotent.
# Mail is not among them: the domain queues it in the change's own transaction.
SUBSCRIBERS: dict[str, tuple[str, ...]] = {
    "round.closed": (task_names.SUMMARY_ON_ROUND_CLOSED,),
    "webhook.disabled": (task_names.MAIL_WEBHOOK_DISABLED,),
}
# Events that make their round's summary stale. The relay marks the rounds itself, in the
# transaction that marks the batch dispatched: one mark per round per batch, and at most one
# recompute per round sent after the commit, where a task per event used to queue hundreds
# of tiny tasks ahead of the recompute during a burst.
STALE_SUMMARY: frozenset[str] = frozenset({"response.submitted", "response.updated"})


@shared_task(bind=True, name=task_names.OUTBOX_RELAY, acks_late=True)
def relay_outbox(self: Task) -> int:
    """Publish the undispatched events; safe to run twice or at once (rows are locked).

    A full batch sends the relay again at once: a backlog (a burst, the broker's return)
    drains batch after batch instead of one batch per beat tick.
    """
    stale: list[tuple[int, datetime]] = []
    batch = outbox.RELAY_BATCH
    with database_for(self.app).session() as session:
        published = outbox.relay(
            session, lambda event: _publish(self.app, session, event, stale), batch
        )
        due = mark_rounds_stale(self.app, session, stale)
    send_recomputes(self.app, due)
    if published == batch:
        self.app.send_task(task_names.OUTBOX_RELAY)
    return published


def _publish(
    app: Celery, session: Session, event: DomainEvent, stale: list[tuple[int, datetime]]
) -> None:
    # Webhook deliveries commit with the event's dispatch mark; that commit nudges their sender.
    webhooks.enqueue(session, event)
    for task_name in SUBSCRIBERS.get(event.type, ()):
        app.send_task(task_name, args=[event.id])
    if event.type in STALE_SUMMARY:  # last: an event whose publish failed is relayed again
        stale.append((int(event.payload["round_id"]), event.occurred_at))
