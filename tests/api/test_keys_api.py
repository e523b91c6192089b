"""/api/v1/keys: admins issue and revoke staff keys; a secret is shown once, stored hashed."""

from __future__ import annotations

from sqlalchemy import text

from tests.conftest import bearer


def test_issued_key_works_and_its_secret_is_shown_only_once(client, admin, database):
    issued = client.post(
        "/api/v1/keys", json={"name": "M&E officer", "role": "staff"}, headers=admin
    )
    assert issued.status_code == 201
    secret = issued.json["secret"]
    assert issued.json["key"]["role"] == "staff"
    assert client.get("/api/v1/networks", headers=bearer(secret)).status_code == 200

    listing = client.get("/api/v1/keys", headers=admin)
    assert secret not in listing.get_data(as_text=True)
    with database.session() as session:
        stored = session.execute(text("SELECT * FROM api_keys")).all()
    assert all(secret not in str(value) for row in stored for value in row)


def test_revoked_key_gets_401_and_cannot_be_revoked_twice(client, admin):
    issued = client.post("/api/v1/keys", json={"name": "temp", "role": "viewer"}, headers=admin)
    key_id, secret = issued.json["key"]["id"], issued.json["secret"]
    revoked = client.delete(f"/api/v1/keys/{key_id}", headers=admin)
    assert revoked.status_code == 200 and revoked.json["revoked_at"]
    assert client.get("/api/v1/networks", headers=bearer(secret)).status_code == 401
    assert client.delete(f"/api/v1/keys/{key_id}", headers=admin).status_code == 409


def test_use_of_a_key_is_recorded(client, admin, keys):
    client.get("/api/v1/networks", headers=bearer(keys["viewer"]))
    listing = client.get("/api/v1/keys", headers=admin).json
    viewer = next(key for key in listing if key["role"] == "viewer")
    assert viewer["last_used_at"] is not None
