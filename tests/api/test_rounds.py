"""Rounds: drafted, checked, launched to their audience, closed and published."""

from __future__ import annotations

import csv
import re
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from consult.models import DomainEvent
from tests.conftest import FOCAL_POINT, NETWORKS_CSV, SAMPLE_ANSWERS


def event_types(database, round_id):
    with database.session() as session:
        return [
            event.type
            for event in session.scalars(
                select(DomainEvent)
                .where(DomainEvent.aggregate == "round", DomainEvent.aggregate_id == round_id)
                .order_by(DomainEvent.id)
            )
        ]


def test_sample_round_is_created_as_a_draft_with_khmer_intact(client, admin, sample_round):
    response = client.post("/api/v1/rounds", json=sample_round, headers=admin)
    assert response.status_code == 201
    created = response.json
    assert created["status"] == "draft"
    assert created["title"] == sample_round["title"]
    assert created["questions"][0]["text"]["km"] == sample_round["questions"][0]["text"]["km"]
    assert created["reminders_days_before_close"] == [7, 1]
    fetched = client.get(f"/api/v1/rounds/{created['id']}", headers=admin).json
    assert fetched["questions"] == created["questions"]


def test_a_deadline_given_in_body_time_is_echoed_as_every_read_returns_it(
    client, admin, sample_round
):
    sample_round["closes_at"] = "2030-12-31T17:00:00+07:00"
    created = client.post("/api/v1/rounds", json=sample_round, headers=admin).json
    fetched = client.get(f"/api/v1/rounds/{created['id']}", headers=admin).json
    assert created["closes_at"] == fetched["closes_at"] == "2030-12-31T10:00:00+00:00"


def test_questionnaire_error_names_the_question_and_field(client, admin, sample_round):
    sample_round["questions"][3]["options"][1]["key"] = "mou"  # a duplicate option key
    sample_round["questions"][5]["min"] = 2000  # min above max
    response = client.post("/api/v1/rounds", json=sample_round, headers=admin)
    assert response.status_code == 422
    problems = response.json["errors"]["questions"]
    assert problems["mechanism"] == {"options": ["Two options have the same key."]}
    assert problems["members"] == {"min": ["Larger than max."]}


def test_rounds_list_filters_by_status(client, admin, launched_round, sample_round):
    client.post("/api/v1/rounds", json=sample_round, headers=admin)
    drafts = client.get("/api/v1/rounds?status=draft", headers=admin).json
    opened = client.get("/api/v1/rounds?status=open", headers=admin).json
    assert (drafts["total"], opened["total"]) == (1, 1)
    assert opened["items"][0]["id"] == launched_round.id


def test_launch_invites_the_audience_and_shows_each_link_once(client, admin, launched_round):
    with NETWORKS_CSV.open(encoding="utf-8") as handle:
        expected = {row["name"] for row in csv.DictReader(handle)}
    invited = {item["network"]["name"] for item in launched_round.invitations}
    assert invited == expected and len(launched_round.invitations) == 34
    first = launched_round.invitations[0]
    assert first["link"].endswith(f"/r/{first['token']}")
    assert len(first["token"]) >= 22  # 128 bits or more
    report = client.get(f"/api/v1/rounds/{launched_round.id}/invitations", headers=admin).json
    assert "token" not in str(report)
    assert {item["status"] for item in report["items"]} == {"pending"}


def test_audience_filter_chooses_the_networks(client, admin, networks_csv, sample_round):
    client.post(
        "/api/v1/networks/import", data=networks_csv, headers={**admin, "Content-Type": "text/csv"}
    )
    sample_round["audience"] = {"kinds": ["provincial"], "mou": True}
    round_id = client.post("/api/v1/rounds", json=sample_round, headers=admin).json["id"]
    launched = client.post(f"/api/v1/rounds/{round_id}/launch", headers=admin).json
    with NETWORKS_CSV.open(encoding="utf-8") as handle:
        expected = {
            row["name"]
            for row in csv.DictReader(handle)
            if row["kind"] == "provincial" and row["mou"] == "yes"
        }
    assert {item["network"]["name"] for item in launched["invitations"]} == expected


def test_wrong_transitions_get_409_with_the_current_status(client, admin, launched_round):
    round_url = f"/api/v1/rounds/{launched_round.id}"
    again = client.post(f"{round_url}/launch", headers=admin)
    assert again.status_code == 409 and again.json["errors"] == {"status": ["open"]}
    assert client.post(f"{round_url}/publish", headers=admin).json["errors"] == {"status": ["open"]}
    assert client.post(f"{round_url}/close", headers=admin).json["status"] == "closed"
    assert client.post(f"{round_url}/close", headers=admin).status_code == 409
    published = client.post(f"{round_url}/publish", headers=admin)
    assert published.json["status"] == "published" and published.json["published_at"]


def test_each_transition_writes_a_domain_event(client, admin, database, launched_round):
    round_url = f"/api/v1/rounds/{launched_round.id}"
    client.post(f"{round_url}/close", headers=admin)
    client.post(f"{round_url}/publish", headers=admin)
    assert event_types(database, launched_round.id) == [
        "round.created",
        "round.launched",
        "round.closed",
        "round.published",
    ]


