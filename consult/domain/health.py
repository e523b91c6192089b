"""Readiness: can this process reach the database and the broker right now?"""

from __future__ import annotations

import logging

from celery import Celery
from sqlalchemy import text

from consult.db import Database

log = logging.getLogger(__name__)

BROKER_TIMEOUT_SECONDS = 3


def readiness(database: Database, celery: Celery) -> dict[str, str]:
    """ "ok" or "down" for each dependency; the reason goes to the log, not to the caller."""
    return {"database": _database_state(database), "broker": _broker_state(celery)}


def _database_state(database: Database) -> str:
    try:
        with database.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception:
        log.warning("readiness: database unreachable", exc_info=True)
        return "down"
    return "ok"


def _broker_state(celery: Celery) -> str:
    try:
        with celery.connection_for_write() as connection:
            connection.ensure_connection(max_retries=1, timeout=BROKER_TIMEOUT_SECONDS)
    except Exception:
        log.warning("readiness: broker unreachable", exc_info=True)
        return "down"
    return "ok"
