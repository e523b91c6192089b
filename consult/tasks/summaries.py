"""Keep summaries live: coalesced recomputes after submissions, a final one at close
(which drafts the common response staff review)."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from celery import Celery, Task, shared_task
from sqlalchemy.orm import Session

from consult import task_names
from consult.analysis.summary import AnalysisSettings
from consult.db import utcnow
from consult.domain import common_responses, outbox, summaries
from consult.tasks.database import database_for, settings_of

log = logging.getLogger(__name__)


def mark_rounds_stale(
    app: Celery, session: Session, changes: Iterable[tuple[int, datetime]]
) -> dict[int, datetime]:
    """Mark rounds stale in the caller's transaction, one mark per round for its `changes`
    ((round, when) each); returns the recomputes to send once it commits, by round: a round
    gets one only if none is due yet."""
    settings = settings_of(app)
    counts: Counter[int] = Counter()
    first: dict[int, datetime] = {}
    for round_id, when in changes:
        counts[round_id] += 1
        first[round_id] = min(when, first.get(round_id, when))
    now = utcnow()
    due = {}
    for round_id in sorted(counts):  # one lock order, so two relays never deadlock
        at = summaries.mark_stale(
            session,
            round_id,
            now,
            settings.summary_debounce_seconds,
            settings.summary_max_delay_seconds,
            changes=counts[round_id],
            since=first[round_id],
        )
        if at is not None:
            due[round_id] = at
    return due


def send_recomputes(app: Celery, due: Mapping[int, datetime]) -> None:
    """Send each round's recompute for its due time; only after the commit that made it due
    (the outbox rule). One the broker refuses is left to the sweep: the round's row still
    says it is due."""
    for round_id, at in due.items():
        try:
            app.send_task(task_names.SUMMARY_RECOMPUTE, args=[round_id], eta=at)
        except Exception:  # committed already; the sweep re-sends a late recompute
            log.warning(
                "could not send round %s's recompute; the sweep will", round_id, exc_info=True
            )


@shared_task(bind=True, name=task_names.SUMMARY_ON_RESPONSE_SUBMITTED, acks_late=True)
def on_response_submitted(self: Task, event_id: int) -> None:
    """Mark the round of one event stale. The relay now does this itself, a batch at a time;
    this task remains for the messages an earlier relay queued before an upgrade."""
    with database_for(self.app).session() as session:
        event = outbox.find_event(session, event_id)
        changes = [] if event is None else [(int(event.payload["round_id"]), event.occurred_at)]
        due = mark_rounds_stale(self.app, session, changes)
    send_recomputes(self.app, due)


@shared_task(bind=True, name=task_names.SUMMARY_ON_ROUND_CLOSED, acks_late=True)
def on_round_closed(self: Task, event_id: int) -> None:
    """A closed round gets its final summary."""
    with database_for(self.app).session() as session:
        event = outbox.find_event(session, event_id)
        round_id = event.aggregate_id if event else None
    if round_id is not None:
        self.app.send_task(
            task_names.SUMMARY_RECOMPUTE, args=[round_id], kwargs={"final": True, "force": True}
        )


@shared_task(bind=True, name=task_names.SUMMARY_RECOMPUTE, acks_late=True)
def recompute(self: Task, round_id: int, final: bool = False, force: bool = False) -> int | None:
    """Recompute a round's summary if it is stale (or if forced); the new version or None."""
    database = database_for(self.app)
    with database.session() as session:
        claimed = summaries.claim_recompute(session, round_id, utcnow(), _lease(self.app))
    if claimed is None and not force:
        return None
    with database.session() as session:
        summary = summaries.compute_summary(
            session,
            round_id,
            utcnow(),
            _analysis_settings(self.app),
            final=final,
            progress=lambda step: _progress(self, step),
        )
        # A final summary drafts the common response; nothing is sent before staff approve.
        common_responses.draft_from_summary(session, summary, utcnow())
        # Done only as this summary commits: a run that dies before leaves the round stale.
        next_due = (
            summaries.finish_recompute(
                session,
                round_id,
                claimed,
                utcnow(),
                settings_of(self.app).summary_debounce_seconds,
                settings_of(self.app).summary_max_delay_seconds,
            )
            if claimed is not None
            else None
        )
        version = summary.version
    send_recomputes(self.app, {round_id: next_due} if next_due is not None else {})
    return version


@shared_task(bind=True, name=task_names.SUMMARY_SWEEP, acks_late=True)
def sweep(self: Task) -> list[int]:
    """Re-send recomputes that are late: their task was lost to a broker or worker failure."""
    with database_for(self.app).session() as session:
        late = summaries.overdue_rounds(
            session, utcnow(), settings_of(self.app).summary_max_delay_seconds, _lease(self.app)
        )
    for round_id in late:
        self.app.send_task(task_names.SUMMARY_RECOMPUTE, args=[round_id])
    return late


def _lease(app: Celery) -> timedelta:
    """How long a run's claim holds before another run may take the round over."""
    return timedelta(seconds=settings_of(app).summary_claim_lease_seconds)


def _analysis_settings(app: Celery) -> AnalysisSettings:
    return AnalysisSettings(
        common_share=settings_of(app).common_share, division_gap=settings_of(app).division_gap
    )


def _progress(task: Task, step: str) -> Any:
    if task.request.id:  # run by a worker, not called directly
        task.update_state(state="PROGRESS", meta={"step": step})
