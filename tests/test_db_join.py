"""Database.join: the fast tests' one app per process runs each test inside a transaction."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select

from consult.db import Database
from consult.domain.api_keys import create_key
from consult.models import ApiKey


def count(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(ApiKey)) or 0


def test_joined_sessions_commit_savepoints_that_the_outer_rollback_takes_back(
    sqlite_template: Path, tmp_path: Path
):
    shutil.copy(sqlite_template, tmp_path / "consult.db")
    database = Database(f"sqlite:///{tmp_path / 'consult.db'}")
    try:
        connection = database.engine.connect()
        transaction = connection.begin()
        database.join(connection)
        with database.session() as session:
            create_key(session, "first", "viewer")
        assert count(database) == 1, "a later session sees what the first committed"
        reader = database.read_session()
        assert reader.scalar(select(func.count()).select_from(ApiKey)) == 1
        reader.close()
        database.join(None)
        transaction.rollback()
        connection.close()

        assert count(database) == 0, "the outer rollback took the key back"
        with database.session() as session:
            create_key(session, "second", "viewer")
        other = Database(database.url)
        assert count(other) == 1, "back on the engine, a commit is a real one"
        other.dispose()
    finally:
        database.dispose()
