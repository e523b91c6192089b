"""Keep summaries live: coalesced recomputes after submissions, a final one at close
(which drafts the common response staff review)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from celery import Celery, Task, shared_task

from consult.analysis.summary import AnalysisSettings
from consult.db import utcnow
from consult.domain import common_responses, outbox, summaries
from consult.tasks import names
from consult.tasks.database import database_for, settings_of


@shared_task(bind=True, name=names.SUMMARY_ON_RESPONSE_SUBMITTED, acks_late=True)
def on_response_submitted(self: Task, event_id: int) -> None:
    """Mark the round stale; the first submission of a burst schedules the recompute."""
    with database_for(self.app).session() as session:
        event = outbox.find_event(session, event_id)
        if event is None:
            return
        round_id = int(event.payload["round_id"])
        due = summaries.mark_stale(
            session, round_id, utcnow(), settings_of(self.app).summary_debounce_seconds
        )
    if due is not None:
        self.app.send_task(names.SUMMARY_RECOMPUTE, args=[round_id], eta=due)


@shared_task(bind=True, name=names.SUMMARY_ON_ROUND_CLOSED, acks_late=True)
def on_round_closed(self: Task, event_id: int) -> None:
    """A closed round gets its final summary."""
    with database_for(self.app).session() as session:
        event = outbox.find_event(session, event_id)
        round_id = event.aggregate_id if event else None
    if round_id is not None:
        self.app.send_task(
            names.SUMMARY_RECOMPUTE, args=[round_id], kwargs={"final": True, "force": True}
        )


@shared_task(bind=True, name=names.SUMMARY_RECOMPUTE, acks_late=True)
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
                session, round_id, claimed, utcnow(), settings_of(self.app).summary_debounce_seconds
            )
            if claimed is not None
            else None
        )
        version = summary.version
    if next_due is not None:
        self.app.send_task(names.SUMMARY_RECOMPUTE, args=[round_id], eta=next_due)
    return version


@shared_task(bind=True, name=names.SUMMARY_SWEEP, acks_late=True)
def sweep(self: Task) -> list[int]:
    """Re-send recomputes that are late: their task was lost to a broker or worker failure."""
    with database_for(self.app).session() as session:
        late = summaries.overdue_rounds(
            session, utcnow(), settings_of(self.app).summary_max_delay_seconds, _lease(self.app)
        )
    for round_id in late:
        self.app.send_task(names.SUMMARY_RECOMPUTE, args=[round_id])
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
