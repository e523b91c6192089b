"""A plain SQLAlchemy session on a migrated SQLite file, rolled back after each test.

The domain's rules take a session and flush, never commit, so one database serves the
whole module and each test sees it empty (warehouse's `db_session` pattern).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from consult.db import Database


@pytest.fixture(scope="module")
def domain_database(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("domain") / "consult.db"
    shutil.copy(sqlite_template, path)
    database = Database(f"sqlite:///{path}")
    yield database
    database.dispose()


@pytest.fixture
def session(domain_database: Database) -> Iterator[Session]:
    session = domain_database.sessions()
    try:
        yield session
    finally:
        session.rollback()
        session.close()


@pytest.fixture
def now() -> datetime:
    return datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
