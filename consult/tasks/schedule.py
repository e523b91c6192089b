"""The beat timetable: what runs when, in the body's time zone."""

from __future__ import annotations

from typing import Any

from celery.schedules import crontab

from consult import task_names
from consult.config import Settings

OUTBOX_RELAY_SECONDS = 5.0
MAIL_SECONDS = 5.0
CLOSE_ROUNDS_SECONDS = 60.0
WEBHOOKS_SECONDS = 5.0


def beat_schedule(settings: Settings) -> dict[str, dict[str, Any]]:
    return {
        # Safety net: commits nudge the relay, but a nudge lost to a broker outage is
        # picked up here within seconds.
        "relay-outbox": {"task": task_names.OUTBOX_RELAY, "schedule": OUTBOX_RELAY_SECONDS},
        # Recomputes whose task was lost are re-sent, so no summary stays stale for long.
        "sweep-summaries": {
            "task": task_names.SUMMARY_SWEEP,
            "schedule": max(1.0, settings.summary_max_delay_seconds),
        },
        # Mail waiting for its next attempt (the server was down) or queued by a lost nudge.
        "send-mail": {"task": task_names.MAIL_SEND_DUE, "schedule": MAIL_SECONDS},
        # Webhook deliveries waiting for their next attempt (the receiver was down).
        "send-webhooks": {"task": task_names.WEBHOOKS_SEND_DUE, "schedule": WEBHOOKS_SECONDS},
        # Rounds close at their closes_at; closing makes the final summary.
        "close-rounds": {"task": task_names.ROUNDS_CLOSE_DUE, "schedule": CLOSE_ROUNDS_SECONDS},
        # Reminders by each round's plan; keys make a second run in the hour send nothing.
        "reminders": {"task": task_names.MAIL_REMINDERS, "schedule": crontab(minute=0)},
        # Monday 08:00 in the body's time zone (the Celery app's timezone).
        "weekly-digest": {
            "task": task_names.MAIL_WEEKLY_DIGEST,
            "schedule": crontab(minute=0, hour=8, day_of_week="mon"),
        },
    }
