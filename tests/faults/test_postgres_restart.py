"""PostgreSQL restarted under load, with the API under gunicorn as production runs it.

Eight clients submit 200 networks' answers to a private PostgreSQL; once 60 are in, the
server is restarted (`pg_ctl restart -m fast`: sessions ended, a clean shutdown), and once
130 are in it crashes (`pg_ctl stop -m immediate`, down for a few seconds, then started: it
replays its WAL). What it proves: while the database is away a client gets the documented
503 JSON with Retry-After, never a 500, an HTML page or a hang; waiting Retry-After and
sending the same request again (same Idempotency-Key) gets every submission stored exactly
once; gunicorn is never restarted, the API recovers by itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import redis

from tests.faults.burst import Burst, kept, launch
from tests.figures import FAULT_FIGURES, report
from tests.servers import (
    PrivatePostgres,
    api_server,
    private_postgres,
    service_env,
    wait_until_ready,
)

NETWORKS = 200
DOWN_SECONDS = 3.0  # the crashed server stays down this long before it is started again


def crash(server: PrivatePostgres) -> None:
    server.stop("immediate")
    time.sleep(DOWN_SECONDS)
    server.start()


FAULTS: list[tuple[int, str, Callable[[PrivatePostgres], None]]] = [
    (60, "restart -m fast", lambda server: server.restart("fast")),
    (130, f"stop -m immediate, {DOWN_SECONDS:.0f} s down, start", crash),
]


def test_postgresql_restarted_under_load_answers_503_and_loses_nothing(
    redis_url, sample_round, tmp_path
):
    redis.Redis.from_url(redis_url).flushdb()
    with private_postgres() as database:
        env = service_env(
            CONSULT_VAR_DIR=str(tmp_path / "var"),
            CONSULT_DATABASE_URL=database.url(),
            CONSULT_BROKER_URL=redis_url,
            CONSULT_RESULT_BACKEND=redis_url,
            CONSULT_LOG_LEVEL="WARNING",
        )
        with api_server(env, tmp_path / "api.log") as api:
            launched = launch(api.base, database.url(), NETWORKS, sample_round)
            burst = Burst(api.base, launched.invitations, key="pg-restart").start()
            recoveries = []
            for accepted_before, name, fault in FAULTS:
                assert burst.tally.wait_accepted(accepted_before, timeout=120), api.log_tail()
                fault(database)
                back = time.monotonic()
                wait_until_ready(api.base, timeout=60)
                recoveries.append(f"{time.monotonic() - back:.1f} s after {name}")
            tally = burst.join()
            api_log = api.log_tail(20000)
            restarted_api = api.process is not None and api.process.poll() is not None
        kept_now = kept(database.url(), launched.round_id)
    accepted = len(tally.accepted)
    lost = len(tally.accepted - kept_now.submissions.keys())
    report(
        FAULT_FIGURES,
        f"postgres restarted under load: {accepted} accepted, {kept_now.stored} stored, "
        f"{lost} lost, {kept_now.duplicated} duplicated, {tally.unavailable} 503s seen "
        f"({tally.replayed} retries answered by a replay), "
        f"{tally.broken} broken connections, {sum(tally.errors.values())} other errors "
        f"{dict(tally.errors)}; API ready again {', '.join(recoveries)}",
    )
    assert tally.server_errors == 0, f"5xx other than a documented 503: {tally.errors}"
    assert not tally.errors, tally.errors
    assert not restarted_api, "gunicorn died; it must ride out a database restart"
    assert tally.unavailable > 0, "no 503 seen: the fault did not reach the clients"
    assert "Traceback" not in api_log, api_log
    assert (accepted, kept_now.stored, lost, kept_now.duplicated) == (NETWORKS, NETWORKS, 0, 0)
    assert kept_now.differing(burst.expected()) == []
    assert kept_now.half_written == []
