"""The relay marks rounds stale itself, on Redis and PostgreSQL: a batch of submissions is
one mark per round and at most one recompute per round, sent after its commit to the queue
that holds recomputes only; no task per event."""

from __future__ import annotations

import redis
from sqlalchemy import select

from consult import task_names as names
from consult.config import Settings
from consult.db import Database, utcnow
from consult.domain import outbox
from consult.models import SummarySchedule
from consult.tasks import QUEUES, make_celery
from tests.conftest import truncate_all
from tests.factories import make_round


def record_submissions(database: Database, round_ids: list[int], each: int) -> None:
    with database.session() as session:
        for index in range(each):
            for round_id in round_ids:
                payload = {"round_id": round_id, "network_id": index, "version": 1}
                outbox.record(session, "response.submitted", "response", index, payload)


def test_a_batch_of_submissions_is_one_mark_and_one_recompute_per_round(
    postgres_url, redis_url, tmp_path
):
    broker = redis.Redis.from_url(redis_url)
    broker.flushdb()
    settings = Settings.from_env(
        {
            "CONSULT_VAR_DIR": str(tmp_path),
            "CONSULT_DATABASE_URL": postgres_url,
            "CONSULT_BROKER_URL": redis_url,
            "CONSULT_RESULT_BACKEND": redis_url,
        }
    )
    relay = make_celery(settings).tasks[names.OUTBOX_RELAY]
    database = Database(postgres_url)
    try:
        with database.session() as session:
            rounds = [make_round(session, utcnow()).id for _ in range(2)]
        relay.apply().get()  # the rounds' own events
        record_submissions(database, rounds, each=30)

        assert relay.apply().get() == 60
        queued = {queue: broker.llen(queue) for queue in QUEUES}
        assert queued == {"default": 0, "events": 0, "analysis": 2, "mail": 0}

        record_submissions(database, rounds[:1], each=5)
        assert relay.apply().get() == 5
        assert broker.llen("analysis") == 2, "a recompute is due already: no second one"
        with database.session() as session:
            schedules = session.scalars(select(SummarySchedule).order_by("round_id")).all()
            marks = [(s.round_id, s.changes, s.due_at is not None) for s in schedules]
        assert marks == [(rounds[0], 35, True), (rounds[1], 30, True)]
    finally:
        database.dispose()
        truncate_all(postgres_url)
