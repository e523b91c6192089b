"""Engine, sessions and the declarative base shared by every model."""

from __future__ import annotations

import json
import re
import select
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import JSON, Connection, DateTime, Engine, MetaData, create_engine, event
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import URL, Dialect, make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.orm.session import JoinTransactionMode
from sqlalchemy.types import TypeDecorator

READ_ONLY = "consult_read_only"
DEFAULT_JOIN: JoinTransactionMode = "conditional_savepoint"  # a Session's own default
# A pooled server connection is replaced once this old (_discard_connections_the_server_closed).
POOL_RECYCLE_SECONDS = 1800
# Connecting, and a silent peer on an open connection (keepalives every 10 s from 30 s idle;
# unacknowledged data for 30 s), each give up within about a minute at most.
PG_TIMEOUTS = {
    "connect_timeout": 5,
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
    "tcp_user_timeout": 30_000,
}

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

JSONDocument = JSON().with_variant(JSONB(), "postgresql")


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back time-zone aware, SQLite included."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass an aware one")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar = {
        datetime: UTCDateTime,
        dict[str, Any]: JSONDocument,
        dict[str, str]: JSONDocument,
        list[dict[str, Any]]: JSONDocument,
        list[int]: JSONDocument,
        list[str]: JSONDocument,
    }


def one_of(column: str, values: tuple[str, ...]) -> str:
    """SQL for a CHECK constraint that keeps `column` within `values`."""
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def utcnow() -> datetime:
    return datetime.now(UTC)


class Database:
    """One engine and its session factory; the API and each worker process hold one."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = _create_engine(url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._reader_engine = self.engine.execution_options(**{READ_ONLY: True})
        self._reader_sessions = sessionmaker(self._reader_engine, expire_on_commit=False)

    def read_session(self) -> Session:
        """A session for long reads (exports): on SQLite it does not hold the write lock.

        The caller closes it; writing through it is a mistake.
        """
        return self._reader_sessions()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def join(self, connection: Connection | None) -> None:
        """Open every later session inside `connection`'s transaction, a commit releasing a
        savepoint; None: on the engine again. The tests' one app per process runs each test
        this way and rolls the transaction back at its end (warehouse's `db_session`)."""
        for factory, engine in (
            (self.sessions, self.engine),
            (self._reader_sessions, self._reader_engine),
        ):
            if connection is None:
                factory.configure(bind=engine, join_transaction_mode=DEFAULT_JOIN)
            else:
                factory.configure(bind=connection, join_transaction_mode="create_savepoint")

    def dispose(self) -> None:
        self.engine.dispose()


def _create_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # hide_parameters: a failed statement's answers and e-mails stay out of the logs.
        engine = create_engine(
            url,
            connect_args=_server_timeouts(parsed),
            hide_parameters=True,
            pool_recycle=POOL_RECYCLE_SECONDS,
        )
        _discard_connections_the_server_closed(engine)
        return engine
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        connect_args={"timeout": 30, "check_same_thread": False},
        hide_parameters=True,
        json_deserializer=read_stored_json,
    )
    _serialise_sqlite_writers(engine)
    return engine


def _server_timeouts(url: URL) -> dict[str, int]:
    """libpq's timeouts, unless the URL sets its own: a server that stops answering (a
    dropped network, not a refused connection) fails a request in seconds, as a 503,
    instead of holding its thread until the kernel gives up some fifteen minutes later."""
    if url.get_backend_name() != "postgresql":
        return {}
    return {name: value for name, value in PG_TIMEOUTS.items() if name not in url.query}


def _discard_connections_the_server_closed(engine: Engine) -> None:
    """Hand out no pooled connection that the server has closed, without a round trip.

    A pre-ping would cost every request a round trip. A server that restarts, or ends a
    session, tells its idle connections so (an error message, then end of file): their
    socket turns readable while nothing is pending. Such a connection is replaced at
    checkout (the pool retries with a fresh one). A connection that dies during a request
    is SQLAlchemy's ordinary case: that request fails (a 503), and the pool drops every
    connection older than the failure. `pool_recycle` bounds how old a connection a
    silent network can leave behind.
    """

    closed = (OSError, ValueError, engine.dialect.loaded_dbapi.Error)  # no socket left

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        try:
            readable, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
        except closed:
            readable = [True]
        if readable:
            raise DisconnectionError("the server closed this pooled connection")


# A lone surrogate as SQLite's JSON text holds it: "\\ud800" (json.dumps escapes it).
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89abcdefABCDEF]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def read_stored_json(text: str) -> Any:
    """JSON as SQLite stored it, a lone UTF-16 surrogate read as U+FFFD.

    Input refuses them now, but SQLite accepted "\\ud800" in answers before; such a row
    is shown with a replacement character rather than failing every page and export of
    its round. Stored versions stay as they were: history is never rewritten.
    """
    value = json.loads(text)
    if _ESCAPED_SURROGATE.search(text):  # a pair (an emoji) matches too; it loads whole
        return _without_surrogates(value)
    return value


def _without_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {_without_surrogates(key): _without_surrogates(item) for key, item in value.items()}
    return value


def _serialise_sqlite_writers(engine: Engine) -> None:
    """Make SQLite safe for the API, the worker and beat writing one file at once.

    WAL lets readers run beside the writer; `BEGIN IMMEDIATE` takes the write lock at the
    start of a transaction, so two writers queue on the busy timeout instead of one of them
    failing with "database is locked" when it upgrades a read lock (SQLAlchemy's
    documented pysqlite recipe). Read-only sessions begin deferred: in WAL mode a long
    export then reads a snapshot while networks keep submitting.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")
