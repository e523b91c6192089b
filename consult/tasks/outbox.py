"""Relay committed domain events to the tasks that handle them."""

from __future__ import annotations

from celery import Celery, Task, shared_task

from consult.domain import outbox
from consult.models import DomainEvent
from consult.tasks.database import database_for

# Which tasks handle which event; each receives the event's id and must be idempotent.
SUBSCRIBERS: dict[str, tuple[str, ...]] = {
    "round.launched": ("consult.mail.on_round_launched",),
    "response.submitted": (
        "consult.summaries.on_response_submitted",
        "consult.mail.on_response_submitted",
    ),
    "round.closed": ("consult.summaries.on_round_closed",),
}


@shared_task(bind=True, name="consult.outbox.relay", acks_late=True)
def relay_outbox(self: Task) -> int:
    """Publish the undispatched events; safe to run twice or at once (rows are locked)."""
    with database_for(self.app).session() as session:
        return outbox.relay(session, lambda event: _publish(self.app, event))


def _publish(app: Celery, event: DomainEvent) -> None:
    for task_name in SUBSCRIBERS.get(event.type, ()):
        app.send_task(task_name, args=[event.id])
