"""Calendar: the body's events ahead and past, added, changed and deleted through the domain
functions and schemas of /api/v1/events; open rounds' deadlines stand among the events
ahead, in date order.

Times are typed and shown in the body's time zone (CONSULT_TIMEZONE) with
<input type="datetime-local">, which has no offset: the form's local time is given the
body's zone and then read by the API's schema, which stores it in UTC.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from flask import Blueprint, render_template, request
from werkzeug.wrappers import Response

from consult.console.blueprint import Page, back_to, language, page, record
from consult.console.forms import Errors, errors_of, read_form
from consult.console.paging import Pager, page_number
from consult.db import utcnow
from consult.domain import calendar, rounds
from consult.domain.errors import DomainError, status_of
from consult.models import CalendarEvent, Round
from consult.runtime import current_runtime
from consult.schemas.calendar import EventCreateSchema, EventUpdateSchema
from consult.session import request_session
from consult.texts import LANGUAGES, pick
from consult.texts.times import input_value, with_zone, zone_name

pages = Blueprint("calendar", __name__)
PAGE_SIZE = 20


def _zone() -> ZoneInfo:
    return current_runtime().settings.zone


@pages.route("/calendar")
@page("viewer")
def calendar_page() -> str:
    """Events under way or ahead, soonest first; and those that began before now, newest
    first. Each list has its own page number."""
    db, now = request_session(), utcnow()
    numbers = {"ahead": page_number("ahead"), "past": page_number("past")}
    ahead, ahead_total = calendar.list_events(db, now, None, numbers["ahead"], PAGE_SIZE)
    past, past_total = calendar.list_events(
        db, None, now, numbers["past"], PAGE_SIZE, newest_first=True
    )

    def pager(which: str, total: int) -> Pager:
        endpoint = "console.calendar.calendar_page"
        return Pager(numbers[which], total, PAGE_SIZE, endpoint, numbers, which, which)

    ahead_pager = pager("ahead", ahead_total)
    ahead_lines = _with_deadlines(ahead, ahead_pager.number == 1, ahead_pager.last)
    return render_template(
        "console/calendar.html",
        lists=(
            ("ahead", ahead_lines, ahead_pager),
            ("past", [CalendarLine(e.starts_at, e, None) for e in past], pager("past", past_total)),
        ),
        title_of=lambda event: pick(event.title, language()),
    )


class CalendarLine(NamedTuple):
    """A row of the calendar: an event, or an open round's deadline."""

    at: datetime
    event: CalendarEvent | None
    round: Round | None


def _with_deadlines(
    events: list[CalendarEvent], first_page: bool, last_page: bool
) -> list[CalendarLine]:
    """A page of events ahead with the deadlines that fall among them, by date: the first
    page holds every earlier deadline (a round past its close not yet closed), the last
    every later one, so each deadline is on exactly one page."""
    start = None if first_page or not events else events[0].starts_at
    end = None if last_page or not events else events[-1].starts_at
    lines = [CalendarLine(e.starts_at, e, None) for e in events]
    lines += [
        CalendarLine(r.closes_at, None, r)
        for r in rounds.open_round_deadlines(request_session(), start, end)
        if r.closes_at is not None
    ]
    return sorted(lines, key=lambda line: line.at)


@pages.route("/calendar/new", methods=["GET", "POST"])
@page("staff")
def new_event() -> Page:
    """Add an event (POST /api/v1/events)."""
    if request.method == "GET":
        return _event_page(None, {}, {})
    form = request.form.to_dict()
    db = request_session()
    try:
        event = calendar.create_event(db, read_form(EventCreateSchema(), _event_body(form)))
    except DomainError as refused:
        db.rollback()
        return _event_page(None, form, errors_of(refused), status_of(refused))
    record("event-create", pick(event.title, "en"), event_id=event.id)
    db.commit()
    return back_to("console.calendar.calendar_page")


@pages.route("/calendar/<int:event_id>")
@page("viewer")
def event_page(event_id: int) -> Page:
    """An event, with its form for staff."""
    event = calendar.get_event(request_session(), event_id)
    return _event_page(event, _event_values(event), {})


@pages.route("/calendar/<int:event_id>", methods=["POST"])
@page("staff")
def edit_event(event_id: int) -> Page:
    """Change an event (PATCH /api/v1/events/{id})."""
    db = request_session()
    event = calendar.get_event(db, event_id)
    form = request.form.to_dict()
    try:
        calendar.update_event(db, event_id, read_form(EventUpdateSchema(), _event_body(form)))
    except DomainError as refused:
        db.rollback()
        event = calendar.get_event(db, event_id)
        return _event_page(event, form, errors_of(refused), status_of(refused))
    record("event-edit", pick(event.title, "en"), event_id=event.id)
    db.commit()
    return back_to("console.calendar.calendar_page")


@pages.route("/calendar/<int:event_id>/delete", methods=["POST"])
@page("staff")
def delete_event(event_id: int) -> Response:
    """Delete an event (DELETE /api/v1/events/{id}); its rounds stay, unlinked."""
    db = request_session()
    event = calendar.get_event(db, event_id)
    title = pick(event.title, "en")
    calendar.delete_event(db, event_id)
    record("event-delete", title, event_id=event_id)
    db.commit()
    return back_to("console.calendar.calendar_page")


def _event_page(
    event: CalendarEvent | None, form: Mapping[str, Any], errors: Errors, status: int = 200
) -> tuple[str, int]:
    return render_template(
        "console/calendar_event.html",
        event=event,
        form=form,
        errors=errors,
        zone=zone_name(_zone().key, language()),
    ), status


def _event_values(event: CalendarEvent) -> dict[str, str]:
    """An event as its form shows it: local times, one box per language."""
    zone = _zone()
    return {
        "title_en": event.title.get("en", ""),
        "title_km": event.title.get("km", ""),
        "description_en": event.description.get("en", ""),
        "description_km": event.description.get("km", ""),
        "starts_at": input_value(event.starts_at, zone),
        "ends_at": input_value(event.ends_at, zone),
        "place": event.place or "",
    }


def _event_body(form: Mapping[str, str]) -> dict[str, Any]:
    """The form as the body of POST or PATCH /api/v1/events: the two languages of a text
    as one {"en", "km"} (an empty box left out), local times given the body's zone."""
    body: dict[str, Any] = {"title": _texts(form, "title")}
    description = _texts(form, "description")
    if description:
        body["description"] = description
    body["starts_at"] = with_zone(form.get("starts_at", ""), _zone())
    body["ends_at"] = with_zone(form.get("ends_at", ""), _zone())
    body["place"] = form.get("place", "").strip() or None
    return body


def _texts(form: Mapping[str, str], name: str) -> dict[str, str]:
    return {code: form[f"{name}_{code}"] for code in LANGUAGES if form.get(f"{name}_{code}")}
