"""Fixtures that attach to real services: PostgreSQL, Redis, SQLite files, a Flask app.

PostgreSQL and Redis come from CONSULT_TEST_DATABASE_URL / CONSULT_TEST_REDIS_URL (default:
the standard local ports). A test whose service is missing is skipped with the reason,
unless CONSULT_REQUIRE_SERVICES=1 (as in CI), where it fails instead.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import redis
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from werkzeug.serving import make_server

import consult.models  # noqa: F401
from consult import create_app, migrate
from consult.config import Settings
from consult.db import Base, Database
from consult.domain import api_keys

pytest_plugins = ["tests.scripted"]  # the answered_round fixture

REQUIRE_SERVICES = os.environ.get("CONSULT_REQUIRE_SERVICES") == "1"
POSTGRES_URL = os.environ.get(
    "CONSULT_TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REDIS_URL = os.environ.get("CONSULT_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
# Copies of shared/data/, kept in the repo so a clone is complete on its own.
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
NETWORKS_CSV = EXAMPLES / "networks.csv"
SAMPLE_ROUND = EXAMPLES / "sample_round.json"


def service_missing(service: str, reason: str) -> None:
    message = f"{service} is not available ({reason}); tests that need it cannot run"
    if REQUIRE_SERVICES:
        pytest.fail(f"{message}, and CONSULT_REQUIRE_SERVICES=1", pytrace=False)
    pytest.skip(f"SKIPPED LOUDLY: {message}. Start it or set its CONSULT_TEST_* URL.")


@pytest.fixture(scope="session")
def networks_csv() -> bytes:
    return NETWORKS_CSV.read_bytes()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh, migrated database on the PostgreSQL server, dropped after the run."""
    server = make_url(POSTGRES_URL)
    if server.drivername == "postgresql":
        server = server.set(drivername="postgresql+psycopg")
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    name = f"consult_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        admin.dispose()
        service_missing("PostgreSQL", f"{server.render_as_string()}: {type(exc).__name__}")
    url = server.set(database=name).render_as_string(hide_password=False)
    try:
        migrate.upgrade(url)
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file that each test copies, so migrations run once per session."""
    path = tmp_path_factory.mktemp("sqlite") / "template.db"
    migrate.upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Each test that uses the database runs once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "consult.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    url = request.getfixturevalue("postgres_url")
    yield url
    truncate_all(url)


def truncate_all(url: str) -> None:
    engine = create_engine(url)
    tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    yield database
    database.dispose()


@pytest.fixture
def redis_url() -> str:
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        service_missing("Redis", f"{REDIS_URL}: {type(exc).__name__}")
    finally:
        client.close()
    return REDIS_URL


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings.from_env(
        {
            "CONSULT_VAR_DIR": str(tmp_path / "var"),
            "CONSULT_DATABASE_URL": database_url,
            "CONSULT_BROKER_URL": "memory://",
            "CONSULT_RESULT_BACKEND": "cache+memory://",
            "CONSULT_MAX_BODY_BYTES": "65536",
        }
    )


@pytest.fixture
def app(settings: Settings):
    app = create_app(settings)
    yield app
    app.extensions["consult"].database.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def keys(database: Database) -> dict[str, str]:
    """A secret for each role: {"viewer": ..., "staff": ..., "admin": ...}."""
    with database.session() as session:
        return {
            role: api_keys.create_key(session, f"test {role}", role).secret
            for role in ("viewer", "staff", "admin")
        }


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


@pytest.fixture
def admin(keys: dict[str, str]) -> dict[str, str]:
    return bearer(keys["admin"])


@pytest.fixture
def viewer(keys: dict[str, str]) -> dict[str, str]:
    return bearer(keys["viewer"])


@pytest.fixture
def sample_round() -> dict:
    """The bilingual sample round of shared/data, closing in two weeks, compared by kind and MoU."""
    body = json.loads(SAMPLE_ROUND.read_text(encoding="utf-8"))
    body["closes_at"] = (datetime.now(UTC) + timedelta(days=14)).isoformat()
    body["lens"] = ["kind", "mou"]  # the script divides the networks by both
    return body


@dataclass
class LaunchedRound:
    id: int
    invitations: list[dict]

    def token_of(self, acronym_or_name: str) -> str:
        for invitation in self.invitations:
            network = invitation["network"]
            if acronym_or_name in (network["acronym"], network["name"]):
                return invitation["token"]
        raise KeyError(acronym_or_name)

    def tokens(self, language: str | None = None) -> list[str]:
        return [
            invitation["token"]
            for invitation in self.invitations
            if language is None or invitation["network"]["language"] == language
        ]


@pytest.fixture
def launched_round(client, admin, networks_csv, sample_round) -> LaunchedRound:
    """The sample round launched to the 34 networks of the example directory."""
    imported = client.post(
        "/api/v1/networks/import", data=networks_csv, headers={**admin, "Content-Type": "text/csv"}
    )
    assert imported.status_code == 200, imported.json
    created = client.post("/api/v1/rounds", json=sample_round, headers=admin)
    assert created.status_code == 201, created.json
    launched = client.post(f"/api/v1/rounds/{created.json['id']}/launch", headers=admin)
    assert launched.status_code == 200, launched.json
    return LaunchedRound(created.json["id"], launched.json["invitations"])


SAMPLE_ANSWERS = {
    "coop_level": 4,
    "collab_areas": ["technical", "advocacy"],
    "donor_role": "agree",
    "mechanism": "working_group",
    "priorities": ["funding", "space", "capacity"],
    "members": 42,
    "challenges": "ការសម្របសម្រួលខ្សោយ and declining funding",
}
FOCAL_POINT = {"name": "Sok Dara", "role": "Coordinator", "email": "dara@example.org"}


@pytest.fixture
def live_server(app) -> Iterator[str]:
    """The app on a real threaded HTTP server on a free local port: for browsers and races."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)
