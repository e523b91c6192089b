"""A round's calendar event is a real row: an unknown id is refused, naming the field."""

from __future__ import annotations


def test_round_with_unknown_calendar_event_is_refused(client, admin, sample_round):
    response = client.post(
        "/api/v1/rounds", json={**sample_round, "event_id": 987654}, headers=admin
    )
    assert response.status_code == 422
    assert "event_id" in response.json["errors"]


def test_linking_a_round_to_an_unknown_event_is_refused(client, admin, sample_round):
    round_id = client.post("/api/v1/rounds", json=sample_round, headers=admin).json["id"]
    response = client.patch(f"/api/v1/rounds/{round_id}", json={"event_id": 987654}, headers=admin)
    assert response.status_code == 422
    assert "event_id" in response.json["errors"]
