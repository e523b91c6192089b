"""Every task's name, in one place: the tasks declare them, and whoever sends a task by name
(the relay's subscribers, beat, the after-commit nudge, the API's recompute) imports them
from here, so a renamed task cannot leave a sender behind that the worker no longer hears.
It sits outside consult.tasks and imports nothing: a lower module (the after-commit nudge)
names a task without importing the Celery app, which imports it back.

The first two parts route a task to its queue, unless TASK_ROUTES (in consult.tasks) names
the task itself (the recompute has a queue of its own)."""

from __future__ import annotations

OUTBOX_RELAY = "consult.outbox.relay"

SUMMARY_ON_RESPONSE_SUBMITTED = "consult.summaries.on_response_submitted"
SUMMARY_ON_ROUND_CLOSED = "consult.summaries.on_round_closed"
SUMMARY_RECOMPUTE = "consult.summaries.recompute"
SUMMARY_SWEEP = "consult.summaries.sweep"

MAIL_SEND_DUE = "consult.mail.send_due"
MAIL_REMINDERS = "consult.mail.reminders"
MAIL_WEEKLY_DIGEST = "consult.mail.weekly_digest"
MAIL_WEBHOOK_DISABLED = "consult.mail.webhook_disabled"

ROUNDS_CLOSE_DUE = "consult.rounds.close_due"

WEBHOOKS_SEND_DUE = "consult.webhooks.send_due"
