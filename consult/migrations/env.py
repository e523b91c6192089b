"""Alembic environment: the URL comes from the caller or from consult's settings."""

from alembic import context

import consult.models  # noqa: F401  (registers every table on Base.metadata)
from consult.config import Settings
from consult.db import Base, Database

config = context.config
url = config.attributes.get("database_url") or Settings.from_env().database_url


def run_migrations_offline() -> None:
    context.configure(url=url, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    database = Database(url)
    try:
        with database.engine.connect() as connection:
            if connection.dialect.name == "sqlite":
                # Batch mode alters a SQLite table by copying it and dropping the original;
                # with foreign keys enforced, dropping a table other rows refer to fails (or
                # fires its ON DELETE actions). Alembic's advice: off while migrating, set on
                # the driver's connection since the pragma is ignored inside a transaction;
                # the rows are checked before the migration commits (below).
                driver = connection.connection.driver_connection
                assert driver is not None  # a checked-out connection has its driver's
                driver.execute("PRAGMA foreign_keys=OFF")
            context.configure(
                connection=connection,
                target_metadata=Base.metadata,
                render_as_batch=True,  # SQLite alters tables by copying them
                compare_type=True,
            )
            with context.begin_transaction():
                context.run_migrations()
                if connection.dialect.name == "sqlite":
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise RuntimeError(f"Rows refer to rows that do not exist: {broken}")
    finally:
        database.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
