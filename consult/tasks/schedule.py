"""The beat timetable: what runs when, in the body's time zone."""

from __future__ import annotations

from typing import Any

from consult.config import Settings

OUTBOX_RELAY_SECONDS = 5.0


def beat_schedule(settings: Settings) -> dict[str, dict[str, Any]]:
    return {
        # Safety net: commits nudge the relay, but a nudge lost to a broker outage is
        # picked up here within seconds.
        "relay-outbox": {"task": "consult.outbox.relay", "schedule": OUTBOX_RELAY_SECONDS},
        # Recomputes whose task was lost are re-sent, so no summary stays stale for long.
        "sweep-summaries": {
            "task": "consult.summaries.sweep",
            "schedule": max(1.0, settings.summary_max_delay_seconds),
        },
    }
