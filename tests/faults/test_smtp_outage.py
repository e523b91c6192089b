"""The SMTP server stopped in the middle of a 300-invitation fan-out and started again on the
same port, with a real worker (production's prefork pool, two processes), Redis and
PostgreSQL.

What it proves: every invitation reaches the server exactly once (counted by Message-ID,
which the service derives from the message's key), none is given up although the outage
outlasts a message's attempts (2 here; the default 30 last about two hours), each row ends
'sent' with its attempts counted; while the server is down the sender backs off (send_due is asked
ten times a second, far more often than beat's every 5 s, and most of those runs find
nothing due; the wait doubles with each failed try, up to its ceiling, RETRY_MAX_SECONDS);
after the server returns, the rest goes out by itself. The server stays down until one
message was tried more than MAX_ATTEMPTS times.

The at-least-once edge: "sent at most once per key" holds for the ledger (one row per key,
marked sent once), not always at the receiver. A message whose content the server took but
whose "250" the client never read (the server died in between) counts as a transient
failure, is queued again and goes a second time under the same Message-ID, by which a
receiver can drop the repeat; SMTP cannot close that gap (RFC 1047), and a worker killed
between the 250 and the commit of its mark does the same. It cannot happen here: the sink
keeps a message in the same event-loop step that writes its 250, so the stop falls before
or after both.
"""

from __future__ import annotations

import os
import time
from collections import Counter

import redis
from sqlalchemy import func, select

from consult import create_app
from consult import task_names as names
from consult.config import Settings
from consult.domain import api_keys
from consult.domain.mail_queue import BACKOFF_FACTOR_SECONDS
from consult.mail.mime import message_id
from consult.models import MailMessage
from tests.conftest import bearer, launch_over_http, truncate_all
from tests.faults.processes import start_service_process, stop_service_process
from tests.figures import FAULT_FIGURES, report
from tests.mail.smtp import SmtpServer, mail_env, wait_until
from tests.many_networks import directory

NETWORKS = 300  # one contact each: 300 invitations
STOP_AT = 100  # received messages when the server is stopped
OUTAGE_TIMEOUT_SECONDS = 30.0  # down until a message was tried more than MAX_ATTEMPTS times
TICK_SECONDS = 0.1  # send_due during the outage: 50 times beat's rate
RECOVERY_TIMEOUT_SECONDS = 90.0
MAX_ATTEMPTS = 2  # the outage outlasts them, as two hours outlast the default 30
RETRY_MAX_SECONDS = 2 * BACKOFF_FACTOR_SECONDS  # waits of 2 s, then 4 s, then 4 s again


def test_smtp_server_stopped_mid_fan_out_every_invitation_arrives_exactly_once(
    postgres_url, redis_url, tmp_path, sample_round
):
    redis.Redis.from_url(redis_url).flushdb()
    server = SmtpServer()
    server.start()
    service = mail_env(
        tmp_path, postgres_url, redis_url, server.port,
        CONSULT_LOG_LEVEL="WARNING", CONSULT_MAIL_MAX_ATTEMPTS=str(MAX_ATTEMPTS),
        CONSULT_MAIL_RETRY_MAX_SECONDS=str(RETRY_MAX_SECONDS),
    )  # fmt: skip
    settings = Settings.from_env(service)
    app = create_app(settings)
    runtime = app.extensions["consult"]
    client = app.test_client()
    with runtime.database.session() as session:
        admin = bearer(api_keys.create_key(session, "smtp outage", "admin").secret)
    worker = start_service_process("worker", {**os.environ, **service}, tmp_path)
    errors = ticks = 0

    def send_due() -> None:
        nonlocal ticks
        runtime.celery.send_task(names.MAIL_SEND_DUE)
        ticks += 1

    def rows() -> list[MailMessage]:
        with runtime.database.session() as session:
            return list(session.scalars(select(MailMessage).order_by(MailMessage.id)))

    def outlasted_attempts() -> bool:
        with runtime.database.session() as session:
            return (session.scalar(select(func.max(MailMessage.attempts))) or 0) > MAX_ATTEMPTS

    try:
        launch_over_http(client, admin, directory(NETWORKS), sample_round)
        assert wait_until(lambda: server.sink.count() >= STOP_AT, timeout=60, step=0.005), (
            f"only {server.sink.count()} invitations arrived before the planned outage"
        )
        server.stop()
        stopped = time.monotonic()
        before_outage = server.sink.count()
        ticks = 0
        while time.monotonic() - stopped < OUTAGE_TIMEOUT_SECONDS and not outlasted_attempts():
            send_due()
            if ticks % 10 == 0:  # staff look at what waits
                reply = client.get("/api/v1/mail?status=queued", headers=admin)
                errors += reply.status_code != 200
            time.sleep(TICK_SECONDS)
        time.sleep(1)  # the last runs finish their try
        during = rows()
        outage_ticks = ticks
        outage = time.monotonic() - stopped
        server.start()
        restarted = time.monotonic()

        def all_sent() -> bool:
            return server.sink.count() >= len(during) and all(m.status == "sent" for m in rows())

        delivered_all = wait_until(all_sent, RECOVERY_TIMEOUT_SECONDS, step=0.25, tick=send_due)
        recovered = time.monotonic() - restarted
        for _ in range(8):  # beat keeps running: nothing goes out twice
            send_due()
            time.sleep(TICK_SECONDS)
        time.sleep(1)
        after = rows()
    finally:
        stop_service_process(worker)
        server.stop()
        runtime.database.dispose()
        truncate_all(postgres_url)

    expected = {message_id(m.key, settings.mail_from) for m in after}
    seen = server.sink.message_ids()
    queued = len(after)
    delivered = len(expected & seen.keys())
    lost = queued - delivered
    duplicated = sum(count - 1 for count in seen.values()) + len(seen.keys() - expected)
    waiting = [m for m in during if m.status != "sent"]
    failed_tries = sum(m.attempts for m in waiting)  # each try while down counts on one row
    longest_wait = max(
        ((m.next_attempt_at - m.claimed_at).total_seconds() for m in waiting if m.claimed_at),
        default=0.0,
    )
    report(
        FAULT_FIGURES,
        f"smtp outage: {queued} queued, {delivered} delivered, {lost} lost, {duplicated} "
        f"duplicated, {errors} client-visible errors; stopped after {before_outage} for "
        f"{outage:.0f} s: {len(waiting)} waiting, {failed_tries} failed tries for "
        f"{outage_ticks} send_due runs, longest back-off {longest_wait:.0f} s; recovered "
        f"{recovered:.1f} s after the server returned",
    )
    assert delivered_all, f"{server.sink.count()} of {queued} arrived, or rows not all sent"
    assert (queued, delivered, lost, duplicated, errors) == (NETWORKS, NETWORKS, 0, 0, 0)
    assert Counter(m.status for m in after) == {"sent": NETWORKS}, "none given up"
    assert all(m.attempts >= 1 and m.sent_at for m in after), "every send is recorded"
    assert sum(m.attempts for m in after) >= NETWORKS + failed_tries, "every try is counted"
    assert waiting and all(m.status in ("queued", "sending") for m in waiting), "none given up"
    assert max(m.attempts for m in waiting) > MAX_ATTEMPTS, "the outage outlasted the attempts"
    assert failed_tries <= outage_ticks // 4, "while the server was down, it backed off"
    assert longest_wait >= 2 * BACKOFF_FACTOR_SECONDS, "the wait doubled as tries failed"
