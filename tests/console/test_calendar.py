"""The calendar in the console: events typed and shown in the body's time zone, bilingual
titles, written through the API's schemas and domain functions; viewers read, staff write."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from consult.domain import calendar
from consult.models import AuditEntry, CalendarEvent, Round
from tests.console.conftest import post, signed_in

FORUM = {
    "title_en": "Provincial networks forum",
    "title_km": "វេទិកាបណ្តាញខេត្ត",
    "description_en": "Results of the consultation",
    "description_km": "",
    "starts_at": "2027-03-15T08:30",
    "ends_at": "2027-03-15T17:00",
    "place": "Battambang",
}


def actions(database) -> list[str]:
    with database.session() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        return [
            e.action
            for e in entries
            if e.actor.startswith("user:") and e.action not in ("sign-in", "sign-out")
        ]


def events(database) -> list[CalendarEvent]:
    with database.session() as session:
        return list(session.scalars(select(CalendarEvent).order_by(CalendarEvent.id)))


def add(database, title: str, starts: datetime, ends: datetime) -> int:
    with database.session() as session:
        made = calendar.create_event(
            session, {"title": {"en": title}, "starts_at": starts, "ends_at": ends}
        )
        session.commit()
        return made.id


def test_staff_add_change_and_delete_in_the_bodys_time(client, accounts, database, keys):
    signed_in(client, accounts["staff"].email)
    added = post(client, "/staff/calendar/new", FORUM, "/staff/calendar/new")
    assert added.status_code == 303
    (event,) = events(database)
    assert event.starts_at.replace(tzinfo=UTC) == datetime(2027, 3, 15, 1, 30, tzinfo=UTC)
    assert event.title == {"en": "Provincial networks forum", "km": "វេទិកាបណ្តាញខេត្ត"}
    assert event.description == {"en": "Results of the consultation"}
    api = client.get(
        f"/api/v1/events/{event.id}", headers={"Authorization": f"Bearer {keys['viewer']}"}
    ).json
    assert api["starts_at"] == "2027-03-15T01:30:00+00:00"
    listing = client.get("/staff/calendar")
    assert "2027-03-15 08:30" in listing.text and "វេទិកាបណ្តាញខេត្ត" in listing.text
    page = f"/staff/calendar/{event.id}"
    form = client.get(page)
    assert 'value="2027-03-15T08:30"' in form.text and 'value="2027-03-15T17:00"' in form.text
    assert "Phnom Penh (UTC+7)" in form.text
    later = {"starts_at": "2027-03-16T07:00", "ends_at": "2027-03-16T12:00", "place": "Siem Reap"}
    moved = post(client, page, {**FORUM, **later}, page)
    assert moved.status_code == 303
    (event,) = events(database)
    assert event.starts_at.replace(tzinfo=UTC) == datetime(2027, 3, 16, 0, 0, tzinfo=UTC)
    assert event.place == "Siem Reap"
    deleted = post(client, f"{page}/delete", {}, page)
    assert deleted.status_code == 303 and events(database) == []
    assert actions(database) == ["event-create", "event-edit", "event-delete"]
    with database.session() as session:
        details = session.scalars(
            select(AuditEntry.details).where(AuditEntry.action.like("event-%"))
        ).all()
        assert {d["event_id"] for d in details} == {event.id}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title_en": "", "title_km": ""}, "title"),
        ({"ends_at": "2027-03-15T07:00"}, "ends_at"),
        ({"starts_at": "2027-02-30T08:00"}, "starts_at"),
        ({"starts_at": ""}, "starts_at"),
        ({"place": "x" * 301}, "place"),
        ({"title_km": "ក" * 301}, "title"),
    ],
)
def test_a_refused_event_names_its_field_and_saves_nothing(
    client, accounts, database, changes, field
):
    signed_in(client, accounts["staff"].email)
    refused = post(client, "/staff/calendar/new", {**FORUM, **changes}, "/staff/calendar/new")
    assert refused.status_code == 422
    assert f'id="{field}-error"' in refused.text and "Nothing was saved" in refused.text
    assert events(database) == [] and actions(database) == []
    existing = add(
        database, "AGM", datetime(2027, 3, 1, 1, tzinfo=UTC), datetime(2027, 3, 1, 9, tzinfo=UTC)
    )
    page = f"/staff/calendar/{existing}"
    refused = post(client, page, {**FORUM, **changes}, page)
    assert refused.status_code == 422 and f'id="{field}-error"' in refused.text
    (event,) = events(database)
    assert event.title == {"en": "AGM"} and actions(database) == []


def test_events_ahead_soonest_first_and_past_newest_first(client, accounts, database):
    signed_in(client, accounts["viewer"].email)
    for title, year in (("Forum 2019", 2019), ("Forum 2031", 2031), ("Forum 2020", 2020),
                        ("Forum 2030", 2030)):  # fmt: skip
        add(
            database,
            title,
            datetime(year, 1, 1, 1, tzinfo=UTC),
            datetime(year, 1, 1, 9, tzinfo=UTC),
        )
    text = client.get("/staff/calendar").text
    ahead, past = text.split("Already begun or past")
    assert re.findall(r"Forum \d+", ahead) == ["Forum 2030", "Forum 2031"]
    assert re.findall(r"Forum \d+", past) == ["Forum 2020", "Forum 2019"]


def test_a_viewer_reads_but_every_write_is_a_403_page(client, accounts, database):
    existing = add(
        database, "AGM", datetime(2027, 3, 1, 1, tzinfo=UTC), datetime(2027, 3, 1, 9, tzinfo=UTC)
    )
    signed_in(client, accounts["viewer"].email)
    page = f"/staff/calendar/{existing}"
    shown = client.get(page)
    assert shown.status_code == 200 and "2027-03-01 08:00" in shown.text
    assert (
        "Save the event" not in shown.text
        and "Add an event" not in client.get("/staff/calendar").text
    )
    assert client.get("/staff/calendar/new").status_code == 403
    for path in ("/staff/calendar/new", page, f"{page}/delete"):
        refused = post(client, path, FORUM, page)
        assert refused.status_code == 403 and "This needs the staff role" in refused.text
    (event,) = events(database)
    assert event.title == {"en": "AGM"} and actions(database) == []


def test_every_write_without_its_token_is_refused(client, accounts, database):
    existing = add(
        database, "AGM", datetime(2027, 3, 1, 1, tzinfo=UTC), datetime(2027, 3, 1, 9, tzinfo=UTC)
    )
    signed_in(client, accounts["staff"].email)
    page = f"/staff/calendar/{existing}"
    for path in ("/staff/calendar/new", page, f"{page}/delete"):
        assert client.post(path, data=FORUM).status_code == 400, path
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(CalendarEvent)) == 1
    assert actions(database) == []


def test_an_unknown_event_is_a_404_page(client, accounts):
    signed_in(client, accounts["staff"].email)
    assert client.get("/staff/calendar/999").status_code == 404
    assert post(client, "/staff/calendar/999/delete", {}).status_code == 404


def test_open_rounds_deadlines_stand_among_the_events_ahead_by_date(
    client, accounts, database, launched_round, sample_round
):
    """Forums on 21 days, the round closing half a day after the 14th's start: its deadline
    stands between the forums of days 14 and 15, on the page holding them and on no other;
    a link opens the round."""
    signed_in(client, accounts["viewer"].email)
    with database.session() as session:
        closes = session.get(Round, launched_round.id).closes_at
    for day in range(1, 22):
        start = closes + timedelta(days=day - 14, hours=-12)
        add(database, f"Forum day {day}", start, start + timedelta(hours=2))
    first = client.get("/staff/calendar").text.split("Already begun or past")[0]
    order = re.findall(r"Forum day (\d+)|(Round closes:)", first)
    assert [day or mark for day, mark in order] == [
        *map(str, range(1, 15)), "Round closes:", *map(str, range(15, 21))
    ]  # fmt: skip
    assert f'href="/staff/rounds/{launched_round.id}">{sample_round["title"]["en"]}' in first
    second = client.get("/staff/calendar?ahead=2").text.split("Already begun or past")[0]
    assert "Forum day 21" in second and "Round closes:" not in second


def test_a_closed_rounds_deadline_is_not_shown(client, accounts, launched_round, admin):
    signed_in(client, accounts["viewer"].email)
    assert "Round closes:" in client.get("/staff/calendar").text
    client.post(f"/api/v1/rounds/{launched_round.id}/close", headers=admin)
    assert "Round closes:" not in client.get("/staff/calendar").text
