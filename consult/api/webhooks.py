"""/api/v1/webhooks (admin): subscriptions, deliveries, replays; /api/v1/event-log (staff)."""

from __future__ import annotations

from typing import Any

from flask import g
from flask.views import MethodView

from consult.adapters.webhooks import HttpNetwork
from consult.api.auth import require
from consult.api.blueprint import Blueprint
from consult.db import utcnow
from consult.domain import webhooks
from consult.models import DomainEvent, WebhookDelivery, WebhookSubscription
from consult.runtime import current_runtime
from consult.schemas.common import PageQuerySchema, page, page_of
from consult.schemas.webhooks import (
    DeliverySchema,
    DomainEventSchema,
    EventLogQuerySchema,
    IssuedWebhookSchema,
    WebhookCreateSchema,
    WebhookSchema,
)
from consult.session import request_session

blp = Blueprint("webhooks", __name__, description="Signed deliveries of domain events (admin)")
log_blp = Blueprint("event_log", __name__, description="Domain events, as they were recorded")


@blp.route("")
class Webhooks(MethodView):
    @require("admin")
    @blp.response(200, WebhookSchema(many=True))
    def get(self) -> list[WebhookSubscription]:
        """Every subscription; secrets are never shown again."""
        return webhooks.list_subscriptions(request_session())

    @require("admin")
    @blp.arguments(WebhookCreateSchema)
    @blp.response(201, IssuedWebhookSchema)
    @blp.alt_response(422, response="UNPROCESSABLE_ENTITY")
    def post(self, body: dict[str, Any]) -> dict[str, Any]:
        """Subscribe a URL to event types; the response holds the signing secret, once."""
        session = request_session()
        issued = webhooks.create_subscription(
            session,
            HttpNetwork(),
            body["url"],
            body["event_types"],
            body["description"],
            g.api_key.name,
            current_runtime().settings.webhooks_allow_private,
        )
        session.commit()
        return {"webhook": issued.subscription, "secret": issued.secret}


@blp.route("/<id:webhook_id>")
class WebhookById(MethodView):
    @require("admin")
    @blp.response(204)
    @blp.alt_response(404, response="NOT_FOUND")
    def delete(self, webhook_id: int) -> None:
        """Delete a subscription and its delivery records; nothing more is sent to it."""
        session = request_session()
        webhooks.delete_subscription(session, webhook_id)
        session.commit()


@blp.route("/<id:webhook_id>/enable")
class Enable(MethodView):
    @require("admin")
    @blp.response(200, WebhookSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def post(self, webhook_id: int) -> WebhookSubscription:
        """Turn a subscription disabled after a run of failures back on; what it was still
        owed is sent now, in order (once its receiver works again)."""
        session = request_session()
        subscription = webhooks.enable(session, webhook_id, utcnow())
        session.commit()
        return subscription


@blp.route("/<id:webhook_id>/deliveries")
class Deliveries(MethodView):
    @require("admin")
    @blp.arguments(PageQuerySchema, location="query")
    @blp.response(200, page_of(DeliverySchema))
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, query: dict[str, Any], webhook_id: int) -> dict[str, Any]:
        """Deliveries newest first, each with every attempt (latency, response code, error)."""
        session = request_session()
        items, total = webhooks.list_deliveries(
            session, webhook_id, query["page"], query["page_size"]
        )
        return page([_with_tries(session, item) for item in items], total, query)


@blp.route("/<id:webhook_id>/deliveries/<id:delivery_id>/replay")
class Replay(MethodView):
    @require("admin")
    @blp.response(202, DeliverySchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def post(self, webhook_id: int, delivery_id: int) -> dict[str, Any]:
        """Send a delivery again, now (the receiver deduplicates on `webhook-id`)."""
        session = request_session()
        delivery = webhooks.replay(session, webhook_id, delivery_id, utcnow())
        session.commit()
        return _with_tries(session, delivery)


def _with_tries(session: Any, delivery: WebhookDelivery) -> dict[str, Any]:
    shown = {name: getattr(delivery, name) for name in DeliverySchema().fields if name != "tries"}
    shown["tries"] = webhooks.attempts_of(session, delivery.id)
    return shown


@log_blp.route("")
class EventLog(MethodView):
    @require("staff")
    @log_blp.arguments(EventLogQuerySchema, location="query")
    @log_blp.response(200, page_of(DomainEventSchema))
    def get(self, query: dict[str, Any]) -> dict[str, Any]:
        """Domain events oldest first, by `type`, `round` and `since` (see the catalogue)."""
        items: list[DomainEvent]
        items, total = webhooks.event_log(
            request_session(), query.get("type"), query.get("round"), query.get("since"),
            query["page"], query["page_size"],
        )  # fmt: skip
        return page(items, total, query)
