"""The SMTP server is down during a launch and back once the sender has tried three times,
backing off (a few seconds, the back-off capped at 5 s): everything arrives once."""

from __future__ import annotations

import time
from collections import Counter

import pytest
from sqlalchemy import select

from consult.models import MailMessage
from tests.conftest import NETWORKS_CSV, launch_over_http
from tests.mail.smtp import wait_until
from tests.mail.test_followups import DIRECTORY

TRIES_WHILE_DOWN = 3


@pytest.mark.parametrize("mail_stack", [{"CONSULT_MAIL_RETRY_MAX_SECONDS": "5"}], indirect=True)
def test_invitations_wait_out_an_smtp_outage_and_arrive_exactly_once(
    mail_stack, smtp_server, sample_round
):
    smtp_server.stop()
    client = mail_stack.app.test_client()
    launch_over_http(client, mail_stack.admin, NETWORKS_CSV.read_bytes(), sample_round)

    def beat() -> None:  # what beat does every few seconds
        mail_stack.celery.send_task("consult.mail.send_due")

    def tried_and_waiting():
        with mail_stack.database.session() as session:
            messages = session.scalars(select(MailMessage)).all()
            return len(messages) == 34 and any(m.last_error for m in messages)

    def tried_again_and_again() -> bool:
        with mail_stack.database.session() as session:
            waiting = session.scalars(select(MailMessage)).all()
            return max(m.attempts for m in waiting) >= TRIES_WHILE_DOWN

    def none_sending() -> bool:  # the last beat's try is over
        with mail_stack.database.session() as session:
            return "sending" not in set(session.scalars(select(MailMessage.status)))

    assert wait_until(tried_and_waiting, timeout=30)
    assert wait_until(tried_again_and_again, timeout=60, step=1, tick=beat)
    assert wait_until(none_sending, timeout=30)
    with mail_stack.database.session() as session:
        waiting = session.scalars(select(MailMessage)).all()
        assert {m.status for m in waiting} == {"queued"}, "nothing is lost or given up"
        assert max(m.attempts for m in waiting) >= TRIES_WHILE_DOWN, "it kept trying, backing off"
    assert smtp_server.sink.count() == 0

    smtp_server.start()
    assert wait_until(lambda: smtp_server.sink.count() >= 34, timeout=30, step=1, tick=beat)
    for _ in range(5):  # more beats: nothing is sent twice
        beat()
        time.sleep(0.5)
    received = Counter(address for r in smtp_server.sink.messages for address in r.to)
    assert received == Counter(row["contact_email"] for row in DIRECTORY)
    with mail_stack.database.session() as session:
        statuses = Counter(m.status for m in session.scalars(select(MailMessage)))
    assert statuses == {"sent": 34}
