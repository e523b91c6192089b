"""Webhook work: deliver what is due. The relay adds deliveries when it hands on an event;
their commit nudges this task, and beat runs it for the retries."""

from __future__ import annotations

from celery import Task, shared_task

from consult import task_names
from consult.adapters.webhooks import HttpNetwork
from consult.domain import webhooks
from consult.tasks.database import database_for, settings_of


@shared_task(bind=True, name=task_names.WEBHOOKS_SEND_DUE, acks_late=True)
def send_due(self: Task) -> dict[str, int]:
    """Try the due deliveries; safe twice or at once (a delivery row is locked while it is
    tried, and a delivered one is never sent again)."""
    allow_private = settings_of(self.app).webhooks_allow_private
    return webhooks.send_due(database_for(self.app), HttpNetwork(), allow_private)
