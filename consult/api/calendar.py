"""/api/v1/events: the body's calendar, and /api/v1/events.ics for calendar programs."""

from __future__ import annotations

from typing import Any

from flask import Response
from flask.views import MethodView

from consult.api.auth import public, require
from consult.api.blueprint import Blueprint
from consult.domain import calendar
from consult.models import CalendarEvent
from consult.runtime import current_runtime
from consult.schemas.calendar import (
    EventCreateSchema,
    EventQuerySchema,
    EventSchema,
    EventUpdateSchema,
    FeedQuerySchema,
)
from consult.schemas.common import page, page_of
from consult.session import request_session

blp = Blueprint("events", __name__, description="The calendar: learning forums, meetings")


@blp.route("")
class Events(MethodView):
    @require("viewer")
    @blp.arguments(EventQuerySchema, location="query")
    @blp.response(200, page_of(EventSchema))
    def get(self, query: dict[str, Any]) -> dict[str, Any]:
        """Events by start time, optionally between `start` and `end`."""
        items, total = calendar.list_events(
            request_session(), query.get("start"), query.get("end"), query["page"],
            query["page_size"],
        )  # fmt: skip
        return page(items, total, query)

    @require("staff")
    @blp.arguments(EventCreateSchema)
    @blp.response(201, EventSchema)
    def post(self, body: dict[str, Any]) -> CalendarEvent:
        """Add an event: bilingual title and description, start, end, place, related rounds."""
        session = request_session()
        event = calendar.create_event(session, body)
        session.commit()
        return event


@blp.route("/<id:event_id>")
class EventById(MethodView):
    @require("viewer")
    @blp.response(200, EventSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, event_id: int) -> CalendarEvent:
        return calendar.get_event(request_session(), event_id)

    @require("staff")
    @blp.arguments(EventUpdateSchema)
    @blp.response(200, EventSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def patch(self, body: dict[str, Any], event_id: int) -> CalendarEvent:
        session = request_session()
        event = calendar.update_event(session, event_id, body)
        session.commit()
        return event

    @require("staff")
    @blp.response(204)
    @blp.alt_response(404, response="NOT_FOUND")
    def delete(self, event_id: int) -> None:
        session = request_session()
        calendar.delete_event(session, event_id)
        session.commit()


feed_blp = Blueprint("calendar", __name__, description="The calendar as an iCalendar feed")


@feed_blp.route("")
class Feed(MethodView):
    @public
    @feed_blp.arguments(FeedQuerySchema, location="query")
    @feed_blp.response(200, content_type="text/calendar")
    def get(self, query: dict[str, Any]) -> Response:
        """Every event as RFC 5545 iCalendar in `lang`, local times with the body's
        VTIMEZONE, place, description and a link to a linked round's results or report:
        calendar programs subscribe to it without a key (the calendar is public)."""
        settings = current_runtime().settings
        body = calendar.calendar_feed(
            request_session(), settings.public_url, query["lang"], settings.zone
        )
        response = Response(body, content_type="text/calendar; charset=utf-8")
        response.headers["Content-Disposition"] = 'inline; filename="consult.ics"'
        return response
