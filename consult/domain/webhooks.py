"""Domain events for other systems: the catalogue, subscriptions, and signed deliveries.

Deliveries are signed the Standard Webhooks way (https://www.standardwebhooks.com/):
`webhook-id`, `webhook-timestamp` and `webhook-signature: v1,<base64 HMAC-SHA256 of
"id.timestamp.body">` under the subscription's `whsec_` secret. Each (subscription, event)
is one delivery, retried with exponential back-off for a day; a later event of a round
waits until the earlier one reached that subscription.

The rules live here; the network does not. Resolving a host and POSTing a body go through
`Network`, which the caller hands in (consult.adapters.webhooks.HttpNetwork in the API and
the worker), so the rules run and are tested without a socket.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from ipaddress import IPv4Address, IPv6Address
from typing import Any, Protocol
from urllib.parse import urlsplit

from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session

from consult.db import Database, utcnow
from consult.domain import outbox
from consult.domain.errors import Invalid, NotFound, message
from consult.domain.paging import paginate
from consult.models import DomainEvent, WebhookAttempt, WebhookDelivery, WebhookSubscription

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EventType:
    """A documented event: what it means and which fields its `data` carries."""

    version: int
    description: str
    fields: tuple[str, ...]


# Every event the domain records. `data` always holds `aggregate` and `aggregate_id`
# besides these fields; a field is only ever added within a version, never removed or
# changed in meaning (that would be version 2).
CATALOGUE: dict[str, EventType] = {
    "network.created": EventType(1, "A network was added.", ("name",)),
    "network.updated": EventType(1, "A network's details changed.", ("changed",)),
    "network.archived": EventType(1, "A network was archived.", ()),
    "round.created": EventType(1, "A round was drafted.", ()),
    "round.updated": EventType(1, "A draft round changed.", ("changed",)),
    "round.launched": EventType(1, "A round opened; invitations went out.", ("networks",)),
    "round.closed": EventType(1, "A round closed; answers are frozen.", ()),
    "round.published": EventType(1, "A round's results were published.", ()),
    "response.submitted": EventType(
        1,
        "A network submitted its response for the first time.",
        ("round_id", "network_id", "version"),
    ),
    "response.updated": EventType(
        1,
        "A network submitted again, changing its submitted response.",
        ("round_id", "network_id", "version"),
    ),
    "summary.updated": EventType(
        1, "A new summary version was computed.", ("round_id", "version", "response_count", "final")
    ),
    "followup.sent": EventType(
        1,
        "A reminder, clarification or validation request was queued to networks.",
        ("round_id", "kind", "networks", "queued"),
    ),
    "message.failed": EventType(
        1,
        "An e-mail could not be delivered and will not be retried.",
        ("kind", "key", "attempts"),
    ),
    "webhook.disabled": EventType(
        1, "A webhook subscription was disabled after a run of failures.", ("failures", "reason")
    ),
    "common_response.approved": EventType(
        1, "Staff approved the round's common response.", ("version", "approved_by", "followup_id")
    ),
}
EVENT_TYPES = tuple(CATALOGUE)

SECRET_PREFIX = "whsec_"  # noqa: S105 (the format's prefix, not a secret)
TIMEOUT_SECONDS = 10.0
FIRST_RETRY_SECONDS = 5.0
MAX_RETRY_SECONDS = 3600.0
RETRY_FOR = timedelta(days=1)
DISABLE_AFTER_FAILURES = 20
DISABLE_AFTER_FAILING_FOR = timedelta(days=1)
MAX_ERROR_SAVED = 500  # characters of a failed attempt's error kept
CLAIM_MARGIN_SECONDS = 30.0


# -- signing ---------------------------------------------------------------------------


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(24)).decode()


def sign(secret: str, message_id: str, timestamp: int, body: str) -> str:
    """The `webhook-signature` header value for `body`, as the Standard Webhooks spec says."""
    key = base64.b64decode(secret.removeprefix(SECRET_PREFIX))
    signed = f"{message_id}.{timestamp}.{body}".encode()
    digest = hmac.new(key, signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def verify(secret: str, headers: dict[str, str], body: str) -> bool:
    """What a receiver does: any `v1` signature in the header matches (constant time)."""
    expected = sign(secret, headers["webhook-id"], int(headers["webhook-timestamp"]), body)
    given = headers["webhook-signature"].split()
    return any(hmac.compare_digest(expected, candidate) for candidate in given)


def message_of(event: DomainEvent) -> tuple[str, str]:
    """The event's webhook id (the same on every retry, for receivers to deduplicate) and
    its JSON body."""
    kind = CATALOGUE.get(event.type)
    body = {
        "type": event.type,
        "version": kind.version if kind else 1,
        "timestamp": event.occurred_at.isoformat(),
        "data": {"aggregate": event.aggregate, "aggregate_id": event.aggregate_id, **event.payload},
    }
    return f"msg_{event.id}", json.dumps(body, separators=(",", ":"), ensure_ascii=False)


def round_of(event: DomainEvent) -> int | None:
    """The round an event belongs to, which orders its deliveries."""
    if event.aggregate == "round":
        return event.aggregate_id
    round_id = event.payload.get("round_id")
    return round_id if isinstance(round_id, int) else None


# -- the network -----------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    """What a receiver said: a status code, or an error and no code."""

    code: int | None
    error: str | None = None


class Network(Protocol):
    """What the webhooks need of the network: consult.adapters.webhooks.HttpNetwork."""

    def addresses(self, host: str, port: int) -> list[IPv4Address | IPv6Address]:
        """Every address `host` resolves to; OSError when it resolves to none."""
        ...

    def post(self, url: str, headers: dict[str, str], body: bytes, timeout: float) -> Answer:
        """POST `body` once, following no redirect: the status, or why there is none."""
        ...


# -- addresses -------------------------------------------------------------------------


def check_url(network: Network, url: str, allow_private: bool) -> None:
    """Refuse anything but http(s) to public addresses (every address the host resolves
    to), unless `allow_private` (CONSULT_WEBHOOKS_ALLOW_PRIVATE)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Invalid("refused_webhook_scheme", {"url": ["refused_use_http"]})
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        addresses = network.addresses(parts.hostname, port)
    except (OSError, ValueError):
        raise Invalid("refused_host_unresolved", {"url": ["refused_unknown_host"]}) from None
    if allow_private:
        return
    for address in addresses:
        if not address.is_global or address.is_multicast:
            private = message("refused_private_address", host=parts.hostname, address=address)
            raise Invalid("refused_webhook_public_only", {"url": [private]})


