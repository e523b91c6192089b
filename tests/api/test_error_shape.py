"""Bad requests to the directory and keys: the right 4xx, the field named, nothing lost."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from tests.api.test_networks_directory import NEW_NETWORK

JSON = "application/json"
VALID = {"name": "Valid Network", "kind": "member"}


def flatten(errors, prefix=""):
    """Every key of a nested error dict, dotted: {"contacts": {"0": {"email": …}}} → …"""
    keys = set()
    for key, value in errors.items():
        name = f"{prefix}{key}"
        keys.add(name)
        if isinstance(value, dict):
            keys |= flatten(value, f"{name}.")
    return keys


CASES = [
    # (id, method, path, body bytes or json, content type, status, field named)
    ("malformed-json", "POST", "/api/v1/networks", b'{"name": ', JSON, 400, "json"),
    ("invalid-utf8", "POST", "/api/v1/networks", b'{"name": "\xff\xfe"}', JSON, 400, "json"),
    ("text-plain-body", "POST", "/api/v1/networks", b"name=x", "text/plain", 415, "Content-Type"),
    ("unknown-field", "POST", "/api/v1/networks", {**VALID, "colour": "red"}, JSON, 422, "colour"),
    ("name-a-number", "POST", "/api/v1/networks", {**VALID, "name": 42}, JSON, 422, "name"),
    ("name-blank", "POST", "/api/v1/networks", {**VALID, "name": "   "}, JSON, 422, "name"),
    ("name-too-long", "POST", "/api/v1/networks", {**VALID, "name": "n" * 201}, JSON, 422, "name"),
    ("name-missing", "POST", "/api/v1/networks", {"kind": "member"}, JSON, 422, "name"),
    ("kind-unknown", "POST", "/api/v1/networks", {**VALID, "kind": "club"}, JSON, 422, "kind"),
    ("mou-maybe", "POST", "/api/v1/networks", {**VALID, "mou": "maybe"}, JSON, 422, "mou"),
    ("language-fr", "POST", "/api/v1/networks", {**VALID, "language": "fr"}, JSON, 422, "language"),
    ("sectors-text", "POST", "/api/v1/networks", {**VALID, "sectors": "a;b"}, JSON, 422, "sectors"),
    (
        "mou-since-bad",
        "POST",
        "/api/v1/networks",
        {**VALID, "mou_since": "2024-13-01"},
        JSON,
        422,
        "mou_since",
    ),
    (
        "contact-no-email",
        "POST",
        "/api/v1/networks",
        {**VALID, "contacts": [{"name": "x"}]},
        JSON,
        422,
        "contacts.0.email",
    ),
    (
        "contact-bad-email",
        "POST",
        "/api/v1/networks",
        {**VALID, "contacts": [{"name": "x", "email": "nope"}]},
        JSON,
        422,
        "contacts.0.email",
    ),
    ("nul-in-name", "POST", "/api/v1/networks", {**VALID, "name": "a\x00b"}, JSON, 422, "name"),
    (
        "body-too-large",
        "POST",
        "/api/v1/networks",
        {**VALID, "name_km": "ក" * 70000},
        JSON,
        413,
        None,
    ),
    ("unknown-query", "GET", "/api/v1/networks?colour=red", None, None, 422, "colour"),
    ("page-zero", "GET", "/api/v1/networks?page=0", None, None, 422, "page"),
    ("page-size-text", "GET", "/api/v1/networks?page_size=lots", None, None, 422, "page_size"),
    ("unknown-network", "GET", "/api/v1/networks/999999", None, None, 404, None),
    ("id-too-large", "GET", "/api/v1/networks/99999999999", None, None, 404, None),
    ("unknown-route", "GET", "/api/v1/nothing-here", None, None, 404, None),
    ("wrong-method", "PUT", "/api/v1/networks", None, None, 405, None),
    ("key-role-root", "POST", "/api/v1/keys", {"name": "x", "role": "root"}, JSON, 422, "role"),
    ("key-no-name", "POST", "/api/v1/keys", {"role": "staff"}, JSON, 422, "name"),
    ("revoke-unknown-key", "DELETE", "/api/v1/keys/4242", None, None, 404, None),
    (
        "patch-unknown-field",
        "PATCH",
        "/api/v1/networks/{id}",
        {"archived_at": "now"},
        JSON,
        422,
        "archived_at",
    ),
    (
        "patch-duplicate-name",
        "PATCH",
        "/api/v1/networks/{id}",
        {"name": "Valid Network"},
        JSON,
        409,
        "name",
    ),
]


@pytest.fixture
def saved_network(client, admin):
    assert client.post("/api/v1/networks", json=VALID, headers=admin).status_code == 201
    created = client.post("/api/v1/networks", json=NEW_NETWORK, headers=admin)
    return created.json


@pytest.mark.parametrize(
    ("method", "path", "body", "content_type", "status", "field"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_bad_request_gets_a_clear_json_error(
    client, admin, database, saved_network, method, path, body, content_type, status, field
):
    path = path.format(id=saved_network["id"])
    kwargs = {"headers": admin}
    if isinstance(body, dict):
        kwargs["json"] = body
    elif body is not None:
        kwargs.update(data=body, content_type=content_type)
    response = client.open(path, method=method, **kwargs)

    assert response.status_code == status, response.get_data(as_text=True)
    assert set(response.json) - {"key"} == {"code", "message", "errors"}
    assert "Traceback" not in response.get_data(as_text=True)
    if field is not None:
        assert field in flatten(response.json["errors"]), response.json
    after = client.get(f"/api/v1/networks/{saved_network['id']}", headers=admin).json
    assert after == saved_network, "a refused request changed nothing"


@pytest.mark.parametrize(
    "name", ["x'; DROP TABLE networks; --", "<script>alert(1)</script>", "ឈ្មោះ\u200bខ្មែរ"]
)
def test_hostile_or_unusual_names_are_stored_verbatim(client, admin, database, name):
    created = client.post("/api/v1/networks", json={**VALID, "name": name}, headers=admin)
    assert created.status_code == 201
    assert client.get(f"/api/v1/networks/{created.json['id']}", headers=admin).json["name"] == name
    with database.session() as session:
        assert "networks" in inspect(session.connection()).get_table_names()
