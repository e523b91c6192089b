"""The after-commit nudge against a real Redis that goes away and comes back: the commit
never waits on it, the failed nudge is logged and dropped, the next one after Redis is back
reaches the queue."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import redis

from consult.after_commit import nudge_after_commit
from consult.config import Settings
from consult.db import Database
from consult.models import DomainEvent
from consult.tasks import make_celery, nudge_sender
from tests.redis_server import private_redis

WAIT_SECONDS = 30


def add_event(database: Database) -> None:
    with database.sessions() as session:
        session.add(DomainEvent(type="network.created", aggregate="network", aggregate_id=1,
                                payload={}))  # fmt: skip
        session.commit()


def test_a_nudge_lost_while_redis_is_down_is_dropped_and_the_next_one_is_queued(
    sqlite_template: Path, tmp_path: Path, caplog
):
    shutil.copy(sqlite_template, tmp_path / "consult.db")
    with private_redis() as server:
        settings = Settings.from_env(
            {
                "CONSULT_VAR_DIR": str(tmp_path),
                "CONSULT_DATABASE_URL": f"sqlite:///{tmp_path / 'consult.db'}",
                "CONSULT_BROKER_URL": server.url(0),
                "CONSULT_RESULT_BACKEND": server.url(1),
            }
        )
        database = Database(settings.database_url)
        sender = nudge_after_commit(database.sessions, nudge_sender(make_celery(settings)))
        queue = redis.Redis.from_url(server.url(0))
        try:
            add_event(database)
            assert sender.wait_idle(WAIT_SECONDS)
            assert queue.llen("events") == 1
            server.stop()
            with caplog.at_level(logging.WARNING, logger="consult.after_commit"):
                add_event(database)
                assert sender.wait_idle(WAIT_SECONDS)
            assert "could not nudge consult.outbox.relay" in caplog.text
            server.start()
            add_event(database)
            assert sender.wait_idle(WAIT_SECONDS)
            assert queue.llen("events") == 2, "the nudge after Redis came back is queued"
        finally:
            queue.close()
            database.dispose()
