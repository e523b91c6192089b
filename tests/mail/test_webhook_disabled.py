"""A webhook turned off after a run of failures: staff hear of it once, and an admin turns
it back on without losing what it was owed."""

from __future__ import annotations

from sqlalchemy import select

from consult.db import utcnow
from consult.domain import api_keys, webhooks
from consult.models import MailMessage, WebhookDelivery
from tests.conftest import bearer
from tests.mail.smtp import wait_until
from tests.tasks.test_webhook_delivery import Clock, failing, record_and_relay, subscribe

STAFF = "secretariat@ccc.example.org"
HOOK = "http://127.0.0.1:9/our-dashboard"


def run_until_disabled(database) -> None:
    clock = Clock()
    for _ in range(webhooks.DISABLE_AFTER_FAILURES):
        webhooks.send_due(database, failing, True, now=clock)
        clock.advance(webhooks.MAX_RETRY_SECONDS)


def test_staff_are_mailed_once_and_an_admin_turns_it_back_on(mail_stack, smtp_server):
    database = mail_stack.database
    client = mail_stack.app.test_client()
    hook_id, _ = subscribe(database, HOOK, ["round.closed"])
    record_and_relay(database, [("round.closed", 1, {}), ("round.closed", 2, {})])
    run_until_disabled(database)

    mail_stack.run("consult.outbox.relay")
    mail_stack.run("consult.outbox.relay")  # the event again would queue nothing more
    assert wait_until(lambda: smtp_server.sink.to(STAFF), timeout=30)
    [notice] = smtp_server.sink.to(STAFF)
    assert notice["Subject"] == f"Webhook turned off: {HOOK}"
    body = notice.get_body(("plain",)).get_content()
    assert "20 failed attempts in a row" in body
    assert f"/api/v1/webhooks/{hook_id}/deliveries" in body
    assert f"POST {mail_stack.settings.public_url}/api/v1/webhooks/{hook_id}/enable" in body
    with database.session() as session:
        queued = session.scalars(select(MailMessage).where(MailMessage.kind == "webhook_disabled"))
        assert len(queued.all()) == 1

    staff = client.post(f"/api/v1/webhooks/{hook_id}/enable", headers=staff_key(database))
    assert staff.status_code == 403
    enabled = client.post(f"/api/v1/webhooks/{hook_id}/enable", headers=mail_stack.admin)
    assert enabled.status_code == 200, enabled.json
    assert enabled.json["active"] is True and enabled.json["consecutive_failures"] == 0
    assert enabled.json["disabled_reason"] is None
    assert client.post("/api/v1/webhooks/999/enable", headers=mail_stack.admin).status_code == 404
    with database.session() as session:
        owed = session.scalars(select(WebhookDelivery).order_by(WebhookDelivery.id)).all()
        assert [delivery.status for delivery in owed] == ["pending", "pending"]
        assert webhooks.due_deliveries(session, utcnow()) == [
            (delivery.id, hook_id) for delivery in owed
        ], "due now, oldest first"


def staff_key(database) -> dict[str, str]:
    with database.session() as session:
        return bearer(api_keys.create_key(session, "staff", "staff").secret)