def test_launch_needs_a_future_closing_date_and_an_audience(client, admin, sample_round):
    sample_round["closes_at"] = (datetime.now(UTC) - timedelta(days=1)).isoformat()
    round_id = client.post("/api/v1/rounds", json=sample_round, headers=admin).json["id"]
    late = client.post(f"/api/v1/rounds/{round_id}/launch", headers=admin)
    assert late.status_code == 422 and "closes_at" in late.json["errors"]
    future = (datetime.now(UTC) + timedelta(days=3)).isoformat()
    client.patch(f"/api/v1/rounds/{round_id}", json={"closes_at": future}, headers=admin)
    empty = client.post(f"/api/v1/rounds/{round_id}/launch", headers=admin)
    assert empty.status_code == 422 and "audience" in empty.json["errors"]


def test_open_round_freezes_its_questionnaire_but_takes_a_new_deadline(
    client, admin, launched_round, sample_round
):
    round_url = f"/api/v1/rounds/{launched_round.id}"
    frozen = client.patch(round_url, json={"questions": sample_round["questions"]}, headers=admin)
    assert frozen.status_code == 409 and "questions" in frozen.json["errors"]
    later = (datetime.now(UTC) + timedelta(days=30)).replace(microsecond=0)
    moved = client.patch(round_url, json={"closes_at": later.isoformat()}, headers=admin)
    assert moved.status_code == 200
    assert datetime.fromisoformat(moved.json["closes_at"]) == later


def test_draft_can_be_edited_in_full(client, admin, sample_round):
    round_id = client.post("/api/v1/rounds", json=sample_round, headers=admin).json["id"]
    questions = sample_round["questions"][:2]
    edited = client.patch(
        f"/api/v1/rounds/{round_id}",
        json={"questions": questions, "title": {"km": "ចំណងជើងថ្មី"}},
        headers=admin,
    )
    assert edited.status_code == 200
    assert [q["key"] for q in edited.json["questions"]] == ["coop_level", "collab_areas"]
    assert edited.json["title"] == {"km": "ចំណងជើងថ្មី"}


def test_invitations_show_response_rates_by_kind_and_province(client, admin, launched_round):
    for acronym in ("CCNC", "BNN"):
        token = launched_round.token_of(acronym)
        client.get(f"/api/v1/respond/{token}")
        body = {"answers": SAMPLE_ANSWERS, "submitted_by": FOCAL_POINT}
        assert client.post(f"/api/v1/respond/{token}", json=body).status_code == 200
    client.get(f"/api/v1/respond/{launched_round.token_of('NGOF')}")
    report = client.get(f"/api/v1/rounds/{launched_round.id}/invitations", headers=admin).json
    assert report["response_rate"] == {"invited": 34, "submitted": 2, "rate": round(2 / 34, 4)}
    assert report["by_kind"]["umbrella"] == {"invited": 10, "submitted": 1, "rate": 0.1}
    assert report["by_province"]["Battambang"]["submitted"] == 1
    states = {item["network"]["acronym"]: item["status"] for item in report["items"]}
    assert (states["CCNC"], states["NGOF"], states["HACC"]) == ("submitted", "opened", "pending")


def test_reissued_link_replaces_the_old_one(client, admin, launched_round):
    old = launched_round.token_of("CCNC")
    network_id = next(
        item["network"]["id"]
        for item in launched_round.invitations
        if item["network"]["acronym"] == "CCNC"
    )
    reissued = client.post(
        f"/api/v1/rounds/{launched_round.id}/invitations/{network_id}/reissue", headers=admin
    )
    assert reissued.status_code == 200
    assert client.get(f"/api/v1/respond/{old}").status_code == 404
    assert client.get(f"/api/v1/respond/{reissued.json['token']}").status_code == 200


def test_staff_see_which_invited_networks_no_mail_reaches(
    client, admin, networks_csv, sample_round
):
    client.post(
        "/api/v1/networks/import", data=networks_csv, headers={**admin, "Content-Type": "text/csv"}
    )
    silent = {"name": "Kep Fishers Network", "name_km": "បណ្តាញអ្នកនេសាទកែប", "kind": "member"}
    assert client.post("/api/v1/networks", json=silent, headers=admin).status_code == 201
    sample_round["audience"] = {"all": True}
    round_id = client.post("/api/v1/rounds", json=sample_round, headers=admin).json["id"]
    launched = client.post(f"/api/v1/rounds/{round_id}/launch", headers=admin).json
    contacts = {item["network"]["name"]: item["mail_contacts"] for item in launched["invitations"]}
    assert contacts.pop(silent["name"]) == 0 and set(contacts.values()) == {1}

    report = client.get(f"/api/v1/rounds/{round_id}/invitations", headers=admin).json
    unreached = [item["network"]["name"] for item in report["items"] if not item["mail_contacts"]]
    assert unreached == [silent["name"]]
    digest = client.get("/api/v1/digests/preview?staff=staff@example.org", headers=admin)
    assert "<p>Hello,</p>" in digest.get_data(True), "a staff address has no name to greet"
    section = re.search(r"no mail reaches them.*?</h2>\s*<ul>(.*?)</ul>", digest.get_data(True))
    assert section and re.findall(r"<li>.*?</strong>: ([^<]*)</li>", section[1]) == [silent["name"]]


def test_a_digest_preview_shows_no_link_that_works(client, admin, launched_round):
    network = client.get("/api/v1/networks?q=CCNC", headers=admin).json["items"][0]
    contact = network["contacts"][0]["id"]
    preview = client.get(f"/api/v1/digests/preview?contact={contact}", headers=admin)
    html = preview.get_data(as_text=True)
    assert preview.status_code == 200 and "/r/hidden-in-preview" in html
    assert launched_round.token_of("CCNC") not in html
    assert "/digests/stop/hidden-in-preview" in html
