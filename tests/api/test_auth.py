"""Every /api/v1 endpoint declares who may call it, and enforces it."""

from __future__ import annotations

import re

import pytest

from consult.api.auth import PUBLIC, access_of
from tests.conftest import bearer

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def api_routes(app):
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/v1"):
            continue
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            yield rule, method


def concrete(path):
    path = re.sub(r"<token:[^>]+>", "A" * 32, path)
    path = re.sub(r"<any\((\w+)[^>]*>", r"\1", path)
    return re.sub(r"<(?:[^:>]+:)?[^>]+>", "1", path)


def test_every_api_endpoint_declares_its_access(app):
    undeclared = [
        f"{method} {rule.rule}"
        for rule, method in api_routes(app)
        if access_of(rule.endpoint, app.view_functions[rule.endpoint], method) is None
    ]
    assert undeclared == []


def test_every_staff_endpoint_refuses_a_request_without_a_key(app, client):
    checked = 0
    for rule, method in api_routes(app):
        if access_of(rule.endpoint, app.view_functions[rule.endpoint], method) == PUBLIC:
            continue
        response = client.open(concrete(rule.rule), method=method, json={})
        assert response.status_code == 401, f"{method} {rule.rule}"
        assert response.json["code"] == "unauthorized"
        checked += 1
    assert checked >= 8


def test_viewer_key_is_refused_every_write(app, client, viewer):
    for rule, method in api_routes(app):
        view = app.view_functions[rule.endpoint]
        if method not in WRITE_METHODS or access_of(rule.endpoint, view, method) == PUBLIC:
            continue
        response = client.open(concrete(rule.rule), method=method, json={}, headers=viewer)
        assert response.status_code == 403, f"{method} {rule.rule}"
        assert "viewer" in response.json["message"]


def test_viewer_key_reads_the_directory(client, viewer):
    assert client.get("/api/v1/networks", headers=viewer).status_code == 200


def test_staff_manage_the_directory_but_not_keys(client, keys):
    """Programme officers keep the directory (as in the console); keys stay with admins."""
    staff = bearer(keys["staff"])
    assert client.post("/api/v1/networks", json={}, headers=staff).status_code == 422
    assert client.get("/api/v1/keys", headers=staff).status_code == 403


@pytest.mark.parametrize(
    "header",
    [
        "Bearer",
        "Bearer nonsense",
        "Basic dXNlcjpwYXNz",
        "Bearer csk_000000000000_secret",
    ],
)
def test_malformed_or_unknown_key_gets_401(client, header):
    response = client.get("/api/v1/networks", headers={"Authorization": header})
    assert response.status_code == 401


def test_key_with_a_wrong_secret_but_a_real_prefix_gets_401(client, keys):
    scheme, prefix, _secret = keys["admin"].split("_", 2)
    response = client.get("/api/v1/networks", headers=bearer(f"{scheme}_{prefix}_forged"))
    assert response.status_code == 401


def test_revoked_key_gets_401(client, admin, keys):
    listing = client.get("/api/v1/keys", headers=admin).json
    viewer_id = next(key["id"] for key in listing if key["role"] == "viewer")
    assert client.delete(f"/api/v1/keys/{viewer_id}", headers=admin).status_code == 200
    response = client.get("/api/v1/networks", headers=bearer(keys["viewer"]))
    assert response.status_code == 401


def test_health_and_docs_are_public(client):
    assert client.get("/healthz").status_code == 200
    assert client.get("/api/v1/openapi.json").status_code == 200
    assert client.get("/api/v1/docs").status_code == 200
