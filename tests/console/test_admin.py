"""Admin pages: accounts and API keys through the same domain functions as the CLI and the
API; the audit log staff read."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select

from consult import cli, console
from consult.domain import api_keys
from consult.models import AuditEntry, User
from consult.texts import CATALOG
from tests.conftest import bearer
from tests.console.conftest import PASSWORD, post, sign_in, signed_in

SECRET = re.compile(r'<code class="secret">([^<]+)</code>')


def test_an_admin_creates_an_account_and_bad_input_is_named_and_kept(client, accounts, database):
    signed_in(client, accounts["admin"].email)
    bad = post(
        client, "/staff/users",
        {"email": "not an address", "name": "Srey Mom", "password": "short", "role": "staff"},
        from_page="/staff/users",
    )  # fmt: skip
    assert bad.status_code == 422
    assert "An e-mail address" in bad.text and "Between 12 and 1024" in bad.text
    assert 'value="Srey Mom"' in bad.text, "what the admin typed is kept"
    made = post(
        client, "/staff/users",
        {"email": "Mom@ccc.example.org", "name": "Srey Mom", "password": PASSWORD,
         "role": "viewer", "language": "km"},
        from_page="/staff/users",
    )  # fmt: skip
    assert made.status_code == 303
    assert "mom@ccc.example.org" in client.get("/staff/users").text
    with database.session() as session:
        user = session.scalars(select(User).where(User.email == "mom@ccc.example.org")).one()
        assert (user.role, user.language) == ("viewer", "km")
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "create-user")).one()
        assert entry.actor == "user:admin@ccc.example.org" and entry.target == user.email


def test_a_new_role_ends_the_accounts_sessions(app, client, accounts, database):
    other = app.test_client()
    sign_in(other, accounts["staff"].email)
    assert other.get("/staff/").status_code == 200
    signed_in(client, accounts["admin"].email)
    with database.session() as session:
        staff = session.scalars(select(User).where(User.email == accounts["staff"].email)).one()
    changed = post(
        client, f"/staff/users/{staff.id}", {"role": "viewer", "active": "1"}, "/staff/users"
    )
    assert changed.status_code == 303
    assert other.get("/staff/").status_code == 302, "signed out by the change"
    assert sign_in(other, accounts["staff"].email).status_code == 303
    assert other.get("/staff/users").status_code == 403


def test_an_admin_cannot_lock_themselves_out(client, accounts, database):
    signed_in(client, accounts["admin"].email)
    with database.session() as session:
        me = session.scalars(select(User).where(User.email == accounts["admin"].email)).one()
    refused = post(
        client, f"/staff/users/{me.id}", {"role": "staff", "active": "1"}, "/staff/users"
    )
    assert refused.status_code == 422 and "cannot take away your own admin role" in refused.text
    assert client.get("/staff/users").status_code == 200, "still an admin"


def test_keys_issued_in_the_console_work_on_the_api_and_revoke_there_too(
    client, accounts, database, monkeypatch
):
    calls = []
    create_key = api_keys.create_key

    def recording(session, name, role):
        calls.append((name, role))
        return create_key(session, name, role)

    monkeypatch.setattr(api_keys, "create_key", recording)
    signed_in(client, accounts["admin"].email)
    issued = post(client, "/staff/keys", {"name": "M&E dashboard", "role": "viewer"}, "/staff/keys")
    assert issued.status_code == 200 and issued.headers["Cache-Control"] == "no-store"
    secret = SECRET.search(issued.text).group(1)
    assert secret not in client.get("/staff/keys").text, "shown once"
    assert client.get("/api/v1/networks", headers=bearer(secret)).status_code == 200
    admin_key = bearer(_admin_secret(database))
    over_api = client.post(
        "/api/v1/keys", json={"name": "script", "role": "staff"}, headers=admin_key
    )
    assert over_api.status_code == 201
    assert calls == [("M&E dashboard", "viewer"), ("test admin", "admin"), ("script", "staff")]
    bad = post(client, "/staff/keys", {"name": "", "role": "boss"}, "/staff/keys")
    assert bad.status_code == 422 and "Must be one of" in bad.text
    with database.session() as session:
        key_id = next(k.id for k in api_keys.list_keys(session) if k.name == "M&E dashboard")
    revoke = f"/staff/keys/{key_id}/revoke"
    assert post(client, revoke, {"confirmed": "yes"}, "/staff/keys").status_code == 303
    assert client.get("/api/v1/networks", headers=bearer(secret)).status_code == 401
    again = post(client, revoke, {"confirmed": "yes"}, "/staff/keys")
    assert again.status_code == 409 and "already revoked" in again.text


def _admin_secret(database) -> str:
    with database.session() as session:
        return api_keys.create_key(session, "test admin", "admin").secret


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