# -- subscriptions ---------------------------------------------------------------------


@dataclass(frozen=True)
class IssuedSubscription:
    subscription: WebhookSubscription
    secret: str


def create_subscription(
    session: Session,
    network: Network,
    url: str,
    event_types: list[str],
    description: str,
    created_by: str,
    allow_private: bool,
) -> IssuedSubscription:
    check_url(network, url, allow_private)
    secret = new_secret()
    subscription = WebhookSubscription(
        url=url,
        event_types=sorted(set(event_types)),
        description=description,
        secret=secret,
        created_by=created_by,
    )
    session.add(subscription)
    session.flush()
    return IssuedSubscription(subscription, secret)


def list_subscriptions(session: Session) -> list[WebhookSubscription]:
    return list(session.scalars(select(WebhookSubscription).order_by(WebhookSubscription.id)))


def get_subscription(session: Session, subscription_id: int) -> WebhookSubscription:
    subscription = session.get(WebhookSubscription, subscription_id)
    if subscription is None:
        raise NotFound("refused_no_webhook", webhook=subscription_id)
    return subscription


def enable(session: Session, subscription_id: int, now: datetime) -> WebhookSubscription:
    """Turn a disabled subscription back on: its failure count starts again and the
    deliveries it was still owed are due now, oldest first as always. Events recorded while
    it was off were not queued for it; the event log has them."""
    subscription = get_subscription(session, subscription_id)
    subscription.active = True
    subscription.consecutive_failures = 0
    subscription.failing_since = None
    subscription.disabled_at = None
    subscription.disabled_reason = None
    session.execute(
        update(WebhookDelivery)
        .where(
            WebhookDelivery.subscription_id == subscription_id,
            WebhookDelivery.status == "pending",
        )
        .values(next_attempt_at=now)
    )
    session.flush()
    return subscription


def delete_subscription(session: Session, subscription_id: int) -> None:
    """Delete a subscription with its deliveries and attempts (the events stay)."""
    subscription = get_subscription(session, subscription_id)
    for delivery in session.scalars(
        select(WebhookDelivery).where(WebhookDelivery.subscription_id == subscription_id)
    ):
        for attempt in attempts_of(session, delivery.id):
            session.delete(attempt)
        session.delete(delivery)
    session.delete(subscription)
    session.flush()


def list_deliveries(
    session: Session, subscription_id: int, page: int, size: int
) -> tuple[list[WebhookDelivery], int]:
    get_subscription(session, subscription_id)
    query = select(WebhookDelivery).where(WebhookDelivery.subscription_id == subscription_id)
    return paginate(session, query, (WebhookDelivery.id.desc(),), page, size)


