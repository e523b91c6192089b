"""/api/v1/webhooks (admin) and /api/v1/event-log (staff)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text

from consult.adapters.webhooks import HttpNetwork
from consult.db import Database
from consult.domain import mail_queue, outbox, webhooks
from consult.models import DomainEvent, MailMessage
from tests.conftest import FOCAL_POINT, SAMPLE_ANSWERS, bearer

HOOK = {"url": "http://127.0.0.1:9/hook", "event_types": ["round.closed"], "description": "d"}


@pytest.fixture
def private_client(app_with):
    """A client of an app whose admin allows webhooks to private addresses (our receiver)."""
    return app_with(webhooks_allow_private=True).test_client()


def test_a_subscription_returns_its_secret_once(private_client, admin, database: Database):
    created = private_client.post("/api/v1/webhooks", json=HOOK, headers=admin)
    assert created.status_code == 201, created.json
    secret = created.json["secret"]
    assert secret.startswith("whsec_")
    assert created.json["webhook"]["event_types"] == ["round.closed"]
    assert created.json["webhook"]["active"] is True
    listing = private_client.get("/api/v1/webhooks", headers=admin)
    assert listing.status_code == 200 and len(listing.json) == 1
    assert secret not in listing.get_data(as_text=True)


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("ftp://example.org/hook", "url"),
        ("http://127.0.0.1:8000/hook", "url"),
        ("http://10.0.0.5/hook", "url"),
        ("http://[::1]/hook", "url"),
        ("not a url", "url"),
    ],
)
def test_bad_urls_are_refused(client, admin, url: str, field: str):
    refused = client.post("/api/v1/webhooks", json={**HOOK, "url": url}, headers=admin)
    assert refused.status_code == 422, refused.json
    assert field in refused.json["errors"]


@pytest.mark.parametrize(
    "body",
    [
        {**HOOK, "event_types": ["no.such"]},
        {**HOOK, "event_types": []},
        {**HOOK, "secret": "mine"},
        {"url": HOOK["url"]},
    ],
)
def test_bad_bodies_are_refused(private_client, admin, body):
    assert private_client.post("/api/v1/webhooks", json=body, headers=admin).status_code == 422


def test_webhooks_are_for_admins_and_the_event_log_for_staff(client, keys):
    for role in ("viewer", "staff"):
        headers = bearer(keys[role])
        assert client.get("/api/v1/webhooks", headers=headers).status_code == 403
        assert client.post("/api/v1/webhooks", json=HOOK, headers=headers).status_code == 403
        assert client.delete("/api/v1/webhooks/1", headers=headers).status_code == 403
        assert client.get("/api/v1/webhooks/1/deliveries", headers=headers).status_code == 403
    assert client.get("/api/v1/webhooks").status_code == 401
    assert client.get("/api/v1/event-log", headers=bearer(keys["viewer"])).status_code == 403
    assert client.get("/api/v1/event-log", headers=bearer(keys["staff"])).status_code == 200


def test_deliveries_show_every_attempt_and_can_be_replayed(
    private_client, admin, database: Database
):
    hook_id = private_client.post("/api/v1/webhooks", json=HOOK, headers=admin).json["webhook"][
        "id"
    ]
    with database.session() as session:
        outbox.record(session, "round.closed", "round", 1, {})
    with database.session() as session:
        outbox.relay(session, lambda event: webhooks.enqueue(session, event))

    class Refusing(HttpNetwork):
        def post(self, url: str, headers: dict[str, str], body: bytes, t: float) -> webhooks.Answer:
            return webhooks.Answer(503, "HTTP 503")

    webhooks.send_due(database, Refusing(), True)
    listed = private_client.get(f"/api/v1/webhooks/{hook_id}/deliveries", headers=admin)
    assert listed.status_code == 200, listed.json
    (delivery,) = listed.json["items"]
    assert delivery["status"] == "pending" and delivery["attempts"] == 1
    (attempt,) = delivery["tries"]
    assert attempt["response_code"] == 503 and attempt["ok"] is False
    assert attempt["latency_ms"] >= 0 and attempt["error"] == "HTTP 503"

    replayed = private_client.post(
        f"/api/v1/webhooks/{hook_id}/deliveries/{delivery['id']}/replay", headers=admin
    )
    assert replayed.status_code == 202 and replayed.json["status"] == "pending"
    missing = f"/api/v1/webhooks/{hook_id}/deliveries/999/replay"
    assert private_client.post(missing, headers=admin).status_code == 404

    assert private_client.delete(f"/api/v1/webhooks/{hook_id}", headers=admin).status_code == 204
    assert private_client.get("/api/v1/webhooks", headers=admin).json == []
    assert private_client.delete(f"/api/v1/webhooks/{hook_id}", headers=admin).status_code == 404
    with database.session() as session:
        assert session.execute(text("SELECT count(*) FROM webhook_deliveries")).scalar() == 0


def test_event_log_filters_by_type_round_and_since(client, keys, database: Database):
    staff = bearer(keys["staff"])
    with database.session() as session:
        outbox.record(session, "round.closed", "round", 1, {})
        outbox.record(session, "round.closed", "round", 2, {})
        outbox.record(session, "response.submitted", "response", 5, {"round_id": 2})
    everything = client.get("/api/v1/event-log", headers=staff).json
    assert everything["total"] == 3
    assert [e["type"] for e in everything["items"]] == [
        "round.closed",
        "round.closed",
        "response.submitted",
    ]
    of_round = client.get("/api/v1/event-log?round=2", headers=staff).json
    assert [(e["type"], e["aggregate_id"]) for e in of_round["items"]] == [
        ("round.closed", 2),
        ("response.submitted", 5),
    ]
    closed = client.get("/api/v1/event-log?type=round.closed&page_size=1&page=2", headers=staff)
    assert closed.json["total"] == 2 and closed.json["items"][0]["aggregate_id"] == 2
    later = (datetime.now(UTC) + timedelta(minutes=1)).isoformat()
    assert (
        client.get("/api/v1/event-log", query_string={"since": later}, headers=staff).json["total"]
        == 0
    )
    for bad in ("type=no.such", "round=0", "since=yesterday", "colour=red"):
        assert client.get(f"/api/v1/event-log?{bad}", headers=staff).status_code == 422, bad


def events_of(database: Database, type_: str) -> list[dict]:
    with database.session() as session:
        found = session.scalars(select(DomainEvent).where(DomainEvent.type == type_))
        return [{"aggregate_id": e.aggregate_id, **e.payload} for e in found]


def test_a_resubmission_is_response_updated(client, database: Database, launched_round):
    token = launched_round.tokens()[0]
    body = {"answers": SAMPLE_ANSWERS, "submitted_by": FOCAL_POINT}
    assert client.post(f"/api/v1/respond/{token}", json=body).status_code == 200
    again = {**body, "answers": {**SAMPLE_ANSWERS, "members": 99}}
    assert client.post(f"/api/v1/respond/{token}", json=again).status_code == 200
    (first,) = events_of(database, "response.submitted")
    (second,) = events_of(database, "response.updated")
    assert second["round_id"] == first["round_id"] == launched_round.id
    assert second["version"] > first["version"]


def test_a_followup_records_followup_sent(client, admin, database: Database, launched_round):
    body = {"kind": "reminder"}
    sent = client.post(f"/api/v1/rounds/{launched_round.id}/followups", json=body, headers=admin)
    assert sent.status_code == 201, sent.json
    (event,) = events_of(database, "followup.sent")
    assert event["round_id"] == launched_round.id and event["kind"] == "reminder"
    assert event["queued"] == sent.json["queued"] >= 1
    assert event["aggregate_id"] == sent.json["followup"]["id"]


def test_a_message_given_up_records_message_failed(database: Database, launched_round):
    with database.session() as session:
        message = session.scalars(select(MailMessage).order_by(MailMessage.id)).first()
        assert message is not None
        mail_queue.finish(session, [message.id], "failed", datetime.now(UTC), "refused")
        message_id, key = message.id, message.key
    (event,) = events_of(database, "message.failed")
    assert event["aggregate_id"] == message_id and event["key"] == key
    assert "refused" not in str(event) and "@" not in str(event)
