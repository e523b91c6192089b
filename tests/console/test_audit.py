"""The audit log staff read: every change, in the console or with an API key, in words."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select

from consult import cli, console
from consult.domain import api_keys
from consult.models import AuditEntry
from consult.texts import CATALOG
from tests.console.conftest import post, sign_in, signed_in


def test_admin_pages_refuse_staff_and_the_audit_log_refuses_viewers(client, accounts, database):
    sign_in(client, accounts["staff"].email)
    assert client.get("/staff/users").status_code == 403
    assert client.get("/staff/keys").status_code == 403
    refused = post(client, "/staff/keys", {"name": "x", "role": "admin"}, "/staff/")
    assert refused.status_code == 403
    audit = client.get("/staff/audit")
    assert audit.status_code == 200 and "staff@ccc.example.org" in audit.text
    assert "Signed in" in audit.text and "sign-in" not in audit.text
    post(client, "/staff/sign-out")
    signed_in(client, accounts["viewer"].email)
    assert client.get("/staff/audit").status_code == 403
    with database.session() as session:
        assert not [k for k in api_keys.list_keys(session) if k.name == "x"]


def test_changes_made_with_an_api_key_are_in_the_audit_log_too(client, admin, accounts, database):
    created = client.post(
        "/api/v1/networks",
        json={"name": "Kampot NGO Forum", "kind": "provincial", "province": "Kampot"},
        headers=admin,
    )
    assert created.status_code == 201, created.json
    client.get("/api/v1/networks", headers=admin)
    client.post("/api/v1/networks", json={"name": ""}, headers=admin)
    with database.session() as session:
        entries = session.scalars(select(AuditEntry)).all()
        assert [(e.actor, e.action, e.target) for e in entries] == [
            ("key:test admin", "POST /api/v1/networks", "/api/v1/networks")
        ], "one write that succeeded; the read and the refused write are not recorded"
    signed_in(client, accounts["staff"].email)
    page = client.get("/staff/audit").text
    assert "API key “test admin”" in page and "Through the API: created or did" in page
    assert "<code>/api/v1/networks</code>" in page


def test_every_action_the_console_records_is_said_in_words():
    """A code recorded by the console or the CLI with no text would reach the page as is."""
    sources = [*Path(console.__file__).parent.glob("*.py"), Path(cli.__file__)]
    recorded = {
        code
        for source in sources
        for code in re.findall(r'record\((?:[a-z]+, [^,]+, )?"([a-z-]+)"', source.read_text())
    }
    recorded |= {"remind", "ask-clarification", "contact-add", "contact-edit"}  # passed along
    recorded |= {f"{move}-round" for move in ("close", "publish")}
    assert len(recorded) > 20
    assert sorted(c for c in recorded if "audit_action_" + c.replace("-", "_") not in CATALOG) == []