def attempts_of(session: Session, delivery_id: int) -> list[WebhookAttempt]:
    return list(
        session.scalars(
            select(WebhookAttempt)
            .where(WebhookAttempt.delivery_id == delivery_id)
            .order_by(WebhookAttempt.id)
        )
    )


def replay(
    session: Session, subscription_id: int, delivery_id: int, now: datetime
) -> WebhookDelivery:
    """Send a delivery again (delivered or given up): it is due now, with a fresh day."""
    delivery = session.get(WebhookDelivery, delivery_id)
    if delivery is None or delivery.subscription_id != subscription_id:
        raise NotFound("refused_no_delivery", delivery=delivery_id, webhook=subscription_id)
    delivery.status = "pending"
    delivery.next_attempt_at = now
    delivery.created_at = now
    delivery.delivered_at = None
    session.flush()
    return delivery


# -- the event log ---------------------------------------------------------------------


def event_log(
    session: Session,
    type_: str | None,
    round_id: int | None,
    since: datetime | None,
    page: int,
    size: int,
) -> tuple[list[DomainEvent], int]:
    query: Select[Any] = select(DomainEvent)
    if type_ is not None:
        query = query.where(DomainEvent.type == type_)
    if since is not None:
        query = query.where(DomainEvent.occurred_at >= since)
    if round_id is not None:
        # Round events name the round; the others carry it in their payload.
        round_events = (DomainEvent.aggregate == "round") & (DomainEvent.aggregate_id == round_id)
        query = query.where(round_events | _payload_round(round_id))
    return paginate(session, query, (DomainEvent.id,), page, size)


def _payload_round(round_id: int) -> Any:
    return DomainEvent.payload["round_id"].as_integer() == round_id


# -- deliveries ------------------------------------------------------------------------


def enqueue(session: Session, event: DomainEvent) -> int:
    """Add a delivery of `event` for each active subscription to its type; once only, so a
    relay that hands the event over twice delivers it once. Returns how many were added."""
    existing = set(
        session.scalars(
            select(WebhookDelivery.subscription_id).where(WebhookDelivery.event_id == event.id)
        )
    )
    added = 0
    for subscription in session.scalars(
        select(WebhookSubscription).where(WebhookSubscription.active.is_(True))
    ):
        if event.type in subscription.event_types and subscription.id not in existing:
            session.add(
                WebhookDelivery(
                    subscription_id=subscription.id,
                    event_id=event.id,
                    round_id=round_of(event),
                    created_at=event.occurred_at,
                )
            )
            added += 1
    return added


def due_deliveries(session: Session, now: datetime, limit: int = 500) -> list[tuple[int, int]]:
    """(delivery, subscription) ids of due deliveries to active subscriptions, oldest event
    first."""
    return [
        (row.id, row.subscription_id)
        for row in session.execute(
            select(WebhookDelivery.id, WebhookDelivery.subscription_id)
            .join(WebhookSubscription)
            .where(
                WebhookDelivery.status == "pending",
                WebhookDelivery.next_attempt_at <= now,
                WebhookSubscription.active.is_(True),
            )
            .order_by(WebhookDelivery.event_id)
            .limit(limit)
        )
    ]


@dataclass(frozen=True)
class Claimed:
    """A delivery taken for one attempt: what to send, and to whom."""

    delivery_id: int
    subscription_id: int
    url: str
    headers: dict[str, str]
    body: bytes


def claim(session: Session, delivery_id: int, now: datetime, timeout: float) -> Claimed | str:
    """Take a due delivery for one attempt, or say why not (`skipped`, `waiting` for an
    earlier event of its round). Its next attempt moves past the attempt's timeout, so a
    concurrent run leaves it alone; the caller commits before it sends."""
    delivery = session.get(WebhookDelivery, delivery_id, with_for_update=True)
    if delivery is None or delivery.status != "pending" or delivery.next_attempt_at > now:
        return "skipped"
    subscription = get_subscription(session, delivery.subscription_id)
    if not subscription.active:
        return "skipped"
    if delivery.round_id is not None and _earlier_waiting(session, delivery):
        return "waiting"
    event = session.get(DomainEvent, delivery.event_id)
    assert event is not None  # a foreign key
    message_id, body = message_of(event)
    timestamp = int(now.timestamp())
    headers = {
        "content-type": "application/json",
        "user-agent": "consult-webhooks/1",
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(subscription.secret, message_id, timestamp, body),
    }
    delivery.next_attempt_at = now + timedelta(seconds=timeout + CLAIM_MARGIN_SECONDS)
    return Claimed(delivery.id, subscription.id, subscription.url, headers, body.encode())


