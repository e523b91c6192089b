"""Live summaries on real parts: the API, Redis, PostgreSQL and a Celery worker.

A burst of 200 submissions goes through the API; each commit nudges the outbox relay, the
worker turns `response.submitted` into coalesced recomputes, and `round.closed` into the
final summary.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from celery.contrib.testing.worker import start_worker
from sqlalchemy import func, select

from consult import create_app
from consult.config import Settings
from consult.domain import api_keys, summaries
from consult.models import Summary
from consult.tasks import QUEUES
from tests.conftest import FOCAL_POINT, bearer, launch_over_http, truncate_all
from tests.many_networks import answers, directory

NETWORKS = 200
MAX_DELAY = 10.0


@pytest.fixture
def live(postgres_url: str, redis_url: str, tmp_path: Path) -> Iterator:
    redis.Redis.from_url(redis_url).flushdb()
    settings = Settings.from_env(
        {
            "CONSULT_VAR_DIR": str(tmp_path),
            "CONSULT_DATABASE_URL": postgres_url,
            "CONSULT_BROKER_URL": redis_url,
            "CONSULT_RESULT_BACKEND": redis_url,
            "CONSULT_SUMMARY_MAX_DELAY_SECONDS": str(MAX_DELAY),
        }
    )
    app = create_app(settings)
    runtime = app.extensions["consult"]
    with runtime.database.session() as session:
        secret = api_keys.create_key(session, "burst test", "admin").secret
    with start_worker(runtime.celery, pool="solo", perform_ping_check=False, queues=list(QUEUES)):
        yield app, bearer(secret)
    runtime.database.dispose()
    truncate_all(postgres_url)


def wait_for(condition, timeout: float, step: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(step)
    return None


def test_a_burst_of_200_submissions_is_summarised_within_the_delay_with_few_recomputes(
    live, sample_round
):
    app, admin = live
    client = app.test_client()
    launched = launch_over_http(client, admin, directory(NETWORKS), sample_round)
    invitations, round_id = launched.invitations, launched.id
    assert len(invitations) == NETWORKS

    started = time.monotonic()
    for index, invitation in enumerate(invitations):
        body = {"answers": answers(index), "submitted_by": FOCAL_POINT}
        reply = client.post(f"/api/v1/respond/{invitation['token']}", json=body)
        assert reply.status_code == 200, reply.json
    last_submission = time.monotonic()
    url = f"/api/v1/rounds/{round_id}/summary"

    def complete():
        reply = client.get(url, headers=admin)
        return reply.status_code == 200 and reply.json["response_count"] == NETWORKS and reply.json

    summary = wait_for(complete, timeout=MAX_DELAY)
    waited = time.monotonic() - last_submission
    assert summary, f"no summary with all {NETWORKS} responses {MAX_DELAY} s after the last one"

    database = app.extensions["consult"].database
    with database.session() as session:
        recomputes = summaries.recompute_count(session, round_id)
    print(
        f"\n{NETWORKS} submissions in {last_submission - started:.1f} s; summary of all "
        f"{waited:.1f} s after the last; {recomputes} recomputes"
    )
    assert 1 <= recomputes <= NETWORKS // 10

    assert client.post(f"/api/v1/rounds/{round_id}/close", headers=admin).status_code == 200
    final = wait_for(
        lambda: (reply := client.get(url, headers=admin).json).get("final") and reply,
        timeout=30,
    )
    assert final and final["response_count"] == NETWORKS
    assert final["data"]["response_rate"] == 1.0
    with database.session() as session:
        finals = session.scalar(
            select(func.count())
            .select_from(Summary)
            .where(Summary.round_id == round_id, Summary.final)
        )
        versions = session.scalars(
            select(Summary.version).where(Summary.round_id == round_id).order_by(Summary.version)
        ).all()
    assert finals == 1
    assert versions == list(range(1, len(versions) + 1)), "every version is kept"
