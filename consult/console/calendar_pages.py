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
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from flask import render_template, request, url_for
from marshmallow import ValidationError
from werkzeug.wrappers import Response

from consult.console.blueprint import (
    Errors,
    MenuEntry,
    Page,
    back_to,
    console,
    form_errors,
    language,
    page,
    record,
    signed_in,
)
from consult.db import utcnow
from consult.domain import calendar, rounds
from consult.domain.errors import DomainError, status_of
from consult.models import CalendarEvent, Round
from consult.roles import role_allows
from consult.runtime import current_runtime
from consult.schemas.calendar import EventCreateSchema, EventUpdateSchema
from consult.session import request_session
from consult.texts import LANGUAGES, pick, zone_name

NAV = [MenuEntry(40, "console.calendar_page", "nav_calendar", "viewer")]
PAGE_SIZE = 20
LOCAL_INPUT = "%Y-%m-%dT%H:%M"  # what <input type="datetime-local"> sends and shows


def _zone() -> ZoneInfo:
    return current_runtime().settings.zone


@console.route("/calendar")
@page("viewer")
def calendar_page() -> str:
    """Events under way or ahead, soonest first; and those that began before now, newest
    first. Each list has its own page number."""
    db, now = request_session(), utcnow()
    ahead_page = _page_number("ahead")
    past_page = _page_number("past")
    ahead, ahead_total = calendar.list_events(db, now, None, ahead_page, PAGE_SIZE)
    past, past_total = calendar.list_events(db, None, now, past_page, PAGE_SIZE, newest_first=True)

    def page_link(which: str, number: int) -> str:
        numbers = {"ahead": ahead_page, "past": past_page, which: number}
        return f"{url_for('console.calendar_page')}?{urlencode(numbers)}"

    ahead_lines = _with_deadlines(ahead, ahead_page == 1, ahead_page >= _pages(ahead_total))
    return render_template(
        "console/calendar.html",
        lists=(
            ("ahead", ahead_lines, ahead_total, ahead_page),
            ("past", [CalendarLine(e.starts_at, e, None) for e in past], past_total, past_page),
        ),
        pages=_pages,
        page_link=page_link,
        can_write=role_allows(signed_in().role, "staff"),
        title_of=lambda event: pick(event.title, language()),
    )


def _pages(total: int) -> int:
    return max(1, -(-total // PAGE_SIZE))


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


def _page_number(name: str) -> int:
    asked = request.args.get(name, "1")
    return int(asked) if asked.isdigit() and 0 < int(asked) <= 10_000 else 1


@console.route("/calendar/new", methods=["GET", "POST"])
@page("staff")
def new_event() -> Page:
    """Add an event (POST /api/v1/events)."""
    if request.method == "GET":
        return _event_page(None, {}, {})
    form = request.form.to_dict()
    db = request_session()
    try:
        event = calendar.create_event(db, EventCreateSchema().load(_event_body(form)))
    except ValidationError as invalid:
        return _event_page(None, form, form_errors(invalid), 422)
    except DomainError as refused:
        db.rollback()
        return _event_page(None, form, refused.errors_in(language()), status_of(refused))
    record("event-create", pick(event.title, "en"), event_id=event.id)
    db.commit()
    return back_to("console.calendar_page")


@console.route("/calendar/<int:event_id>")
@page("viewer")
def event_page(event_id: int) -> Page:
    """An event, with its form for staff."""
    event = calendar.get_event(request_session(), event_id)
    return _event_page(event, _event_values(event), {})


@console.route("/calendar/<int:event_id>", methods=["POST"])
@page("staff")
def edit_event(event_id: int) -> Page:
    """Change an event (PATCH /api/v1/events/{id})."""
    db = request_session()
    event = calendar.get_event(db, event_id)
    form = request.form.to_dict()
    try:
        calendar.update_event(db, event_id, EventUpdateSchema().load(_event_body(form)))
    except ValidationError as invalid:
        return _event_page(event, form, form_errors(invalid), 422)
    except DomainError as refused:
        db.rollback()
        event = calendar.get_event(db, event_id)
        return _event_page(event, form, refused.errors_in(language()), status_of(refused))
    record("event-edit", pick(event.title, "en"), event_id=event.id)
    db.commit()
    return back_to("console.calendar_page")


@console.route("/calendar/<int:event_id>/delete", methods=["POST"])
@page("staff")
def delete_event(event_id: int) -> Response:
    """Delete an event (DELETE /api/v1/events/{id}); its rounds stay, unlinked."""
    db = request_session()
    event = calendar.get_event(db, event_id)
    title = pick(event.title, "en")
    calendar.delete_event(db, event_id)
    record("event-delete", title, event_id=event_id)
    db.commit()
    return back_to("console.calendar_page")


def _event_page(
    event: CalendarEvent | None, form: Mapping[str, Any], errors: Errors, status: int = 200
) -> tuple[str, int]:
    return render_template(
        "console/calendar_event.html",
        event=event,
        form=form,
        errors=errors,
        zone=zone_name(_zone().key, language()),
        can_write=role_allows(signed_in().role, "staff"),
    ), status


def _event_values(event: CalendarEvent) -> dict[str, str]:
    """An event as its form shows it: local times, one box per language."""
    zone = _zone()
    return {
        "title_en": event.title.get("en", ""),
        "title_km": event.title.get("km", ""),
        "description_en": event.description.get("en", ""),
        "description_km": event.description.get("km", ""),
        "starts_at": event.starts_at.astimezone(zone).strftime(LOCAL_INPUT),
        "ends_at": event.ends_at.astimezone(zone).strftime(LOCAL_INPUT),
        "place": event.place or "",
    }


def _event_body(form: Mapping[str, str]) -> dict[str, Any]:
    """The form as the body of POST or PATCH /api/v1/events: the two languages of a text
    as one {"en", "km"} (an empty box left out), local times given the body's zone."""
    body: dict[str, Any] = {"title": _texts(form, "title")}
    description = _texts(form, "description")
    if description:
        body["description"] = description
    body["starts_at"] = _moment(form.get("starts_at", ""))
    body["ends_at"] = _moment(form.get("ends_at", ""))
    body["place"] = form.get("place", "").strip() or None
    return body


def _texts(form: Mapping[str, str], name: str) -> dict[str, str]:
    return {code: form[f"{name}_{code}"] for code in LANGUAGES if form.get(f"{name}_{code}")}


def _moment(typed: str) -> str:
    """A local time typed in the form, with the body's offset; anything else is left as
    typed for the schema to refuse by its field."""
    try:
        local = datetime.fromisoformat(typed.strip())
    except ValueError:
        return typed
    if local.tzinfo is None:
        local = local.replace(tzinfo=_zone())
    return local.isoformat()
