"""Rounds close on time: at closes_at, whether or not staff are at their desks."""

from __future__ import annotations

from celery import Task, shared_task
from sqlalchemy import select

from consult.db import utcnow
from consult.domain import rounds
from consult.models import Round
from consult.tasks.database import database_for


@shared_task(bind=True, name="consult.rounds.close_due", acks_late=True)
def close_due(self: Task) -> list[int]:
    """Close every open round past its closes_at (round.closed then makes the final summary)."""
    now = utcnow()
    database = database_for(self.app)
    with database.session() as session:
        due = session.scalars(
            select(Round.id).where(Round.status == "open", Round.closes_at <= now)
        ).all()
    closed = []
    for round_id in due:
        with database.session() as session:
            round_ = session.get(Round, round_id)
            if round_ is not None and round_.status == "open":
                rounds.move_round(session, round_id, "close", now)
                closed.append(round_id)
    if closed:
        self.app.send_task("consult.outbox.relay")
    return closed
