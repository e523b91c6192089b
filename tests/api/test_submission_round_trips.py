"""The statements one submission costs, so that round trips cannot silently grow back.

A network's save is the hot path at a deadline: under load on a small machine each
statement is a round trip to the database that waits its turn for a CPU (docs/benchmarks.md,
"Ingest"). The bounds are today's counts; a change that needs more should say why here.
On SQLite, `BEGIN IMMEDIATE` is a statement too (consult/db.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from sqlalchemy import event, select, text

from consult.db import Database
from consult.models import Response
from tests.api.test_concurrency import (
    PARALLEL_RETRIES,
    all_at_once,
    launch_to_new_networks,
    post_json,
)
from tests.conftest import FOCAL_POINT, SAMPLE_ANSWERS
from tests.tasks.test_summaries_worker import wait_for

# A submission is the link's lookup, then one statement per write: the response (an upsert
# that counts its versions), the version, the invitation's status, the event, the receipt,
# and the response's pointers to the version. SQLite adds its BEGIN IMMEDIATE.
SUBMISSION = {"postgresql": 7, "sqlite": 8}
# A retry-safe one (Idempotency-Key) of a network that answered before: + the key's lookup,
# and the two writes of the version in a savepoint.
KEYED_RESUBMISSION = {"postgresql": 10, "sqlite": 11}
BODY = {"answers": SAMPLE_ANSWERS, "submitted_by": FOCAL_POINT}


@contextmanager
def statements(app) -> Iterator[list[str]]:
    """Every statement the app's engine sends while the block runs."""
    engine = app.extensions["consult"].database.engine
    sent: list[str] = []

    def note(_conn, _cursor, statement, _params, _context, _many) -> None:
        sent.append(" ".join(statement.split())[:120])

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", note)


def dialect(app) -> str:
    return app.extensions["consult"].database.engine.dialect.name


@pytest.mark.commits  # counts the statements of a real transaction
def test_a_first_submission_costs_a_fixed_handful_of_statements(
    app, client, launched_round, monkeypatch
):
    token = launched_round.invitations[0]["token"]
    dialect_ = app.extensions["consult"].database.engine.dialect
    pings: list[object] = []
    ping = dialect_.do_ping
    monkeypatch.setattr(dialect_, "do_ping", lambda connection: pings.append(1) or ping(connection))
    with statements(app) as sent:
        reply = client.post(f"/api/v1/respond/{token}", json=BODY)
    assert reply.status_code == 200, reply.json
    assert pings == [], "a pool pre-ping is a round trip per request"
    assert len(sent) == SUBMISSION[dialect(app)], "\n".join(sent)
    assert not any(statement.startswith("SAVEPOINT") for statement in sent)
    assert sum(statement.startswith("SELECT") for statement in sent) == 1, "\n".join(sent)


@pytest.mark.commits  # counts the statements of a real transaction
def test_a_resubmission_and_a_keyed_one_stay_bounded(app, client, launched_round):
    token = launched_round.invitations[1]["token"]
    assert client.post(f"/api/v1/respond/{token}", json=BODY).status_code == 200
    with statements(app) as again:
        assert client.post(f"/api/v1/respond/{token}", json=BODY).status_code == 200
    with statements(app) as keyed:
        reply = client.post(
            f"/api/v1/respond/{token}", json=BODY, headers={"Idempotency-Key": "round-trips-1"}
        )
    assert reply.status_code == 200, reply.json
    assert len(again) == SUBMISSION[dialect(app)], "\n".join(again)
    assert len(keyed) == KEYED_RESUBMISSION[dialect(app)], "\n".join(keyed)


def test_parallel_saves_of_one_network_each_get_the_next_version(
    client, admin, database, sample_round, live_server
):
    """The lookup reads the response in the statement that waits for the row lock, so a
    waiting save sees it as it was; the versions are numbered afresh all the same."""
    _, tokens = launch_to_new_networks(client, admin, database, sample_round, 1)
    url = f"{live_server}/api/v1/respond/{tokens[0]}"
    results = all_at_once(PARALLEL_RETRIES, lambda _: post_json(url, BODY))
    assert [status for status, _ in results] == [200] * PARALLEL_RETRIES, results
    assert sorted(result["version"] for _, result in results) == list(
        range(1, PARALLEL_RETRIES + 1)
    )
    with database.session() as session:
        response = session.scalars(select(Response)).one()
        assert response.version_count == PARALLEL_RETRIES
        assert response.current_version is not None
        assert response.current_version.number == PARALLEL_RETRIES
        assert response.submitted_version == response.current_version


def backend_alive(admin: psycopg.Connection, pid: int) -> bool:
    row = admin.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone()
    return bool(row and row[0])


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_pooled_connection_the_server_ended_is_replaced_without_a_failed_request(
    database_url: str,
):
    """No pre-ping per checkout, yet a connection the server closed while it sat in the
    pool (a restart ends every session) is not handed out."""
    database = Database(database_url)
    try:
        with database.session() as session:
            first = session.scalar(text("SELECT pg_backend_pid()"))
        server = database.engine.url.set(drivername="postgresql")
        with psycopg.connect(
            server.render_as_string(hide_password=False), autocommit=True
        ) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (first,))
            assert wait_for(lambda: not backend_alive(admin, first), timeout=10)
        with database.session() as session:
            second = session.scalar(text("SELECT pg_backend_pid()"))
    finally:
        database.dispose()
    assert second != first


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_silent_server_is_given_up_on_within_a_minute(database_url: str):
    """libpq gets a connect timeout, keepalives and a TCP user timeout: a server behind a
    dropped network fails a request (a 503) instead of holding a thread for minutes."""
    database = Database(database_url)
    try:
        with database.engine.connect() as connection:
            parameters = connection.connection.dbapi_connection.info.get_parameters()
    finally:
        database.dispose()
    assert parameters["connect_timeout"] == "5"
    assert parameters["keepalives_idle"] == "30"
    assert parameters["tcp_user_timeout"] == "30000"
