"""The webhooks' rules with the network played by a table of names: which URLs the domain
accepts, and what it keeps of an attempt. The rules are the domain's; resolving and
sending are the adapter's (tests/adapters/test_webhooks.py)."""

from __future__ import annotations

from datetime import timedelta
from ipaddress import IPv4Address, IPv6Address, ip_address

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from consult.db import utcnow
from consult.domain import outbox, webhooks
from consult.domain.errors import Invalid
from consult.models import WebhookAttempt

# What each name resolves to; a name not here resolves to nothing.
NAMES = {
    "hooks.example.org": ["93.184.215.14"],
    "intranet.example.org": ["10.1.2.3"],
    "split.example.org": ["93.184.215.14", "192.168.0.7"],  # one public, one private
    "v6.example.org": ["2606:4700::6810:84e5"],
    "multicast.example.org": ["224.0.0.251"],
}


class TableNetwork:
    """Resolves from NAMES (an address resolves to itself); never sends anything."""

    def addresses(self, host: str, port: int) -> list[IPv4Address | IPv6Address]:
        try:
            return [ip_address(host)]
        except ValueError:
            pass
        if host not in NAMES:
            raise OSError(f"{host} resolves to nothing")
        return [ip_address(address) for address in NAMES[host]]

    def post(
        self, url: str, headers: dict[str, str], body: bytes, timeout: float
    ) -> webhooks.Answer:
        raise AssertionError("checking a URL sends nothing")


def refusal(url: str, allow_private: bool) -> str | None:
    try:
        webhooks.check_url(TableNetwork(), url, allow_private)
    except Invalid as refused:
        return refused.key
    return None


@pytest.mark.parametrize(
    "url",
    ["https://hooks.example.org/in", "http://hooks.example.org:8080/in", "https://v6.example.org/",
     "https://8.8.8.8/x"],
)  # fmt: skip
def test_http_to_public_addresses_is_accepted(url: str):
    assert refusal(url, allow_private=False) is None


@pytest.mark.parametrize(
    "url",
    ["https://intranet.example.org/in", "https://split.example.org/in",
     "https://multicast.example.org/", "http://127.0.0.1:8000/x", "http://[::1]/x",
     "http://169.254.169.254/latest", "http://0.0.0.0/"],
)  # fmt: skip
def test_a_host_with_any_private_address_is_refused_unless_allowed(url: str):
    assert refusal(url, allow_private=False) == "refused_webhook_public_only"
    assert refusal(url, allow_private=True) is None


@pytest.mark.parametrize(
    "url", ["ftp://hooks.example.org/x", "file:///etc/passwd", "https:///x", "hooks.example.org"]
)
def test_only_http_and_https_with_a_host(url: str):
    assert refusal(url, allow_private=True) == "refused_webhook_scheme"


@pytest.mark.parametrize("url", ["https://nowhere.example.org/", "http://hooks.example.org:99999/"])
def test_a_host_that_resolves_to_nothing_or_a_port_out_of_range_is_refused(url: str):
    assert refusal(url, allow_private=True) == "refused_host_unresolved"


def test_a_failed_attempt_keeps_the_start_of_a_long_error(session: Session):
    """Whatever the network says of a failure, the attempt keeps a bounded part of it."""
    network = TableNetwork()
    webhooks.create_subscription(
        session, network, "https://hooks.example.org/in", ["round.closed"], "d", "tests", False
    )
    event = outbox.record(session, "round.closed", "round", 1, {})
    session.flush()
    assert webhooks.enqueue(session, event) == 1
    session.flush()
    now = utcnow() + timedelta(minutes=1)  # the delivery is due at once
    ((delivery_id, _),) = webhooks.due_deliveries(session, now)
    claimed = webhooks.claim(session, delivery_id, now, 10)
    assert isinstance(claimed, webhooks.Claimed)
    answer = webhooks.Answer(None, "OSError: " + "x" * 2000)
    assert webhooks.record_attempt(session, claimed, now, answer, 5) == "retry"
    (attempt,) = session.scalars(select(WebhookAttempt)).all()
    assert attempt.error == answer.error[: webhooks.MAX_ERROR_SAVED]
