"""Rounds close on time: at closes_at, whether or not staff are at their desks."""

from __future__ import annotations

from celery import Task, shared_task

from consult import task_names
from consult.db import utcnow
from consult.domain import rounds
from consult.tasks.database import database_for


@shared_task(bind=True, name=task_names.ROUNDS_CLOSE_DUE, acks_late=True)
def close_due(self: Task) -> list[int]:
    """Close every open round past its closes_at (round.closed then makes the final summary).

    One transaction per round: a round that fails to close does not hold back the others.
    """
    now = utcnow()
    database = database_for(self.app)
    with database.session() as session:
        due = rounds.rounds_due_to_close(session, now)
    closed = []
    for round_id in due:
        with database.session() as session:
            if rounds.close_if_due(session, round_id, now):
                closed.append(round_id)
    return closed