def record_attempt(
    session: Session, claimed: Claimed, now: datetime, answer: Answer, latency_ms: int
) -> str:
    """Record an attempt's outcome: `delivered`, `retry` (with back-off) or `failed` (a day
    of trying); a failure counts against the subscription."""
    delivery = session.get(WebhookDelivery, claimed.delivery_id, with_for_update=True)
    if delivery is None or delivery.status != "pending":
        return "skipped"  # deleted, or replayed and delivered meanwhile
    subscription = get_subscription(session, claimed.subscription_id)
    ok = answer.code is not None and 200 <= answer.code < 300
    session.add(
        WebhookAttempt(
            delivery_id=delivery.id,
            attempted_at=now,
            ok=ok,
            latency_ms=latency_ms,
            response_code=answer.code,
            error=None if ok else (answer.error or f"HTTP {answer.code}")[:MAX_ERROR_SAVED],
        )
    )
    delivery.attempts += 1
    if ok:
        delivery.status = "delivered"
        delivery.delivered_at = now
        subscription.consecutive_failures = 0
        subscription.failing_since = None
        session.flush()
        return "delivered"
    _note_failure(session, subscription, now)
    if now - delivery.created_at >= RETRY_FOR:
        delivery.status = "failed"
        session.flush()
        return "failed"
    delivery.next_attempt_at = now + timedelta(seconds=retry_delay(delivery.attempts))
    session.flush()
    return "retry"


def deliver(
    database: Database,
    network: Network,
    delivery_id: int,
    now: datetime,
    allow_private: bool,
    timeout: float = TIMEOUT_SECONDS,
) -> str:
    """Try one delivery if it is due: claim it, POST it with no transaction open (on SQLite
    an open one would hold the write lock, and submissions with it, for the whole
    timeout), then record the attempt."""
    with database.session() as session:
        claimed = claim(session, delivery_id, now, timeout)
    if isinstance(claimed, str):
        return claimed
    started = time.monotonic()
    try:
        check_url(network, claimed.url, allow_private)  # the host may resolve elsewhere by now
    except Invalid as exc:
        answer = Answer(None, exc.message)
    else:
        answer = network.post(claimed.url, claimed.headers, claimed.body, timeout)
    latency_ms = round((time.monotonic() - started) * 1000)
    with database.session() as session:
        return record_attempt(session, claimed, now, answer, latency_ms)


def retry_delay(attempts: int) -> float:
    """5 s, 10 s, 20 s, … up to an hour between attempts."""
    return float(min(MAX_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** min(attempts - 1, 20)))


def _earlier_waiting(session: Session, delivery: WebhookDelivery) -> bool:
    earlier = session.scalar(
        select(WebhookDelivery.id)
        .where(
            WebhookDelivery.subscription_id == delivery.subscription_id,
            WebhookDelivery.round_id == delivery.round_id,
            WebhookDelivery.event_id < delivery.event_id,
            WebhookDelivery.status == "pending",
        )
        .limit(1)
    )
    return earlier is not None


def _note_failure(session: Session, subscription: WebhookSubscription, now: datetime) -> None:
    subscription.consecutive_failures += 1
    subscription.failing_since = subscription.failing_since or now
    too_many = subscription.consecutive_failures >= DISABLE_AFTER_FAILURES
    too_long = now - subscription.failing_since >= DISABLE_AFTER_FAILING_FOR
    if subscription.active and (too_many or too_long):
        subscription.active = False
        subscription.disabled_at = now
        subscription.disabled_reason = (
            f"{subscription.consecutive_failures} failed attempts in a row since "
            f"{subscription.failing_since.isoformat()}"
        )
        log.error("webhook %s disabled: %s", subscription.id, subscription.disabled_reason)
        outbox.record(
            session,
            "webhook.disabled",
            "webhook",
            subscription.id,
            {"failures": subscription.consecutive_failures, "reason": subscription.disabled_reason},
        )


def send_due(
    database: Database,
    network: Network,
    allow_private: bool,
    now: Callable[[], datetime] = utcnow,
    timeout: float = TIMEOUT_SECONDS,
) -> dict[str, int]:
    """Try every due delivery, each attempt committed on its own; a subscription that
    failed once is left alone for the rest of the run. Returns counts by outcome."""
    with database.session() as session:
        due = due_deliveries(session, now())
    outcomes: dict[str, int] = {}
    failing: set[int] = set()
    for delivery_id, subscription_id in due:
        if subscription_id in failing:
            continue
        outcome = deliver(database, network, delivery_id, now(), allow_private, timeout)
        if outcome in ("retry", "failed"):
            failing.add(subscription_id)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    return outcomes
