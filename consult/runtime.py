"""What a running API process holds: its settings, its database and its Celery client."""

from __future__ import annotations

from dataclasses import dataclass

from celery import Celery
from flask import current_app

from consult.config import Settings
from consult.db import Database


@dataclass(frozen=True)
class Runtime:
    settings: Settings
    database: Database
    celery: Celery


def current_runtime() -> Runtime:
    runtime: Runtime = current_app.extensions["consult"]
    return runtime
