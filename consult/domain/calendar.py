"""The body's calendar of events, and its iCalendar (RFC 5545) feed."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from uuid import uuid4
from zoneinfo import ZoneInfo

from icalendar import Calendar, Timezone
from icalendar import Event as FeedEntry
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from consult.domain.errors import Invalid, NotFound, message
from consult.domain.paging import paginate
from consult.models import CalendarEvent, Round, Summary
from consult.texts import pick

# The body's published calendar (its website's events page), loaded by `consult seed-events`.
BODY_CALENDAR: tuple[dict[str, Any], ...] = (
    {
        "uid": "2025-02-21-me-learning-forum@consult",
        "title": {"en": "M&E Learning Forum", "km": "វេទិកាសិក្សាស្តីពីការតាមដាន និងវាយតម្លៃ"},
        "starts": "2025-02-21T08:00:00",
        "ends": "2025-02-21T17:00:00",
    },
    {
        "uid": "2025-03-06-finance-learning-forum@consult",
        "title": {"en": "Finance Learning Forum", "km": "វេទិកាសិក្សាស្តីពីហិរញ្ញវត្ថុ"},
        "starts": "2025-03-06T08:00:00",
        "ends": "2025-03-06T17:00:00",
    },
    {
        "uid": "2025-03-13-members-35th-agm@consult",
        "title": {
            "en": "Members' 35th Annual General Meeting",
            "km": "មហាសន្និបាតប្រចាំឆ្នាំលើកទី៣៥ របស់សមាជិក",
        },
        "starts": "2025-03-13T08:00:00",
        "ends": "2025-03-13T17:00:00",
    },
)


def list_events(
    session: Session,
    start: datetime | None,
    end: datetime | None,
    page: int,
    size: int,
    newest_first: bool = False,
) -> tuple[list[CalendarEvent], int]:
    """Events that end at or after `start` and begin before `end`, by start time; the
    console lists past events newest first (the last one held is the one asked about)."""
    query = select(CalendarEvent).options(selectinload(CalendarEvent.rounds))
    if start is not None:
        query = query.where(CalendarEvent.ends_at >= start)
    if end is not None:
        query = query.where(CalendarEvent.starts_at < end)
    order: tuple[Any, ...] = (CalendarEvent.starts_at, CalendarEvent.id)
    if newest_first:
        order = (CalendarEvent.starts_at.desc(), CalendarEvent.id.desc())
    return paginate(session, query, order, page, size)


def all_events(session: Session) -> list[CalendarEvent]:
    return list(
        session.scalars(
            select(CalendarEvent)
            .options(selectinload(CalendarEvent.rounds))
            .order_by(CalendarEvent.starts_at, CalendarEvent.id)
        )
    )


def get_event(session: Session, event_id: int) -> CalendarEvent:
    event = session.get(CalendarEvent, event_id)
    if event is None:
        raise NotFound("refused_no_event", event=event_id)
    return event


def create_event(session: Session, fields: Mapping[str, Any]) -> CalendarEvent:
    event = CalendarEvent(uid=f"{uuid4()}@consult", description={})
    _apply(session, event, fields)
    session.add(event)
    session.flush()
    return event


def update_event(session: Session, event_id: int, fields: Mapping[str, Any]) -> CalendarEvent:
    event = get_event(session, event_id)
    _apply(session, event, fields)
    session.flush()
    return event


def delete_event(session: Session, event_id: int) -> None:
    session.delete(get_event(session, event_id))
    session.flush()


def _apply(session: Session, event: CalendarEvent, fields: Mapping[str, Any]) -> None:
    for name in ("title", "description", "starts_at", "ends_at", "place"):
        if name in fields:
            setattr(event, name, fields[name])
    if event.ends_at < event.starts_at:
        raise Invalid("refused_event_ends_first", {"ends_at": ["refused_not_before_start"]})
    if "round_ids" in fields:
        event.rounds = _rounds(session, fields["round_ids"])


def _rounds(session: Session, round_ids: list[int]) -> list[Round]:
    """The rounds to link to an event (their `event_id`); a round linked to another event
    moves to this one, and the event's rounds left out of the list are unlinked."""
    found = list(session.scalars(select(Round).where(Round.id.in_(round_ids)).order_by(Round.id)))
    missing = sorted(set(round_ids) - {round_.id for round_ in found})
    if missing:
        no_round = [message("refused_no_round", round=i) for i in missing]
        raise Invalid("refused_unknown_rounds", {"round_ids": no_round})
    return found


def seed_body_calendar(session: Session, zone: ZoneInfo) -> int:
    """Add the body's calendar; an event already there (by uid) is left as it is."""
    added = 0
    for item in BODY_CALENDAR:
        if (
            session.scalar(select(CalendarEvent.id).where(CalendarEvent.uid == item["uid"]))
            is not None
        ):
            continue
        session.add(
            CalendarEvent(
                uid=item["uid"],
                title=item["title"],
                description={},
                starts_at=datetime.fromisoformat(item["starts"]).replace(tzinfo=zone),
                ends_at=datetime.fromisoformat(item["ends"]).replace(tzinfo=zone),
                place=None,
            )
        )
        added += 1
    session.flush()
    return added


CALENDAR_NAME = {"en": "Consultation calendar", "km": "ប្រតិទិនការពិគ្រោះយោបល់"}


def calendar_feed(session: Session, public_url: str, language: str, zone: ZoneInfo) -> bytes:
    """An RFC 5545 calendar of every event, texts in `language` (the other one if missing).

    Times are the body's local times with a TZID, and the feed carries that zone's
    VTIMEZONE (and X-WR-TIMEZONE for programs that read only that), so an event at 08:00 in
    Phnom Penh shows at 08:00 there whatever zone the subscriber's program assumes.
    """
    events = all_events(session)
    links = round_links(session, {i for event in events for i in event.round_ids}, public_url)
    calendar = Calendar()
    calendar.add("prodid", "-//consult//events//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", CALENDAR_NAME[language])
    calendar.add("x-wr-timezone", zone.key)
    calendar.add_component(Timezone.from_tzinfo(zone))
    stamp = datetime.now(UTC)
    for event in events:
        entry = FeedEntry()
        entry.add("uid", event.uid)
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.starts_at.astimezone(zone))
        entry.add("dtend", event.ends_at.astimezone(zone))
        entry.add("summary", pick(event.title, language))
        urls = [f"{links[i]}?lang={language}" for i in event.round_ids if i in links]
        description = "\n".join(part for part in (pick(event.description, language), *urls) if part)
        if description:
            entry.add("description", description)
        if urls:
            entry.add("url", urls[0])
        if event.place:
            entry.add("location", event.place)
        entry.add("last-modified", event.updated_at.astimezone(UTC))
        calendar.add_component(entry)
    feed: bytes = calendar.to_ical()  # icalendar leaves to_ical unannotated
    return feed


def round_links(session: Session, round_ids: set[int], public_url: str) -> dict[int, str]:
    """Where a reader finds what came of each round: its public results page once it is
    published, else its report (for staff) once it has a summary; no link before that."""
    if not round_ids:
        return {}
    published = set(
        session.scalars(
            select(Round.id).where(Round.id.in_(round_ids), Round.status == "published")
        )
    )
    summarised = set(
        session.scalars(select(Summary.round_id).where(Summary.round_id.in_(round_ids)).distinct())
    )
    links = {i: f"{public_url}/api/v1/rounds/{i}/summary/report" for i in summarised}
    links.update({i: f"{public_url}/results/{i}" for i in published})
    return links
