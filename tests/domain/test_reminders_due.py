"""When reminders are due: the latest step of the plan reached, to networks yet to submit."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from consult.domain.due_mail import queue_reminders
from consult.models import Invitation, MailMessage
from tests.factories import launch, make_network, make_round


def reminders(session) -> list[MailMessage]:
    query = select(MailMessage).where(MailMessage.kind == "reminder").order_by(MailMessage.key)
    return list(session.scalars(query))


def open_round(session, now, closes_in=timedelta(days=14)):
    networks = [make_network(session), make_network(session)]
    round_ = make_round(session, now, closes_at=now + closes_in)
    launch(session, round_, now)
    return networks


def test_nothing_is_due_before_the_first_step(session, now):
    open_round(session, now)
    assert queue_reminders(session, now + timedelta(days=6)) == 0
    assert reminders(session) == []


def test_a_step_reminds_every_contact_once_however_often_it_runs(session, now):
    networks = open_round(session, now)
    week_before = now + timedelta(days=7, minutes=1)
    assert queue_reminders(session, week_before) == 2
    assert queue_reminders(session, week_before + timedelta(hours=1)) == 0
    sent = reminders(session)
    assert sorted(m.to_email for m in sent) == sorted(n.contacts[0].email for n in networks)
    assert all(m.key.endswith(":7") and m.params["days"] == 7 for m in sent)


def test_networks_that_submitted_are_not_reminded(session, now):
    networks = open_round(session, now)
    answered = session.scalars(
        select(Invitation).where(Invitation.network_id == networks[0].id)
    ).one()
    answered.status = "submitted"
    session.flush()
    queue_reminders(session, now + timedelta(days=13, hours=1))
    assert [m.to_email for m in reminders(session)] == [networks[1].contacts[0].email]


def test_a_late_launch_gets_only_the_latest_step(session, now):
    open_round(session, now, closes_in=timedelta(days=3))
    queue_reminders(session, now + timedelta(minutes=1))
    assert reminders(session) == []  # the 7-day step passed before the launch
    queue_reminders(session, now + timedelta(days=2, hours=1))
    assert {m.params["days"] for m in reminders(session)} == {1}


def test_no_reminder_once_the_round_has_closed(session, now):
    open_round(session, now)
    assert queue_reminders(session, now + timedelta(days=14, seconds=1)) == 0
