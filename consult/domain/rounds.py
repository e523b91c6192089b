"""Rounds: drafted, launched to their audience, closed, published."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult.domain import due_mail, outbox
from consult.domain.audience import networks_in
from consult.domain.errors import (
    Conflict,
    Invalid,
    NotFound,
    message,
    round_status,
    status_conflict,
)
from consult.domain.paging import paginate
from consult.domain.tokens import issue_link, new_token
from consult.models import CalendarEvent, CommonResponseVersion, Invitation, Network, Round

ROUND_FIELDS = (
    "title",
    "purpose",
    "questionnaire",
    "audience",
    "opens_at",
    "closes_at",
    "reminders_days_before_close",
    "event_id",
    "lens",
)
# What staff may still change once networks have been invited (the lens only changes how
# the answers are compared: the next recompute uses it).
OPEN_ROUND_FIELDS = ("closes_at", "reminders_days_before_close", "event_id", "lens")


@dataclass(frozen=True)
class IssuedToken:
    """A network's new link token: returned once to the caller, never stored in clear."""

    network: Network
    token: str

    def handed_over(self, base_url: str) -> dict[str, Any]:
        """The link in both forms (the web form, the API) and how many contacts get it by
        mail: what staff hand over, once, to a network that has no address."""
        return {
            "network": self.network,
            "token": self.token,
            "link": f"{base_url}/r/{self.token}",
            "api": f"{base_url}/api/v1/respond/{self.token}",
            "mail_contacts": len(self.network.contacts),
        }


def create_round(session: Session, fields: Mapping[str, Any]) -> Round:
    round_ = Round(status="draft")
    _require_calendar_event(session, fields.get("event_id"))
    for name in ROUND_FIELDS:
        if name in fields:
            setattr(round_, name, fields[name])
    round_.reminders_days_before_close = sorted(
        fields.get("reminders_days_before_close", [7, 1]), reverse=True
    )
    session.add(round_)
    session.flush()
    outbox.record(session, "round.created", "round", round_.id, {})
    return round_


def get_round(session: Session, round_id: int, *, for_update: bool = False) -> Round:
    query = select(Round).where(Round.id == round_id)
    round_ = session.scalar(query.with_for_update() if for_update else query)
    if round_ is None:
        raise NotFound("refused_no_round", round=round_id)
    return round_


def list_rounds(
    session: Session, status: str | None, page: int, page_size: int
) -> tuple[list[Round], int]:
    query = select(Round)
    if status:
        query = query.where(Round.status == status)
    return paginate(session, query, (Round.id.desc(),), page, page_size)


def open_round_deadlines(
    session: Session, start: datetime | None, end: datetime | None
) -> list[Round]:
    """Open rounds that close at or after `start` and before `end`, soonest first: the
    calendar shows their deadlines beside the body's events."""
    query = select(Round).where(Round.status == "open", Round.closes_at.is_not(None))
    if start is not None:
        query = query.where(Round.closes_at >= start)
    if end is not None:
        query = query.where(Round.closes_at < end)
    return list(session.scalars(query.order_by(Round.closes_at, Round.id)))


def update_round(session: Session, round_id: int, changes: Mapping[str, Any]) -> Round:
    """Edit a draft freely; once open, only the deadline, reminders and linked event."""
    round_ = get_round(session, round_id, for_update=True)
    if round_.status in ("closed", "published"):
        raise status_conflict("refused_round_unchangeable", round_id, round_.status)
    if round_.status == "open":
        frozen = sorted(set(changes) - set(OPEN_ROUND_FIELDS))
        if frozen:
            raise Conflict(
                "refused_round_frozen",
                {_wire_name(name): ["refused_frozen_when_open"] for name in frozen},
                round=round_id,
            )
    _require_calendar_event(session, changes.get("event_id"))
    for name in ROUND_FIELDS:
        if name in changes:
            setattr(round_, name, changes[name])
    if "reminders_days_before_close" in changes:
        round_.reminders_days_before_close = sorted(
            changes["reminders_days_before_close"], reverse=True
        )
    opens, closes = round_.opens_at, round_.closes_at
    if opens and closes and closes <= opens:
        raise Invalid("refused_closes_before_opens", {"closes_at": ["refused_before_opens"]})
    session.flush()
    outbox.record(session, "round.updated", "round", round_.id, {"changed": sorted(changes)})
    return round_


