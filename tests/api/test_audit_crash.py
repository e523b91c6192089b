"""A change made with an API key and its audit line are one transaction: the process that
serves the write is killed (SIGKILL, nothing runs after it) as the write commits, once it
has committed, or as the answer goes out, and the database holds both or neither.

The app runs in a forked child on its own SQLite file, so the parent reads what a crash
left on disk, as the next process would.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path

import pytest
from flask import Flask, Response
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from consult import create_app, migrate
from consult.config import Settings
from consult.db import Database
from consult.domain import api_keys
from consult.models import AuditEntry, Network

# A child process per case (tests/conftest.py's SLOW_MODULES is the usual place to say so).
pytestmark = pytest.mark.slow

NETWORK = {"name": "Kampot NGO Forum", "kind": "provincial", "province": "Kampot"}


def kill_this_process(*_: object) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def arm(app: Flask, point: str) -> None:
    """Kill the process at `point` of the request that adds a network; earlier commits (the
    key's last use) go through."""
    database: Database = app.extensions["consult"].database
    armed: list[bool] = []

    @event.listens_for(database.sessions, "after_flush")
    def _arm(session: Session, _flush: object) -> None:
        armed.extend(True for row in session.new if isinstance(row, Network))

    if point == "as the write commits":  # the COMMIT is about to reach the database
        event.listen(database.engine, "commit", lambda _: armed and kill_this_process())
    elif point == "once the write has committed":
        event.listen(database.sessions, "after_commit", lambda _: armed and kill_this_process())
    else:  # "as the answer goes out": after every after_request of the app's own
        app.after_request_funcs.setdefault(None, []).insert(0, kill_after_answer(armed))


def kill_after_answer(armed: list[bool]):
    def kill(response: Response) -> Response:
        if armed:
            kill_this_process()
        return response

    return kill


def serve_one_write(settings: Settings, secret: str, point: str) -> None:
    app = create_app(settings)
    arm(app, point)
    app.test_client().post(
        "/api/v1/networks", json=NETWORK, headers={"Authorization": f"Bearer {secret}"}
    )


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    url = f"sqlite:///{tmp_path / 'consult.db'}"
    migrate.upgrade(url)
    return Settings.from_env(
        {
            "CONSULT_VAR_DIR": str(tmp_path / "var"),
            "CONSULT_DATABASE_URL": url,
            "CONSULT_BROKER_URL": "memory://",
            "CONSULT_RESULT_BACKEND": "cache+memory://",
        }
    )


@pytest.mark.parametrize(
    ("point", "expected"),
    [
        ("as the write commits", 0),
        ("once the write has committed", 1),
        ("as the answer goes out", 1),
    ],
)
def test_a_crash_keeps_a_write_and_its_audit_line_or_neither(
    settings: Settings, point: str, expected: int
):
    database = Database(settings.database_url)
    with database.session() as session:
        secret = api_keys.create_key(session, "secretariat", "staff").secret
    database.dispose()

    child = multiprocessing.get_context("fork").Process(
        target=serve_one_write, args=(settings, secret, point)
    )
    child.start()
    child.join(60)
    assert child.exitcode == -signal.SIGKILL, "the child was killed where the test said"

    database = Database(settings.database_url)
    with database.session() as session:
        networks = session.scalar(select(func.count()).select_from(Network))
        lines = session.scalars(select(AuditEntry.action).where(AuditEntry.actor.like("key:%")))
        assert (networks, lines.all()) == (expected, ["POST /api/v1/networks"] * expected)
    database.dispose()
