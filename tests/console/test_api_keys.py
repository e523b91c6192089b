"""API keys in the console: issued and revoked by an admin through the same domain
functions as the CLI and the API."""

from __future__ import annotations

import re

from consult.domain import api_keys
from tests.conftest import bearer
from tests.console.conftest import post, signed_in

SECRET = re.compile(r'<code class="secret">([^<]+)</code>')


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
