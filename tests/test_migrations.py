"""The Alembic migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, MetaData, create_engine, inspect, text

from consult import migrate
from consult.db import Base
from tests.conftest import POSTGRES_URL
from tests.databases import scratch_postgres


def test_migrated_schema_matches_the_models(database_url):
    engine = create_engine(database_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_migrations_downgrade_to_nothing_and_back(tmp_path):
    url = f"sqlite:///{tmp_path / 'roundtrip.db'}"
    migrate.upgrade(url)
    command.downgrade(migrate.alembic_config(url), "base")
    engine = create_engine(url)
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()
    migrate.upgrade(url)
    engine = create_engine(url)
    assert {"networks", "contacts", "api_keys", "domain_events"} <= set(
        inspect(engine).get_table_names()
    )
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no tables, to migrate step by step (the shared ones are at head)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'stepwise.db'}"
        return
    with scratch_postgres(POSTGRES_URL, "consult_steps") as url:
        yield url


NOW = datetime(2026, 11, 2, tzinfo=UTC)


def _rows_at_0007(connection: Connection) -> None:
    """Three networks, three rounds (one naming an event, one naming a missing one), two
    events whose JSON lists overlap and name a missing round, follow-ups listing networks
    out of order, twice, and one that does not exist; a reply and an invitation refer to
    the rows batch mode copies."""
    metadata = MetaData()
    metadata.reflect(connection)
    table = metadata.tables
    stamps = {"created_at": NOW, "updated_at": NOW}
    connection.execute(
        table["networks"].insert(),
        [
            {
                "id": i,
                "name": f"N{i}",
                "name_key": f"n{i}",
                "kind": "member",
                "mou": False,
                "language": "en",
                **stamps,
            }
            for i in (1, 2, 3)
        ],
    )
    round_fields = {
        "title": {},
        "purpose": {},
        "questionnaire": [],
        "audience": {},
        "status": "open",
        "reminders_days_before_close": [],
        "lens": ["kind"],
    }
    connection.execute(
        table["events"].insert(),
        [
            {
                "id": 10,
                "uid": "a",
                "title": {},
                "description": {},
                "starts_at": NOW,
                "ends_at": NOW,
                "round_ids": [2, 1, 999],
                **stamps,
            },
            {
                "id": 11,
                "uid": "b",
                "title": {},
                "description": {},
                "starts_at": NOW,
                "ends_at": NOW,
                "round_ids": [1, 3],
                **stamps,
            },
        ],
    )
    connection.execute(
        table["rounds"].insert(),
        [
            {"id": 1, "event_id": None, **round_fields, **stamps},
            {"id": 2, "event_id": 11, **round_fields, **stamps},  # its own link wins
            {"id": 3, "event_id": 987654, **round_fields, **stamps},  # points at nothing
        ],
    )
    connection.execute(
        table["invitations"].insert(),
        {
            "id": 1,
            "round_id": 1,
            "network_id": 3,
            "token_hash": "t",
            "status": "pending",
            "issued_at": NOW,
            "reminders_sent": 0,
            "times_reissued": 0,
        },
    )
    connection.execute(
        table["followups"].insert(),
        [
            {
                "id": 1,
                "round_id": 1,
                "kind": "clarification",
                "network_ids": [3, 1, 3, 404],
                "created_by": "",
                "created_at": NOW,
            },
            {
                "id": 2,
                "round_id": 1,
                "kind": "reminder",
                "network_ids": [],
                "created_by": "",
                "created_at": NOW,
            },
        ],
    )
    connection.execute(
        table["followup_replies"].insert(),
        {
            "id": 1,
            "followup_id": 1,
            "network_id": 3,
            "number": 1,
            "body": "yes",
            "language": "en",
            "channel": "web",
            "created_at": NOW,
        },
    )


def test_the_json_lists_move_into_relations_and_back(empty_database_url):
    url = empty_database_url
    migrate.upgrade(url, "0007")
    engine = create_engine(url)
    with engine.begin() as connection:
        _rows_at_0007(connection)

    migrate.upgrade(url, "0008")
    with engine.connect() as connection:
        assert dict(connection.execute(text("SELECT id, event_id FROM rounds")).all()) == {
            1: 10,  # listed by both events: the first one
            2: 11,
            3: 11,  # its own event did not exist; event 11 listed it
        }
        addressed = connection.execute(
            text(
                "SELECT followup_id, network_id, position FROM followup_networks "
                "ORDER BY followup_id, position"
            )
        ).all()
        assert [tuple(row) for row in addressed] == [(1, 3, 0), (1, 1, 1)]
        assert connection.execute(text("SELECT count(*) FROM followup_replies")).scalar() == 1
        assert connection.execute(text("SELECT count(*) FROM invitations")).scalar() == 1
    columns = inspect(engine)
    assert "round_ids" not in {c["name"] for c in columns.get_columns("events")}
    assert "network_ids" not in {c["name"] for c in columns.get_columns("followups")}

    command.downgrade(migrate.alembic_config(url), "0007")
    with engine.connect() as connection:
        events = dict(connection.execute(text("SELECT id, round_ids FROM events")).all())
        followups = dict(connection.execute(text("SELECT id, network_ids FROM followups")).all())
    engine.dispose()
    assert {i: _json(ids) for i, ids in events.items()} == {10: [1], 11: [2, 3]}
    assert {i: _json(ids) for i, ids in followups.items()} == {1: [3, 1], 2: []}


def _json(value: object) -> object:
    """A JSON column read with plain SQL: text on SQLite, decoded by psycopg."""
    return json.loads(value) if isinstance(value, str) else value
