"""The outbox relay on a real Celery worker: on Redis with PostgreSQL, and embedded."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import redis
from celery import Celery, shared_task
from celery.contrib.testing.worker import start_worker
from sqlalchemy import select

from consult.config import Settings
from consult.db import Database
from consult.domain import outbox
from consult.models import DomainEvent
from consult.tasks import QUEUES, make_celery
from consult.tasks import outbox as outbox_tasks
from tests.tasks.test_summaries_worker import wait_for


@dataclass
class Stack:
    celery: Celery
    database: Database


@pytest.fixture(params=["redis+postgresql", "embedded"])
def stack(request: pytest.FixtureRequest, tmp_path: Path):
    if request.param == "embedded":
        settings = Settings.from_env({"CONSULT_VAR_DIR": str(tmp_path)})
        from consult import migrate

        migrate.upgrade(settings.database_url)
    else:
        redis_url = request.getfixturevalue("redis_url")
        redis.Redis.from_url(redis_url).flushdb()
        settings = Settings.from_env(
            {
                "CONSULT_VAR_DIR": str(tmp_path),
                "CONSULT_DATABASE_URL": request.getfixturevalue("postgres_url"),
                "CONSULT_BROKER_URL": redis_url,
            }
        )
    database = Database(settings.database_url)
    yield Stack(make_celery(settings), database)
    database.dispose()
    if request.param != "embedded":
        from tests.conftest import truncate_all

        truncate_all(settings.database_url)


def record_events(database: Database, *types: str) -> list[int]:
    with database.session() as session:
        events = [outbox.record(session, t, "network", 1, {"n": i}) for i, t in enumerate(types)]
        session.flush()
        return [event.id for event in events]


HANDLED: list[int] = []


@shared_task(name="tests.handle_event")
def handle_event(event_id: int) -> None:
    """A subscriber that runs in the test worker's thread and notes what it received."""
    HANDLED.append(event_id)


def test_worker_relays_events_to_their_subscribers_once(stack, monkeypatch):
    HANDLED.clear()
    monkeypatch.setitem(outbox_tasks.SUBSCRIBERS, "test.happened", ("tests.handle_event",))
    ids = record_events(stack.database, "test.happened", "test.ignored", "test.happened")

    with start_worker(stack.celery, pool="solo", perform_ping_check=False, queues=list(QUEUES)):
        relayed = stack.celery.send_task("consult.outbox.relay").get(timeout=30)
        again = stack.celery.send_task("consult.outbox.relay").get(timeout=30)
        stack.celery.send_task("tests.handle_event", args=[-1]).get(timeout=30)

    assert relayed == 3
    assert again == 0
    assert sorted(HANDLED) == sorted([ids[0], ids[2], -1])
    with stack.database.session() as session:
        events = session.scalars(select(DomainEvent).order_by(DomainEvent.id)).all()
        assert all(event.dispatched_at is not None for event in events)
        assert [event.attempts for event in events] == [1, 1, 1]


def test_a_backlog_longer_than_a_batch_drains_from_one_nudge(stack, monkeypatch):
    """A full batch sends the relay again: after an outage's backlog, no event waits for
    beat's next tick (beat is not running here)."""
    monkeypatch.setattr(outbox, "RELAY_BATCH", 2)
    record_events(stack.database, *["test.ignored"] * 7)

    def undispatched() -> int:
        with stack.database.session() as session:
            return len(
                session.scalars(
                    select(DomainEvent).where(DomainEvent.dispatched_at.is_(None))
                ).all()
            )

    with start_worker(stack.celery, pool="solo", perform_ping_check=False, queues=list(QUEUES)):
        assert stack.celery.send_task("consult.outbox.relay").get(timeout=30) == 2
        assert wait_for(lambda: undispatched() == 0, timeout=30)


def test_relay_keeps_an_event_whose_publish_failed(database):
    record_events(database, "a", "b")

    def publish(event: DomainEvent) -> None:
        if event.type == "a":
            raise ConnectionError("broker down")

    with database.session() as session:
        assert outbox.relay(session, publish) == 0
    with database.session() as session:
        first, second = session.scalars(select(DomainEvent).order_by(DomainEvent.id)).all()
        assert first.dispatched_at is None and "broker down" in first.last_error
        assert second.dispatched_at is None, "later events wait behind the failed one"
    with database.session() as session:
        assert outbox.relay(session, lambda event: None) == 2
