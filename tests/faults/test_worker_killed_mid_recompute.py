"""A worker killed (`kill -9`) in the middle of a summary recompute, on real Redis,
PostgreSQL and Celery worker processes, with submissions through the API.

What it proves: the killed run stored nothing and left the round stale (its claim held);
a new worker and beat's sweep, once the claim's lease is over, recompute it, and the summary
then covers every accepted submission, none lost, none counted twice, with no error a client
sees. The killed task's message is not redelivered within the test: on Redis an unacked
message comes back only after the transport's visibility timeout (ten minutes), so recovery here
is the sweep's, with the lease shortened by CONSULT_SUMMARY_CLAIM_LEASE_SECONDS.
"""

from __future__ import annotations

import json
import os
import signal
import time

import redis
from sqlalchemy import func, select

from consult import create_app
from consult import task_names as names
from consult.config import Settings
from consult.domain import api_keys
from consult.models.responses import Response, ResponseVersion
from consult.models.summaries import SummarySchedule
from tests.conftest import FOCAL_POINT, bearer, launch_over_http, truncate_all
from tests.figures import FAULT_FIGURES, report
from tests.many_networks import answers, directory
from tests.tasks.test_summaries_worker import wait_for
from tests.workers import start_worker_process

NETWORKS = 200
LEASE = 3.0  # seconds a dead run's claim holds the round (120 in production)
SETTINGS = {
    "CONSULT_SUMMARY_DEBOUNCE_SECONDS": "1",
    "CONSULT_SUMMARY_MAX_DELAY_SECONDS": "1",
    "CONSULT_SUMMARY_CLAIM_LEASE_SECONDS": str(LEASE),
    "CONSULT_LOG_LEVEL": "WARNING",
}


def running_recompute(broker: redis.Redis) -> str | None:
    """The id of a recompute the result backend shows running and not yet saving, if any:
    it has claimed the round and its summary is not stored (the only task that reports
    PROGRESS; its steps: reading responses, analysing N responses, saving)."""
    keys = list(broker.scan_iter("celery-task-meta-*", count=1000))
    for raw in broker.mget(keys) if keys else []:
        meta = json.loads(raw) if raw else {}
        if meta.get("status") == "PROGRESS" and (meta.get("result") or {}).get("step") != "saving":
            return str(meta["task_id"])
    return None


def test_a_worker_killed_mid_recompute_leaves_the_round_stale_and_the_sweep_covers_all(
    postgres_url, redis_url, tmp_path, sample_round
):
    broker = redis.Redis.from_url(redis_url)
    broker.flushdb()
    env = {
        "CONSULT_VAR_DIR": str(tmp_path),
        "CONSULT_DATABASE_URL": postgres_url,
        "CONSULT_BROKER_URL": redis_url,
        "CONSULT_RESULT_BACKEND": redis_url,
        **SETTINGS,
    }
    app = create_app(Settings.from_env(env))
    runtime = app.extensions["consult"]
    client = app.test_client()
    with runtime.database.session() as session:
        admin = bearer(api_keys.create_key(session, "kill test", "admin").secret)
    first = start_worker_process({**os.environ, **env})
    second = None
    try:
        launched = launch_over_http(client, admin, directory(NETWORKS), sample_round)
        assert len(launched.invitations) == NETWORKS
        round_id = launched.id
        accepted = errors = 0
        for index, invitation in enumerate(launched.invitations):
            body = {"answers": answers(index), "submitted_by": FOCAL_POINT}
            reply = client.post(f"/api/v1/respond/{invitation['token']}", json=body)
            accepted += reply.status_code == 200
            errors += reply.status_code != 200
        submitted = time.monotonic()

        # Every submission is in: a recompute seen now has them all or leaves them stale.
        task_id = wait_for(lambda: running_recompute(broker), timeout=20, step=0.01)
        caught = time.monotonic()
        assert task_id, "no recompute was seen running"
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(timeout=10)
        killed = time.monotonic()
        with runtime.database.session() as session:
            schedule = session.get(SummarySchedule, round_id)
            assert schedule is not None
            assert schedule.stale_since is not None, "the killed run marked the round done"
            assert schedule.claimed_at is not None, "the killed run's claim is gone"

        second = start_worker_process({**os.environ, **env})
        url = f"/api/v1/rounds/{round_id}/summary"

        def covers_all() -> dict | None:
            nonlocal errors
            runtime.celery.send_task(names.SUMMARY_SWEEP)  # what beat does every few seconds
            reply = client.get(url, headers=admin)
            errors += reply.status_code >= 500
            complete = reply.status_code == 200 and reply.json["response_count"] == accepted
            return reply.json if complete else None

        summary = wait_for(covers_all, timeout=LEASE + 20, step=0.5)
        recovered = time.monotonic() - killed
        killed_meta = json.loads(broker.get(f"celery-task-meta-{task_id}") or b"{}")
        unacked = broker.hlen("unacked")
    finally:
        for worker in (first, second):
            if worker is not None and worker.poll() is None:
                os.killpg(worker.pid, signal.SIGKILL)
    try:
        with runtime.database.session() as session:
            responses = session.scalars(select(Response.id).where(Response.round_id == round_id))
            stored = len(set(responses))
            versions = session.scalar(
                select(func.count())
                .select_from(ResponseVersion)
                .join(Response, Response.id == ResponseVersion.response_id)
                .where(Response.round_id == round_id)
            )
            schedule = session.get(SummarySchedule, round_id)
            done = schedule is not None and schedule.stale_since is None
    finally:
        runtime.database.dispose()
        truncate_all(postgres_url)
    in_summary = summary["response_count"] if summary else 0
    lost = accepted - min(stored, in_summary)
    duplicated = (versions or 0) - stored + max(in_summary - accepted, 0)
    report(
        FAULT_FIGURES,
        f"worker killed mid-recompute: {accepted} accepted, {stored} stored, "
        f"{in_summary} in the summary, {lost} lost, {duplicated} duplicated, "
        f"{errors} client-visible errors; killed {caught - submitted:.1f} s after the last "
        f"submission, recovered in {recovered:.1f} s (lease {LEASE:.0f} s); killed task "
        f"redelivered: {killed_meta.get('status') != 'PROGRESS'} ({unacked} unacked on Redis)",
    )
    assert summary, f"no summary of all {accepted} submissions {LEASE + 20:.0f} s after the kill"
    assert (accepted, stored, in_summary, lost, duplicated, errors) == (
        NETWORKS,
        NETWORKS,
        NETWORKS,
        0,
        0,
        0,
    )
    assert done, "the round is still stale once its summary covers every submission"
