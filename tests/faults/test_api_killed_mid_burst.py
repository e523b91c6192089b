"""The API process killed (`kill -9`, master and workers at once) in the middle of a burst.

Eight clients submit 200 networks' answers through gunicorn (as production runs it) on
PostgreSQL; twice, once 60 and once 130 are in, every gunicorn process is killed with
requests in flight and gunicorn is started again. A client whose connection broke sends the
same request again (same Idempotency-Key) until it gets an answer; a request sent while
gunicorn is down waits in the listening socket's queue until a new worker has booted (20-40 s
on a busy 2-core machine), so the clients wait longer for a reply than the other tests' 30 s.

What it proves: every network whose submission got a 200 is stored exactly once, as sent;
a request killed in flight was stored whole or not at all (every response has its versions
and their answers, the outbox holds exactly one `response.submitted` per network and no
`response.updated`).
"""

from __future__ import annotations

import time

import redis

from tests.conftest import truncate_all
from tests.faults.burst import Burst, kept, launch
from tests.figures import FAULT_FIGURES, report
from tests.servers import START_TIMEOUT_SECONDS, ApiServer, service_env

NETWORKS = 200
KILL_AFTER = (60, 130)  # accepted submissions before each kill


def test_the_api_killed_mid_burst_stores_each_submission_once_and_whole(
    postgres_url, redis_url, sample_round, tmp_path
):
    redis.Redis.from_url(redis_url).flushdb()
    env = service_env(
        CONSULT_VAR_DIR=str(tmp_path / "var"),
        CONSULT_DATABASE_URL=postgres_url,
        CONSULT_BROKER_URL=redis_url,
        CONSULT_RESULT_BACKEND=redis_url,
        CONSULT_LOG_LEVEL="WARNING",
    )
    api = ApiServer(env, tmp_path / "api.log")
    try:
        api.start()
        launched = launch(api.base, postgres_url, NETWORKS, sample_round)
        burst = Burst(
            api.base, launched.invitations, "api-killed", request_timeout=START_TIMEOUT_SECONDS + 30
        ).start()
        recoveries = []
        for accepted_before in KILL_AFTER:
            assert burst.tally.wait_accepted(accepted_before, timeout=120), api.log_tail()
            killed = time.monotonic()
            api.kill()
            api.start()
            recoveries.append(time.monotonic() - killed)
        tally = burst.join()
    finally:
        api.stop()
    try:
        kept_now = kept(postgres_url, launched.round_id)
    finally:
        truncate_all(postgres_url)
    accepted = len(tally.accepted)
    lost = len(tally.accepted - kept_now.submissions.keys())
    events = kept_now.submitted_events
    report(
        FAULT_FIGURES,
        f"API killed mid-burst: {accepted} accepted, {kept_now.stored} stored, {lost} lost, "
        f"{kept_now.duplicated} duplicated, {tally.broken} broken connections retried "
        f"({tally.replayed} answered by a replay of their first try), "
        f"{tally.unavailable} 503s, {sum(tally.errors.values())} other errors "
        f"{dict(tally.errors)}; {sum(events.values())} response.submitted events, "
        f"{kept_now.updated_events} response.updated, {len(kept_now.half_written)} half-written; "
        f"serving again {', '.join(f'{s:.1f}' for s in recoveries)} s after each kill",
    )
    assert tally.server_errors == 0 and not tally.errors, tally.errors
    assert tally.broken > 0, "no client saw the kill: it reached no request"
    assert (accepted, kept_now.stored, lost, kept_now.duplicated) == (NETWORKS, NETWORKS, 0, 0)
    assert kept_now.differing(burst.expected()) == []
    assert kept_now.half_written == []
    assert set(events.values()) == {1} and events.keys() == tally.accepted, events
    assert kept_now.updated_events == 0
