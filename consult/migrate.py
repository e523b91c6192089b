"""Apply the Alembic migrations shipped in `consult/migrations/` to a database.

The configuration is built here rather than read from an alembic.ini, so an installed wheel
migrates from any working directory; the checkout's alembic.ini points the `alembic` CLI at
the same folder (for `alembic revision --autogenerate`).
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    config.attributes["database_url"] = database_url
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url), revision)


def current(database_url: str) -> None:
    command.current(alembic_config(database_url), verbose=True)


def is_current(database_url: str) -> bool:
    """Whether the database is at the latest migration (a command that only reads and
    writes rows checks this instead of migrating: only `run` and `db upgrade` migrate)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine

    head = ScriptDirectory.from_config(alembic_config(database_url)).get_current_head()
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision() == head
    finally:
        engine.dispose()
