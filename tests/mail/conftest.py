"""The SMTP server of tests/mail/smtp.py as a fixture, and the service wired to it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import redis
from celery.contrib.testing.worker import start_worker

from consult import create_app
from consult.config import Settings
from consult.domain import api_keys
from consult.tasks import QUEUES
from tests.conftest import bearer, truncate_all
from tests.mail.smtp import SmtpServer, mail_settings


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


@dataclass
class MailStack:
    app: object
    admin: dict[str, str]
    settings: Settings

    @property
    def celery(self):
        return self.app.extensions["consult"].celery

    @property
    def database(self):
        return self.app.extensions["consult"].database

    def run(self, task: str, timeout: float = 60) -> object:
        return self.celery.send_task(task).get(timeout=timeout)


@pytest.fixture
def mail_stack(postgres_url, redis_url, smtp_server, tmp_path, request) -> Iterator[MailStack]:
    """The app and a real worker on PostgreSQL and Redis, mailing through `smtp_server`."""
    redis.Redis.from_url(redis_url).flushdb()
    extra = getattr(request, "param", {})
    settings = mail_settings(tmp_path, postgres_url, redis_url, smtp_server.port, **extra)
    app = create_app(settings)
    runtime = app.extensions["consult"]
    with runtime.database.session() as session:
        secret = api_keys.create_key(session, "mail tests", "admin").secret
    with start_worker(runtime.celery, pool="solo", perform_ping_check=False, queues=list(QUEUES)):
        yield MailStack(app, bearer(secret), settings)
    runtime.database.dispose()
    truncate_all(postgres_url)
