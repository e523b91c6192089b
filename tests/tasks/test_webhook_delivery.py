"""Webhook deliveries against a real HTTP receiver: signed, once each, in order per round,
through a receiver that times out, then answers 500, then recovers."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import select

from consult.adapters.webhooks import HttpNetwork
from consult.db import Database
from consult.domain import outbox, webhooks
from consult.domain.errors import Invalid
from consult.models import DomainEvent, WebhookAttempt, WebhookDelivery, WebhookSubscription

CLIENT_TIMEOUT = 0.5


class Receiver:
    """Answers requests for `target` (any request while it is None) from a script ("sleep",
    then status codes), everything else 200; keeps every request."""

    def __init__(self, script: list[str]) -> None:
        self.script = list(script)
        self.requests: list[tuple[dict[str, str], str, int]] = []
        self.lock = threading.Lock()
        self.target: str | None = None
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"])).decode()
                headers = {name.lower(): value for name, value in self.headers.items()}
                with receiver.lock:
                    scripted = receiver.target in (None, headers["webhook-id"])
                    step = receiver.script.pop(0) if receiver.script and scripted else "200"
                status = 0 if step == "sleep" else int(step)
                with receiver.lock:
                    receiver.requests.append((headers, body, status))
                try:
                    if step == "sleep":
                        time.sleep(CLIENT_TIMEOUT * 3)
                        status = 200  # too late: the sender has given up
                    self.send_response(status)
                    self.end_headers()
                except OSError:
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"

    def answered_ok(self) -> list[str]:
        return [headers["webhook-id"] for headers, _, status in self.requests if status == 200]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    receiver = Receiver(["sleep", "500"])
    thread = threading.Thread(target=receiver.server.serve_forever, daemon=True)
    thread.start()
    yield receiver
    receiver.server.shutdown()
    receiver.server.server_close()


def subscribe(database: Database, url: str, types: list[str]) -> tuple[int, str]:
    with database.session() as session:
        issued = webhooks.create_subscription(
            session, HttpNetwork(), url, types, "test", "tests", True
        )
        return issued.subscription.id, issued.secret


def record_and_relay(database: Database, events: list[tuple[str, int, dict]]) -> list[int]:
    """Record events, then run the relay the way the worker does (it enqueues deliveries)."""
    with database.session() as session:
        recorded = [outbox.record(session, t, "round", rid, payload) for t, rid, payload in events]
        session.flush()
        ids = [event.id for event in recorded]
    with database.session() as session:
        outbox.relay(session, lambda event: webhooks.enqueue(session, event))
    return ids


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def test_receiver_sees_each_event_once_in_order_through_timeout_500_and_recovery(
    database: Database, receiver: Receiver
):
    subscription_id, secret = subscribe(
        database, receiver.url, ["response.submitted", "summary.updated", "round.closed"]
    )
    ids = record_and_relay(
        database,
        [
            ("round.closed", 7, {}),
            ("summary.updated", 7, {"round_id": 7, "version": 3}),
            ("round.published", 7, {}),  # not subscribed: never delivered
            ("round.closed", 8, {}),
        ],
    )
    receiver.target = f"msg_{ids[0]}"
    clock = Clock()

    def run() -> dict[str, int]:
        return webhooks.send_due(database, HttpNetwork(), True, now=clock, timeout=CLIENT_TIMEOUT)

    assert run() == {"retry": 1}  # the receiver sleeps past the client's timeout
    assert receiver.answered_ok() == []
    assert run() == {"waiting": 1, "delivered": 1}  # round 8 does not wait on round 7
    clock.advance(webhooks.retry_delay(1))
    assert run() == {"retry": 1}  # 500
    clock.advance(webhooks.retry_delay(2))
    assert run() == {"delivered": 2}
    clock.advance(3600)
    assert run() == {}

    assert receiver.answered_ok() == [f"msg_{ids[3]}", f"msg_{ids[0]}", f"msg_{ids[1]}"]
    assert len(receiver.requests) == 5
    for headers, body, _ in receiver.requests:
        assert webhooks.verify(secret, headers, body)
        assert not webhooks.verify(webhooks.new_secret(), headers, body)
    with database.session() as session:
        first = session.scalar(
            select(WebhookDelivery).where(
                WebhookDelivery.subscription_id == subscription_id,
                WebhookDelivery.event_id == ids[0],
            )
        )
        assert first is not None and first.status == "delivered"
        attempts = webhooks.attempts_of(session, first.id)
        assert [(a.ok, a.response_code) for a in attempts] == [
            (False, None),
            (False, 500),
            (True, 200),
        ]
        assert "timed out" in (attempts[0].error or "")
        assert all(a.latency_ms >= 0 for a in attempts)
        assert attempts[0].latency_ms >= CLIENT_TIMEOUT * 1000 * 0.9
        subscription = session.get(WebhookSubscription, subscription_id)
        assert subscription is not None and subscription.consecutive_failures == 0


def test_an_event_handed_over_twice_is_delivered_once(database: Database, receiver: Receiver):
    receiver.script.clear()
    subscribe(database, receiver.url, ["round.closed"])
    (event_id,) = record_and_relay(database, [("round.closed", 1, {})])
    with database.session() as session:
        event = outbox.find_event(session, event_id)
        assert event is not None
        assert webhooks.enqueue(session, event) == 0
    clock = Clock()
    assert webhooks.send_due(database, HttpNetwork(), True, now=clock) == {"delivered": 1}
    with database.session() as session:
        (delivery_id,) = session.scalars(select(WebhookDelivery.id)).all()
    assert webhooks.deliver(database, HttpNetwork(), delivery_id, clock(), True) == "skipped"
    assert receiver.answered_ok() == [f"msg_{event_id}"]


def test_the_body_is_the_catalogued_versioned_payload(database: Database, receiver: Receiver):
    receiver.script.clear()
    subscribe(database, receiver.url, ["response.submitted"])
    payload = {"round_id": 3, "network_id": 4, "version": 2}
    with database.session() as session:
        outbox.record(session, "response.submitted", "response", 9, payload)
    with database.session() as session:
        outbox.relay(session, lambda event: webhooks.enqueue(session, event))
    webhooks.send_due(database, HttpNetwork(), True)
    (headers, body, _) = receiver.requests[0]
    sent = json.loads(body)
    assert sent["type"] == "response.submitted" and sent["version"] == 1
    assert sent["data"] == {"aggregate": "response", "aggregate_id": 9, **payload}
    assert set(webhooks.CATALOGUE["response.submitted"].fields) <= set(sent["data"])
    assert headers["content-type"] == "application/json"


class Failing(HttpNetwork):
    """The real resolver; every POST refused."""

    def post(self, url: str, headers: dict[str, str], body: bytes, t: float) -> webhooks.Answer:
        return webhooks.Answer(None, "ConnectionRefusedError: refused")


failing = Failing()


def test_a_subscription_is_disabled_after_a_run_of_failures(database: Database):
    subscription_id, _ = subscribe(database, "http://127.0.0.1:9/hook", ["round.closed"])
    record_and_relay(database, [("round.closed", 1, {})])
    clock = Clock()
    for _ in range(webhooks.DISABLE_AFTER_FAILURES):
        assert webhooks.send_due(database, failing, True, now=clock) == {"retry": 1}
        clock.advance(webhooks.MAX_RETRY_SECONDS)
    assert webhooks.send_due(database, failing, True, now=clock) == {}
    with database.session() as session:
        subscription = session.get(WebhookSubscription, subscription_id)
        assert subscription is not None and not subscription.active
        assert subscription.disabled_reason and "20 failed attempts" in subscription.disabled_reason
        assert len(session.scalars(select(WebhookAttempt)).all()) == 20
        disabled = session.scalars(
            select(DomainEvent).where(DomainEvent.type == "webhook.disabled")
        ).all()
        assert [event.aggregate_id for event in disabled] == [subscription_id]


def test_a_delivery_is_given_up_after_a_day_and_can_be_replayed(database: Database):
    subscription_id, _ = subscribe(database, "http://127.0.0.1:9/hook", ["round.closed"])
    record_and_relay(database, [("round.closed", 1, {})])
    clock = Clock()
    clock.advance(86400)
    assert webhooks.send_due(database, failing, True, now=clock) == {"failed": 1}
    with database.session() as session:
        (delivery,) = session.scalars(select(WebhookDelivery)).all()
        assert delivery.status == "failed"
        webhooks.replay(session, subscription_id, delivery.id, clock())

    class Answering(HttpNetwork):
        def post(self, url: str, headers: dict[str, str], body: bytes, t: float) -> webhooks.Answer:
            return webhooks.Answer(204)

    assert webhooks.send_due(database, Answering(), True, now=clock) == {"delivered": 1}


@pytest.mark.parametrize(
    "url",
    ["ftp://example.org/x", "http://127.0.0.1:8000/x", "http://10.1.2.3/x", "http://[::1]/x",
     "http://169.254.169.254/latest", "http://0.0.0.0/", "file:///etc/passwd", "https:///x"],
)  # fmt: skip
def test_only_http_to_public_addresses_unless_allowed(url: str):
    with pytest.raises(Invalid):
        webhooks.check_url(HttpNetwork(), url, allow_private=False)


def test_private_addresses_allowed_by_the_setting_and_public_ones_always():
    webhooks.check_url(HttpNetwork(), "http://127.0.0.1:8000/x", allow_private=True)
    webhooks.check_url(HttpNetwork(), "https://8.8.8.8/x", allow_private=False)
    with pytest.raises(Invalid):
        webhooks.check_url(HttpNetwork(), "ftp://127.0.0.1/x", allow_private=True)


def test_signature_matches_the_standard_webhooks_test_vector():
    # From the Standard Webhooks specification's reference libraries.
    signature = webhooks.sign(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "msg_p5jXN8AQM9LWM0D4loKWxJek",
        1614265330,
        '{"test": 2432232314}',
    )
    assert signature == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


def test_a_worker_relays_events_to_a_subscriber(tmp_path, receiver: Receiver):
    """The wiring end to end, on the embedded stack: the relay's commit adds deliveries and
    nudges the sender, which runs in the worker too."""
    from celery.contrib.testing.worker import start_worker

    from consult import migrate
    from consult import task_names as names
    from consult.config import Settings
    from consult.tasks import QUEUES, make_celery

    receiver.script.clear()
    settings = Settings.from_env(
        {"CONSULT_VAR_DIR": str(tmp_path), "CONSULT_WEBHOOKS_ALLOW_PRIVATE": "1"}
    )
    migrate.upgrade(settings.database_url)
    database = Database(settings.database_url)
    celery = make_celery(settings)
    try:
        _, secret = subscribe(database, receiver.url, ["round.published"])
        with database.session() as session:
            events = [outbox.record(session, "round.published", "round", n, {}) for n in (1, 2)]
            session.flush()
            ids = [event.id for event in events]
        with start_worker(celery, pool="solo", perform_ping_check=False, queues=list(QUEUES)):
            assert celery.send_task(names.OUTBOX_RELAY).get(timeout=30) == 2
            deadline = time.monotonic() + 30
            while len(receiver.answered_ok()) < 2 and time.monotonic() < deadline:
                time.sleep(0.1)
            assert celery.send_task(names.WEBHOOKS_SEND_DUE).get(timeout=30) == {}
    finally:
        database.dispose()
    assert receiver.answered_ok() == [f"msg_{ids[0]}", f"msg_{ids[1]}"]
    assert all(webhooks.verify(secret, headers, body) for headers, body, _ in receiver.requests)
