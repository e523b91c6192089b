"""What a weekly digest says: for staff, the state of every round; for a contact, theirs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import case, exists, func, select
from sqlalchemy.orm import Session

from consult.domain.followups import followup_report
from consult.models import (
    CalendarEvent,
    Contact,
    Followup,
    Invitation,
    MailMessage,
    Network,
    Response,
    Round,
    Summary,
)
from consult.texts import pick
from consult.texts.places import network_name
from consult.texts.times import local_date

EVENTS_AHEAD = timedelta(days=90)
LISTED_FAILURES = 20


def staff_digest(
    session: Session, week_start: datetime, week_end: datetime, zone: ZoneInfo, language: str
) -> dict[str, Any]:
    """Open rounds with deadlines and response rates, rounds closing this week, networks
    their mail cannot reach, summaries made in the last week, mail that failed, and events
    ahead."""
    submitted = func.sum(case((Invitation.status == "submitted", 1), else_=0))
    rows = session.execute(
        select(Round, func.count(Invitation.id), submitted)
        .join(Invitation, Invitation.round_id == Round.id)
        .where(Round.status == "open")
        .group_by(Round.id)
        .order_by(Round.closes_at, Round.id)
    ).all()
    summarised = set(
        session.scalars(
            select(Summary.round_id)
            .where(Summary.round_id.in_([round_.id for round_, _, _ in rows]))
            .distinct()
        )
    )
    open_rounds = [
        {
            "id": round_.id,
            "summarised": round_.id in summarised,
            "title": pick(round_.title, language),
            "closes": local_date(round_.closes_at, zone, language),
            "invited": invited,
            "submitted": int(answered or 0),
            "rate": round(100 * int(answered or 0) / invited) if invited else 0,
            "closing_this_week": bool(round_.closes_at and round_.closes_at < week_end),
        }
        for round_, invited, answered in rows
    ]
    failures = session.scalars(
        select(MailMessage)
        .where(MailMessage.status == "failed")
        .order_by(MailMessage.id.desc())
        .limit(LISTED_FAILURES)
    ).all()
    return {
        "open_rounds": open_rounds,
        "closing": [item for item in open_rounds if item["closing_this_week"]],
        "unreachable": _unreachable(session, [round_ for round_, _, _ in rows], language),
        "summaries": _new_summaries(session, week_start, language, zone),
        "failed_mail": [
            {"key": m.key, "to": m.to_email, "error": m.last_error or ""} for m in failures
        ],
        "events": upcoming_events(session, week_start, zone, language),
        "validations": _validations(session, language),
    }


def _unreachable(session: Session, rounds: list[Round], language: str) -> list[dict[str, Any]]:
    """Per open round, the invited networks with no contact: no mail reaches them, so
    staff must hand them their link."""
    no_contact = ~exists().where(Contact.network_id == Network.id)
    names: dict[int, list[str]] = {}
    for round_id, network in session.execute(
        select(Invitation.round_id, Network)
        .join(Network, Network.id == Invitation.network_id)
        .where(Invitation.round_id.in_([round_.id for round_ in rounds]), no_contact)
        .order_by(Network.name)
    ):
        names.setdefault(round_id, []).append(network_name(network, language))
    return [
        {"title": pick(round_.title, language), "networks": names[round_.id]}
        for round_ in rounds
        if round_.id in names
    ]


def _validations(session: Session, language: str) -> list[dict[str, Any]]:
    """Closed rounds whose common response is out for validation, with the tally so far."""
    found = session.execute(
        select(Round, Followup)
        .join(Followup, Followup.round_id == Round.id)
        .where(Round.status == "closed", Followup.kind == "validation")
        .order_by(Round.closed_at, Round.id)
    ).all()
    return [
        {
            "id": round_.id,
            "title": pick(round_.title, language),
            **followup_report(session, round_.id, f.id).tally,
        }
        for round_, f in found
    ]


def contact_digest(
    session: Session,
    contact: Contact,
    week_start: datetime,
    zone: ZoneInfo,
    language: str,
    link_of: Callable[[Invitation], str],
) -> dict[str, Any]:
    """The contact's network's open invitations, summaries of rounds it answered, events."""
    invitations = session.scalars(
        select(Invitation)
        .join(Round, Round.id == Invitation.round_id)
        .where(Invitation.network_id == contact.network_id, Round.status == "open")
        .order_by(Round.closes_at, Round.id)
    ).all()
    answered = select(Response.round_id).where(
        Response.network_id == contact.network_id, Response.submitted_version_id.is_not(None)
    )
    return {
        "network": network_name(contact.network, language),
        "invitations": [
            {
                "title": pick(invitation.round.title, language),
                "closes": local_date(invitation.round.closes_at, zone, language),
                "answered": invitation.status == "submitted",
                "link": link_of(invitation),
            }
            for invitation in invitations
        ],
        "summaries": _new_summaries(session, week_start, language, zone, among=answered),
        "events": upcoming_events(session, week_start, zone, language),
    }


def _new_summaries(
    session: Session, week_start: datetime, language: str, zone: ZoneInfo, among: Any = None
) -> list[dict[str, Any]]:
    """The latest summary of each round made in the week before `week_start`."""
    latest = (
        select(Summary.round_id, func.max(Summary.version).label("version"))
        .where(Summary.created_at >= week_start - timedelta(days=7))
        .group_by(Summary.round_id)
    )
    if among is not None:
        latest = latest.where(Summary.round_id.in_(among))
    found = latest.subquery()
    rows = session.execute(
        select(Round, Summary)
        .join(found, found.c.round_id == Round.id)
        .join(
            Summary, (Summary.round_id == found.c.round_id) & (Summary.version == found.c.version)
        )
        .order_by(Round.id)
    ).all()
    return [
        {
            "id": round_.id,
            "title": pick(round_.title, language),
            "version": summary.version,
            "responses": summary.response_count,
            "final": summary.final,
            "as_of": local_date(summary.as_of, zone, language),
        }
        for round_, summary in rows
    ]


def upcoming_events(
    session: Session, start: datetime, zone: ZoneInfo, language: str
) -> list[dict[str, Any]]:
    events = session.scalars(
        select(CalendarEvent)
        .where(CalendarEvent.starts_at >= start, CalendarEvent.starts_at < start + EVENTS_AHEAD)
        .order_by(CalendarEvent.starts_at, CalendarEvent.id)
    ).all()
    return [
        {
            "title": pick(e.title, language),
            "starts": local_date(e.starts_at, zone, language),
            "place": e.place or "",
        }
        for e in events
    ]
