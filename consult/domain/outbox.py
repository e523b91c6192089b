"""Record domain events with the change that caused them; relay them after commit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult.db import utcnow
from consult.models import DomainEvent

RELAY_BATCH = 200  # events per relay run; a full run sends the relay again


def record(
    session: Session, type_: str, aggregate: str, aggregate_id: int, payload: dict[str, Any]
) -> DomainEvent:
    """Add an event to the caller's transaction: it exists only if the change commits."""
    event = DomainEvent(type=type_, aggregate=aggregate, aggregate_id=aggregate_id, payload=payload)
    session.add(event)
    return event


def find_event(session: Session, event_id: int) -> DomainEvent | None:
    return session.get(DomainEvent, event_id)


def relay(
    session: Session, publish: Callable[[DomainEvent], None], limit: int = RELAY_BATCH
) -> int:
    """Publish undispatched events in order and mark them; return how many went out.

    Delivery is at least once: if the commit after a publish fails, the event is sent again,
    so what consumes events must be idempotent. Rows are locked with SKIP LOCKED where the
    database has it, so two relays running at once do not publish the same event twice.
    On the first failure the relay stops, keeping later events behind the failed one.
    """
    events = session.scalars(
        select(DomainEvent)
        .where(DomainEvent.dispatched_at.is_(None))
        .order_by(DomainEvent.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    published = 0
    for event in events:
        event.attempts += 1
        try:
            publish(event)
        except Exception as exc:  # any broker failure: keep the event for the next run
            event.last_error = f"{type(exc).__name__}: {exc}"[:500]
            break
        event.dispatched_at = utcnow()
        event.last_error = None
        published += 1
    return published
