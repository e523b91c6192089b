"""The database a worker process uses, opened once per process."""

from __future__ import annotations

from typing import Any

from celery import Celery
from celery.signals import worker_process_init

from consult.after_commit import nudge_after_commit
from consult.config import Settings
from consult.db import Database
from consult.tasks import nudge_sender

_databases: dict[str, Database] = {}


def settings_of(app: Celery) -> Settings:
    """The settings the Celery app was made from (make_celery keeps them in its conf)."""
    settings: Settings = app.conf.consult_settings
    return settings


def database_for(app: Celery) -> Database:
    url = settings_of(app).database_url
    if url not in _databases:
        database = Database(url)
        # What a task commits (events, queued mail) is handed on like a request's.
        nudge_after_commit(database.sessions, nudge_sender(app))
        _databases[url] = database
    return _databases[url]


@worker_process_init.connect
def _fresh_connections_after_fork(**_: Any) -> None:
    """A forked worker child must not share its parent's database connections."""
    for database in _databases.values():
        database.engine.dispose(close=False)
