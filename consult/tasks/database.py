"""The database a worker process uses, opened once per process."""

from __future__ import annotations

from typing import Any

from celery import Celery
from celery.signals import worker_process_init

from consult.after_commit import nudge_after_commit
from consult.config import Settings
from consult.db import Database
from consult.tasks import nudge_sender

# By database and broker: what a task commits is nudged through a Celery app on the broker
# this app uses (a process serving two apps, as a test run does, must not nudge the other's).
_databases: dict[tuple[str, str], Database] = {}


def settings_of(app: Celery) -> Settings:
    """The settings the Celery app was made from (make_celery keeps them in its conf)."""
    settings: Settings = app.conf.consult_settings
    return settings


def database_for(app: Celery) -> Database:
    settings = settings_of(app)
    key = (settings.database_url, settings.broker_url)
    if key not in _databases:
        database = Database(settings.database_url)
        # What a task commits (events, queued mail) is handed on like a request's.
        nudge_after_commit(database.sessions, nudge_sender(app))
        _databases[key] = database
    return _databases[key]


@worker_process_init.connect
def _fresh_connections_after_fork(**_: Any) -> None:
    """A forked worker child must not share its parent's database connections."""
    for database in _databases.values():
        database.engine.dispose(close=False)
