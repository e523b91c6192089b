"""Sixteen networks submitting at once to a service on the embedded SQLite default.

`consult run` as a new user starts it (no settings but a var folder: SQLite, the SQLite
broker, a worker and beat); 16 clients answer 240 networks, a draft first for every fourth.
What it proves: SQLite's single writer is queued, not refused: no "database is locked"
reaches a client or the log, no 5xx at all (the service would answer a lock timeout with a
503; none is expected), every submission is stored once, and the worker's summary catches
up with all of them. Latency is printed, not asserted (the machine is shared).
"""

from __future__ import annotations

import time

from tests.faults.burst import Burst, call, kept, launch
from tests.figures import FAULT_FIGURES, report
from tests.servers import consult_run, free_port, service_env
from tests.tasks.test_summaries_worker import wait_for

NETWORKS = 240
CLIENTS = 16
CATCH_UP_SECONDS = 120  # for the summary to count every submission once the burst is over


def test_16_submitters_on_sqlite_are_queued_not_refused(sample_round, tmp_path):
    var = tmp_path / "var"
    env = service_env(CONSULT_VAR_DIR=str(var), PORT=str(free_port()))
    database_url = f"sqlite:///{var / 'consult.db'}"
    log = tmp_path / "service.log"
    with consult_run(env, log) as base:
        launched = launch(base, database_url, NETWORKS, sample_round)
        started = time.monotonic()
        burst = Burst(base, launched.invitations, "sqlite", CLIENTS, drafts_every=4).start()
        tally = burst.join()
        took = time.monotonic() - started
        summary_url = f"{base}/api/v1/rounds/{launched.round_id}/summary"

        def summary_count() -> int | None:
            reply = call("GET", summary_url, headers=launched.admin)
            count = reply.json().get("response_count") if reply.status == 200 else None
            return count if count == len(tally.accepted) else None

        caught_up = wait_for(summary_count, timeout=CATCH_UP_SECONDS, step=1.0)
        lag = time.monotonic() - started - took
        kept_now = kept(database_url, launched.round_id)
    logged = log.read_text(errors="replace")
    accepted = len(tally.accepted)
    report(
        FAULT_FIGURES,
        f"{CLIENTS} submitters on SQLite: {accepted} accepted, {kept_now.stored} stored, "
        f"{kept_now.duplicated} duplicated, {tally.unavailable} 503s, "
        f"{tally.server_errors} other 5xx, {sum(tally.errors.values())} other errors "
        f"{dict(tally.errors)}; {len(tally.latencies)} requests in {took:.1f} s, "
        f"p50 {tally.percentile(0.5) * 1000:.0f} ms, p99 {tally.percentile(0.99) * 1000:.0f} ms; "
        f"summary {'caught up' if caught_up else 'NOT caught up'} {lag:.1f} s after the burst; "
        f'"database is locked" logged {logged.count("database is locked")} times',
    )
    assert "database is locked" not in logged
    assert tally.server_errors == 0 and not tally.errors, tally.errors
    assert tally.unavailable == 0, "a lock timeout reached a client as a 503"
    assert (accepted, kept_now.stored, kept_now.duplicated) == (NETWORKS, NETWORKS, 0)
    assert kept_now.differing(burst.expected()) == []
    assert kept_now.half_written == []
    assert caught_up, f"the summary did not count all {accepted} within {CATCH_UP_SECONDS} s"
