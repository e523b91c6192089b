"""Liveness and readiness probes name the dependency that is down."""

from __future__ import annotations

import dataclasses

import pytest

from consult import create_app


def test_healthz_answers_without_checking_anything(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json["status"] == "ok"


@pytest.mark.commits  # the check opens a connection of its own
def test_readyz_is_ok_when_database_and_broker_answer(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json == {"status": "ok", "checks": {"database": "ok", "broker": "ok"}}


def test_readyz_on_redis_and_postgresql(settings, redis_url, postgres_url):
    app = create_app(dataclasses.replace(settings, database_url=postgres_url, broker_url=redis_url))
    response = app.test_client().get("/readyz")
    assert response.status_code == 200
    assert response.json["checks"] == {"database": "ok", "broker": "ok"}


@pytest.mark.parametrize(
    ("setting", "value", "down"),
    [
        ("broker_url", "redis://127.0.0.1:9/0", "broker"),
        ("database_url", "postgresql+psycopg://nobody@127.0.0.1:9/none", "database"),
    ],
)
def test_readyz_is_503_naming_what_is_down(settings, setting, value, down):
    app = create_app(dataclasses.replace(settings, **{setting: value}))
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.json["status"] == "unavailable"
    assert response.json["checks"][down] == "down"
    assert [name for name, state in response.json["checks"].items() if state == "ok"] == [
        name for name in ("database", "broker") if name != down
    ]