def launch_round(
    session: Session, round_id: int, now: datetime, secret_key: str
) -> tuple[Round, list[IssuedToken]]:
    """Open a draft: invite every network of its audience, each with its own link token."""
    round_ = get_round(session, round_id, for_update=True)
    _require_status(round_, "draft", "refused_cannot_launch")
    if round_.closes_at is None or round_.closes_at <= now:
        raise Invalid("refused_close_in_past", {"closes_at": ["refused_future_to_launch"]})
    audience = networks_in(session, round_.audience)
    if not audience:
        raise Invalid("refused_audience_empty", {"audience": ["refused_no_network_matches"]})
    invitations = [
        Invitation(round_id=round_.id, network_id=network.id, token_hash=new_token()[1])
        for network in audience
    ]
    session.add_all(invitations)
    session.flush()  # ids first: a link is derived from its invitation's id
    issued = [
        IssuedToken(network, issue_link(invitation, secret_key))
        for network, invitation in zip(audience, invitations, strict=True)
    ]
    round_.status = "open"
    round_.launched_at = now
    round_.opens_at = round_.opens_at or now
    session.flush()
    outbox.record(
        session, "round.launched", "round", round_.id, {"networks": [n.id for n in audience]}
    )
    due_mail.queue_invitations(session, round_.id)  # mail rides the launch's transaction
    return round_, issued


@dataclass(frozen=True)
class Transition:
    """A step of the lifecycle after launch: from which status, to which, what it records."""

    source: str
    target: str
    stamp: str
    event: str
    refusal: str  # the key said when the round is not in `source`


TRANSITIONS = {
    "close": Transition("open", "closed", "closed_at", "round.closed", "refused_cannot_close"),
    "publish": Transition(
        "closed", "published", "published_at", "round.published", "refused_cannot_publish"
    ),
}


def move_round(session: Session, round_id: int, action: str, now: datetime) -> Round:
    """Close an open round (answers freeze) or publish a closed one; else Conflict."""
    transition = TRANSITIONS[action]
    round_ = get_round(session, round_id, for_update=True)
    _require_status(round_, transition.source, transition.refusal)
    if action == "publish":
        _require_approval(session, round_)
    round_.status = transition.target
    setattr(round_, transition.stamp, now)
    outbox.record(session, transition.event, "round", round_.id, {})
    return round_


def rounds_due_to_close(session: Session, now: datetime) -> list[int]:
    """The open rounds whose closes_at has passed, for beat to close one by one."""
    return list(
        session.scalars(select(Round.id).where(Round.status == "open", Round.closes_at <= now))
    )


def close_if_due(session: Session, round_id: int, now: datetime) -> bool:
    """Close the round if it is still open (staff may have closed it meanwhile)."""
    round_ = session.get(Round, round_id)
    if round_ is None or round_.status != "open":
        return False
    move_round(session, round_id, "close", now)
    return True


def _require_calendar_event(session: Session, event_id: int | None) -> None:
    """A 422 naming the field rather than the foreign key's IntegrityError."""
    if event_id is not None and session.get(CalendarEvent, event_id) is None:
        no_event = message("refused_no_calendar_event", event=event_id)
        raise Invalid("refused_unknown_event", {"event_id": [no_event]})


def awaiting_approval(session: Session, round_id: int) -> bool:
    """The round's common response is drafted but not approved: it cannot be published."""
    kinds = set(
        session.scalars(
            select(CommonResponseVersion.kind).where(CommonResponseVersion.round_id == round_id)
        )
    )
    return bool(kinds) and "approval" not in kinds


def _require_approval(session: Session, round_: Round) -> None:
    """A round with a drafted common response is published with what staff approved."""
    if awaiting_approval(session, round_.id):
        raise Conflict(
            "refused_publish_unapproved",
            {"common_response": ["refused_not_approved"]},
            round=round_.id,
        )


def _require_status(round_: Round, wanted: str, refusal: str) -> None:
    """`refusal` is the key that says which action cannot be done (launch, close, publish)."""
    if round_.status != wanted:
        raise status_conflict(refusal, round_.id, round_.status, wanted=round_status(wanted))


def _wire_name(field: str) -> str:
    return "questions" if field == "questionnaire" else field
