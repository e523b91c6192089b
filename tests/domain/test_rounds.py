"""A round's life: a draft launched to its audience, closed, then published."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from consult.domain import rounds
from consult.domain.errors import Conflict, Invalid
from consult.domain.tokens import token_hash
from consult.models import Invitation, MailMessage
from tests.factories import launch, make_network, make_round


def test_a_new_round_is_a_draft_reminding_from_the_earliest_step(session, now):
    round_ = make_round(session, now, reminders_days_before_close=[1, 7, 3])
    assert round_.status == "draft"
    assert round_.reminders_days_before_close == [7, 3, 1]


def test_launch_invites_each_network_with_a_link_only_its_hash_is_kept(session, now):
    networks = [make_network(session), make_network(session)]
    round_ = make_round(session, now)
    issued = launch(session, round_, now)

    assert round_.status == "open"
    assert round_.launched_at == now
    assert round_.opens_at == now
    assert {token.network.id for token in issued} == {network.id for network in networks}
    hashes = set(session.scalars(select(Invitation.token_hash)))
    assert hashes == {token_hash(token.token) for token in issued}
    assert not {token.token for token in issued} & hashes
    invitations = session.scalars(select(MailMessage).where(MailMessage.kind == "invitation"))
    assert sorted(mail.to_email for mail in invitations) == sorted(
        network.contacts[0].email for network in networks
    )


def test_launch_needs_a_closing_date_ahead_and_someone_to_ask(session, now):
    make_network(session, kind="provincial")
    past = make_round(session, now, closes_at=now - timedelta(minutes=1))
    with pytest.raises(Invalid) as refused:
        launch(session, past, now)
    assert "closes_at" in refused.value.errors

    nobody = make_round(session, now, audience={"kinds": ["umbrella"]})
    with pytest.raises(Invalid) as refused:
        launch(session, nobody, now)
    assert "audience" in refused.value.errors


def test_a_round_is_launched_once(session, now):
    make_network(session)
    round_ = make_round(session, now)
    launch(session, round_, now)
    with pytest.raises(Conflict):
        launch(session, round_, now)


def test_an_open_round_keeps_its_questions_but_may_move_its_deadline(session, now):
    make_network(session)
    round_ = make_round(session, now)
    launch(session, round_, now)
    with pytest.raises(Conflict) as refused:
        rounds.update_round(session, round_.id, {"questionnaire": []})
    assert "questions" in refused.value.errors

    later = now + timedelta(days=20)
    assert rounds.update_round(session, round_.id, {"closes_at": later}).closes_at == later


def test_close_then_publish_and_never_the_other_way(session, now):
    make_network(session)
    round_ = make_round(session, now)
    with pytest.raises(Conflict):
        rounds.move_round(session, round_.id, "close", now)  # a draft is not open
    launch(session, round_, now)
    with pytest.raises(Conflict):
        rounds.move_round(session, round_.id, "publish", now)  # an open round is not closed

    closed = rounds.move_round(session, round_.id, "close", now + timedelta(hours=1))
    assert (closed.status, closed.closed_at) == ("closed", now + timedelta(hours=1))
    with pytest.raises(Conflict):
        rounds.update_round(session, round_.id, {"closes_at": now + timedelta(days=30)})
    published = rounds.move_round(session, round_.id, "publish", now + timedelta(hours=2))
    assert published.status == "published"
