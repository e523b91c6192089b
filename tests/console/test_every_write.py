"""Every form the console has, found from its routes: a viewer is refused each write with
the 403 page and nothing changes; without its CSRF token each is refused (400) for anyone.
A route added later is covered without touching this file (a new part of a path must be
given a value below, or the test says which)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from consult.db import Base
from consult.domain import api_keys, calendar, users
from consult.models import Contact, User
from tests.console.conftest import PASSWORD, csrf_of, sign_in, signed_in

# What any account may post: its own session, language and password.
OWN = {
    "console.users.sign_in",
    "console.users.sign_out",
    "console.users.set_language",
    "console.users.account",
}


def console_writes(app) -> list[tuple[str, str]]:
    return sorted(
        (rule.rule, rule.endpoint)
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("console.") and "POST" in rule.methods
    )


@pytest.fixture
def path_values(app, accounts, launched_round, database) -> dict[str, object]:
    """A real row for each part of a console path."""
    invitation = launched_round.invitations[0]
    with database.session() as session:
        network = invitation["network"]["id"]
        contact = session.scalar(select(Contact.id).where(Contact.network_id == network))
        event = calendar.create_event(
            session,
            {"title": {"en": "AGM", "km": "មហាសន្និបាត"}, "starts_at": _soon(), "ends_at": _soon()},
        )
        key = api_keys.create_key(session, "a script", "staff").key
        user = session.scalar(select(User.id).where(User.email == accounts["admin"].email))
        session.flush()
        return {
            "round_id": launched_round.id,
            "network_id": network,
            "contact_id": contact,
            "event_id": event.id,
            "key_id": key.id,
            "user_id": user,
            "action": "close",
        }


def _soon() -> datetime:
    return datetime.now(UTC) + timedelta(days=3)


def concrete(rule: str, values: dict[str, object]) -> str:
    path = rule.replace("<any(close, publish):action>", str(values["action"]))
    for name, value in values.items():
        path = path.replace(f"<int:{name}>", str(value))
    assert "<" not in path, f"give {path} a value in path_values"
    return path


def rows(app) -> dict[str, int]:
    """How many rows each table holds (the audit log and sessions aside)."""
    with app.extensions["consult"].database.session() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
            if table.name != "audit_entries"
        }


def test_a_viewer_is_refused_every_write_with_the_403_page(app, client, accounts, path_values):
    signed_in(client, accounts["viewer"].email)
    token = csrf_of(client.get("/staff/").data)
    before = rows(app)
    refused = []
    for rule, endpoint in console_writes(app):
        if endpoint in OWN:
            continue
        answer = client.post(concrete(rule, path_values), data={"csrf_token": token})
        assert answer.status_code == 403, f"{endpoint}: {answer.status_code}"
        assert "Not allowed" in answer.text and "your account has viewer" in answer.text
        refused.append(endpoint)
    assert len(refused) >= 20
    assert rows(app) == before, "nothing changed"


def test_every_write_without_its_csrf_token_is_refused(app, client, accounts, path_values):
    signed_in(client, accounts["admin"].email)
    before = rows(app)
    for rule, endpoint in console_writes(app):
        answer = client.post(concrete(rule, path_values), data={"email": "x", "role": "admin"})
        assert answer.status_code == 400, f"{endpoint}: {answer.status_code}"
        assert "The form has expired" in answer.text, endpoint
    assert rows(app) == before, "nothing changed"
    assert client.get("/staff/users").status_code == 200, "and the admin is still signed in"


def test_a_stolen_session_of_a_turned_off_account_writes_nothing(app, client, accounts, database):
    signed_in(client, accounts["staff"].email)
    token = csrf_of(client.get("/staff/").data)
    with database.session() as session:
        staff = session.scalar(select(User).where(User.email == accounts["staff"].email))
        users.update_user(session, staff.id, "staff", active=False)
    answer = client.post("/staff/rounds/new", data={"csrf_token": token, "do": "save"})
    assert answer.status_code == 302 and "/staff/sign-in" in answer.headers["Location"]
    assert sign_in(client, accounts["staff"].email, PASSWORD).status_code == 401


# The writes that destroy or cannot be undone: a POST from any form but their own
# confirmation page (which adds `confirmed`) only shows that page.
ASKED_FIRST = {
    "console.rounds.reissue",
    "console.rounds.move",
    "console.networks.remove_contact",
    "console.networks.archive_network",
    "console.api_keys.revoke_key",
}


def test_a_destructive_write_without_its_confirmation_only_asks(app, client, accounts, path_values):
    signed_in(client, accounts["admin"].email)
    token = csrf_of(client.get("/staff/").data)
    before = rows(app)
    asked = set()
    for rule, endpoint in console_writes(app):
        if endpoint not in ASKED_FIRST:
            continue
        path = concrete(rule, path_values)
        for answer in (client.get(path), client.post(path, data={"csrf_token": token})):
            assert answer.status_code == 200, f"{endpoint}: {answer.status_code}"
            assert 'name="confirmed" value="yes"' in answer.text, endpoint
        asked.add(endpoint)
    assert asked == ASKED_FIRST
    assert rows(app) == before, "nothing changed"
