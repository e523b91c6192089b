"""The calendar: CRUD by role, the iCalendar feed calendar programs subscribe to, seeding."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import vobject
from click.testing import CliRunner
from icalendar import Calendar

from consult.cli import main
from consult.domain.calendar import round_links, seed_body_calendar
from consult.models import Round

FORUM = {
    "title": {"en": "Provincial networks forum", "km": "វេទិកាបណ្តាញខេត្ត"},
    "description": {"en": "Results of the consultation", "km": "លទ្ធផលនៃការពិគ្រោះយោបល់"},
    "starts_at": "2026-12-10T08:00:00+07:00",
    "ends_at": "2026-12-10T12:00:00+07:00",
    "place": "Battambang",
}


def test_staff_add_change_and_remove_events_viewers_read_them(client, admin, viewer):
    assert client.post("/api/v1/events", json=FORUM, headers=viewer).status_code == 403
    created = client.post("/api/v1/events", json=FORUM, headers=admin)
    assert created.status_code == 201, created.json
    event = created.json
    assert event["title"]["km"] == "វេទិកាបណ្តាញខេត្ត"
    url = f"/api/v1/events/{event['id']}"
    changed = client.patch(url, json={"place": "Siem Reap"}, headers=admin)
    assert changed.json["place"] == "Siem Reap" and changed.json["title"] == FORUM["title"]
    listed = client.get("/api/v1/events?start=2026-12-01T00:00:00Z", headers=viewer).json
    assert [item["id"] for item in listed["items"]] == [event["id"]]
    assert client.delete(url, headers=admin).status_code == 204
    assert client.get(url, headers=viewer).status_code == 404


def test_bad_events_are_refused_by_field(client, admin):
    backwards = {**FORUM, "ends_at": "2026-12-09T08:00:00+07:00"}
    reply = client.post("/api/v1/events", json=backwards, headers=admin)
    assert reply.status_code == 422 and "ends_at" in reply.json["errors"]
    naive = {**FORUM, "starts_at": "2026-12-10T08:00:00"}
    reply = client.post("/api/v1/events", json=naive, headers=admin)
    assert reply.status_code == 422 and "starts_at" in reply.json["errors"]
    unknown_round = {**FORUM, "round_ids": [999]}
    reply = client.post("/api/v1/events", json=unknown_round, headers=admin)
    assert reply.status_code == 422 and "round_ids" in reply.json["errors"]


def test_the_feed_is_valid_icalendar_with_the_seeded_calendar(client, app):
    runtime = app.extensions["consult"]
    with runtime.database.session() as session:
        assert seed_body_calendar(session, runtime.settings.zone) == 3
    with runtime.database.session() as session:
        assert seed_body_calendar(session, runtime.settings.zone) == 0, "seeding twice adds none"
    feed = client.get("/api/v1/events.ics")  # no key: calendar programs cannot send one
    assert feed.status_code == 200 and feed.content_type.startswith("text/calendar")
    calendar = Calendar.from_ical(feed.data)
    events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert [(str(e["summary"]), e.decoded("dtstart").astimezone(runtime.settings.zone).date())
            for e in events] == [
        ("M&E Learning Forum", date(2025, 2, 21)),
        ("Finance Learning Forum", date(2025, 3, 6)),
        ("Members' 35th Annual General Meeting", date(2025, 3, 13)),
    ]  # fmt: skip
    assert all(e["uid"] and e.get("dtstamp") for e in events)
    khmer = Calendar.from_ical(client.get("/api/v1/events.ics?lang=km").data)
    assert "មហាសន្និបាតប្រចាំឆ្នាំលើកទី៣៥" in [str(e["summary"]) for e in khmer.walk("VEVENT")][2]


def test_seed_events_command(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSULT_VAR_DIR", str(tmp_path))
    for name in ("CONSULT_DATABASE_URL", "CONSULT_BROKER_URL", "CONSULT_RESULT_BACKEND"):
        monkeypatch.delenv(name, raising=False)
    assert CliRunner().invoke(main, ["db", "upgrade"]).exit_code == 0
    first = CliRunner().invoke(main, ["seed-events"])
    assert first.exit_code == 0 and "3 events added" in first.output
    assert "0 events added" in CliRunner().invoke(main, ["seed-events"]).output


def test_the_feed_reads_the_same_in_two_independent_parsers(client, admin, answered_round, app):
    """icalendar and vobject both read local Phnom Penh times, the zone, place, description
    and the link to what came of the linked round."""
    runtime = app.extensions["consult"]
    linked = {**FORUM, "round_ids": [answered_round.id]}
    assert client.post("/api/v1/events", json=linked, headers=admin).status_code == 201
    unlinked = {
        "title": {"en": "AGM"},
        "starts_at": FORUM["starts_at"],
        "ends_at": FORUM["ends_at"],
    }
    assert client.post("/api/v1/events", json=unlinked, headers=admin).status_code == 201
    public = runtime.settings.public_url
    report = f"{public}/api/v1/rounds/{answered_round.id}/summary/report?lang=km"
    feed = client.get("/api/v1/events.ics?lang=km").data
    starts = datetime(2026, 12, 10, 8, tzinfo=ZoneInfo("Asia/Phnom_Penh"))

    calendar = Calendar.from_ical(feed)
    assert str(calendar["x-wr-timezone"]) == "Asia/Phnom_Penh"
    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["Asia/Phnom_Penh"]
    agm, forum = sorted(calendar.walk("VEVENT"), key=lambda e: str(e["summary"]))  # Latin first
    assert forum["dtstart"].params["TZID"] == "Asia/Phnom_Penh"
    assert forum.decoded("dtstart") == starts and forum.decoded("dtstart").hour == 8
    assert forum.decoded("dtend") == starts + timedelta(hours=4)
    assert str(forum["location"]) == "Battambang"
    assert str(forum["description"]).startswith("លទ្ធផលនៃការពិគ្រោះយោបល់")
    assert str(forum["url"]) == report and report in str(forum["description"])
    assert "url" not in agm and "location" not in agm and "description" not in agm

    parsed = vobject.readOne(feed.decode("utf-8"))
    assert parsed.x_wr_timezone.value == "Asia/Phnom_Penh"
    assert parsed.vtimezone.tzid.value == "Asia/Phnom_Penh"
    entry = next(e for e in parsed.vevent_list if e.summary.value == "វេទិកាបណ្តាញខេត្ត")
    # vobject turns TZID and the VTIMEZONE into the value's tzinfo: 08:00 at +07:00.
    assert entry.dtstart.value == starts and entry.dtstart.value.hour == 8
    assert entry.dtstart.value.utcoffset() == timedelta(hours=7)
    assert entry.dtend.value == starts + timedelta(hours=4)
    assert entry.location.value == "Battambang"
    assert entry.url.value == report
    assert entry.description.value.splitlines() == ["លទ្ធផលនៃការពិគ្រោះយោបល់", report]


def test_a_published_round_links_to_its_public_results(app, answered_round):
    runtime = app.extensions["consult"]
    with runtime.database.session() as session:
        session.get(Round, answered_round.id).status = "published"
        session.flush()
        links = round_links(session, {answered_round.id, 999}, "https://consult.example")
    assert links == {answered_round.id: f"https://consult.example/results/{answered_round.id}"}
