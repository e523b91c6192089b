"""The worker and beat both down while networks keep answering (a stream of submissions,
drafts and retries), then started as `consult run` starts them (prefork worker, beat with its
schedule file), on real Redis and PostgreSQL, mailing to a real SMTP server.

The outage lasts as long as the stream, about ten seconds. Nothing in the service counts
time while no worker runs (no claim is taken, no lease runs out), so a longer outage only
makes the same backlog larger: nudges waiting in Redis, undispatched events, a stale
summary, receipts not yet queued.

What it proves: the API needs no worker (every submission, draft and retried request is
answered 200 while nothing consumes the queues); once the worker and beat are back, every
domain event is dispatched, the summary covers every network that answered, with its
latest answer, and each invitation and receipt the flow queued reaches the SMTP server
exactly once (by Message-ID), none lost, none twice, no version or event stored twice.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from datetime import UTC, datetime

import redis
from sqlalchemy import func, select

from consult import create_app
from consult.config import Settings
from consult.domain import api_keys
from consult.mail.mime import message_id
from consult.models import DomainEvent, MailMessage
from consult.models.responses import Response, ResponseVersion
from tests.conftest import FOCAL_POINT, bearer, launch_over_http, truncate_all
from tests.faults.processes import start_service_process, stop_service_process
from tests.figures import FAULT_FIGURES, report
from tests.mail.smtp import SmtpServer, mail_env
from tests.many_networks import answers, directory
from tests.tasks.test_summaries_worker import wait_for

STEPS = 64  # one network acts per step: the first NETWORKS steps submit, the rest update
PACE_SECONDS = 0.15  # a step every 0.15 s: worker and beat are down for about 10 s
NETWORKS = 40
RECOVERY_TIMEOUT_SECONDS = 90.0  # a prefork worker takes 15 s to boot on a busy 2-core box
RESPONSE_EVENTS = ("response.submitted", "response.updated")


def signer(network: int) -> dict[str, str]:
    return {**FOCAL_POINT, "email": f"focal{network}@example.org"}


def test_worker_and_beat_down_while_networks_answer_nothing_lost_or_twice_once_they_return(
    postgres_url, redis_url, tmp_path, sample_round
):
    redis.Redis.from_url(redis_url).flushdb()
    server = SmtpServer()
    server.start()
    service = mail_env(tmp_path, postgres_url, redis_url, server.port, CONSULT_LOG_LEVEL="WARNING")
    settings = Settings.from_env(service)
    app = create_app(settings)
    runtime = app.extensions["consult"]
    client = app.test_client()
    with runtime.database.session() as session:
        admin = bearer(api_keys.create_key(session, "worker and beat down", "admin").secret)
    errors = drafts = replays = 0
    receipts: set[str] = set()  # the receipt keys the accepted submissions call for
    last_saved = datetime.min.replace(tzinfo=UTC)  # when the last accepted submission was saved
    worker = beat = None
    try:
        launched = launch_over_http(client, admin, directory(NETWORKS), sample_round)
        round_id = launched.id
        links = [(i["token"], i["network"]["id"]) for i in launched.invitations]

        started = time.monotonic()
        for step in range(STEPS):
            token, network_id = links[step % NETWORKS]
            url = f"/api/v1/respond/{token}"
            if step % 4 == 1:  # a network edits a draft before submitting
                draft = client.put(url, json={"answers": {"members": step}})
                drafts += draft.status_code == 200
                errors += draft.status_code != 200
            body = {"answers": answers(step), "submitted_by": signer(step % NETWORKS)}
            headers = {"Idempotency-Key": f"step-{step}"}
            tries = 2 if step % 10 == 3 else 1  # a client that retries, unsure it got through
            for _ in range(tries):
                reply = client.post(url, json=body, headers=headers)
                errors += reply.status_code != 200
                if reply.status_code == 200 and reply.json["replayed"]:
                    replays += 1
                elif reply.status_code == 200:
                    receipts.add(f"receipt:{round_id}:{network_id}:{reply.json['version']}")
                    saved_at = datetime.fromisoformat(reply.json["saved_at"])
                    last_saved = max(last_saved, saved_at)
            time.sleep(max(0.0, started + (step + 1) * PACE_SECONDS - time.monotonic()))
        down = time.monotonic() - started
        accepted = len(receipts)
        answered = min(STEPS, NETWORKS)

        env = {**os.environ, **service}
        worker = start_service_process("worker", env, tmp_path)
        beat = start_service_process("beat", env, tmp_path)
        returned = time.monotonic()
        summary_url = f"/api/v1/rounds/{round_id}/summary"

        def expected_ids() -> set[str]:
            with runtime.database.session() as session:
                keys = session.scalars(select(MailMessage.key)).all()
            return {message_id(key, settings.mail_from) for key in keys}

        def undispatched() -> int:
            with runtime.database.session() as session:
                return (
                    session.scalar(
                        select(func.count())
                        .select_from(DomainEvent)
                        .where(DomainEvent.dispatched_at.is_(None))
                    )
                    or 0
                )

        caught_up: dict[str, float] = {}  # when each part had caught up, after `returned`

        def recovered() -> dict | None:
            nonlocal errors
            reply = client.get(summary_url, headers=admin)
            errors += reply.status_code >= 500
            summary = reply.json if reply.status_code == 200 else None
            parts = {
                "summary": summary is not None
                and summary["response_count"] == answered
                and datetime.fromisoformat(summary["as_of"]) >= last_saved,
                "mail": expected_ids() <= server.sink.message_ids().keys(),
                "events": undispatched() == 0,
            }
            for part, done in parts.items():
                if done:
                    caught_up.setdefault(part, time.monotonic() - returned)
            return summary if all(parts.values()) else None

        summary = wait_for(recovered, timeout=RECOVERY_TIMEOUT_SECONDS, step=0.5)
        recovery = time.monotonic() - returned
        time.sleep(6)  # a beat period more: nothing is sent again
    finally:
        stop_service_process(worker)
        stop_service_process(beat)
        server.stop()
    try:
        with runtime.database.session() as session:
            versions = session.execute(
                select(ResponseVersion.number, Response.network_id)
                .join(Response, Response.id == ResponseVersion.response_id)
                .where(Response.round_id == round_id, ResponseVersion.kind == "submission")
            ).all()
            events = Counter(
                session.scalars(
                    select(DomainEvent.type).where(DomainEvent.type.in_(RESPONSE_EVENTS))
                )
            )
            mail = list(session.scalars(select(MailMessage)))
            waiting = undispatched()
    finally:
        runtime.database.dispose()
        truncate_all(postgres_url)
    stored = len({(network_id, number) for number, network_id in versions})
    in_summary = summary["response_count"] if summary else 0
    queued = Counter(m.kind for m in mail)
    expected = {message_id(m.key, settings.mail_from) for m in mail}
    seen = server.sink.message_ids()
    sent = len(expected & seen.keys())
    lost = (accepted - stored) + (answered - in_summary) + (len(expected) - sent) + waiting
    duplicated = (
        (len(versions) - stored)
        + (sum(events.values()) - accepted)
        + sum(count - 1 for count in seen.values())
        + len(seen.keys() - expected)
    )
    report(
        FAULT_FIGURES,
        f"worker and beat down {down:.0f} s: {accepted} submissions accepted "
        f"({answered} networks, {drafts} drafts, {replays} retries replayed), {stored} stored, "
        f"{in_summary} in the summary, {lost} lost, {duplicated} duplicated, mails "
        f"{sent}/{len(expected)} sent ({queued['invitation']} invitations, "
        f"{queued['receipt']} receipts), {waiting} events undispatched, {errors} "
        f"client-visible errors; recovered {recovery:.1f} s after the worker and beat started "
        f"({', '.join(f'{part} {at:.1f} s' for part, at in caught_up.items())})",
    )
    assert summary, f"not all caught up {RECOVERY_TIMEOUT_SECONDS:.0f} s after they started"
    assert (stored, in_summary, lost, duplicated, errors) == (accepted, answered, 0, 0, 0)
    assert queued == {"invitation": NETWORKS, "receipt": accepted}
    assert {m.key for m in mail if m.kind == "receipt"} == receipts
    assert all(m.status == "sent" for m in mail)
    assert (events["response.submitted"], events["response.updated"]) == (
        answered,
        accepted - answered,
    ), "one event per accepted submission"
    assert accepted > NETWORKS and replays > 0 and drafts > 0, "the stream did what it says"
