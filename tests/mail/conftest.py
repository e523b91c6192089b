"""A real SMTP server (aiosmtpd) the tests start and stop, and the service wired to it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
import redis
from aiosmtpd.controller import Controller
from celery.contrib.testing.worker import start_worker

from consult import create_app
from consult.config import Settings
from consult.domain import api_keys
from consult.tasks import QUEUES
from tests.conftest import bearer, truncate_all


@dataclass
class Received:
    to: list[str]
    message: EmailMessage


@dataclass
class Sink:
    """What the SMTP server received; `refuse` makes it answer 451 (try later) to DATA."""

    messages: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=policy.default)
        with self.lock:
            self.messages.append(Received(list(envelope.rcpt_tos), message))
        return "250 Message accepted"

    def to(self, address: str) -> list[EmailMessage]:
        with self.lock:
            return [r.message for r in self.messages if address in r.to]

    def count(self) -> int:
        with self.lock:
            return len(self.messages)


class SmtpServer:
    """aiosmtpd on a fixed local port that can be stopped and started again."""

    def __init__(self) -> None:
        self.sink = Sink()
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.sink, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


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


def mail_settings(tmp_path: Path, postgres_url: str, redis_url: str, port: int, **extra: str):
    return Settings.from_env(
        {
            "CONSULT_VAR_DIR": str(tmp_path),
            "CONSULT_DATABASE_URL": postgres_url,
            "CONSULT_BROKER_URL": redis_url,
            "CONSULT_RESULT_BACKEND": redis_url,
            "CONSULT_SMTP_HOST": "127.0.0.1",
            "CONSULT_SMTP_PORT": str(port),
            "CONSULT_MAIL_FROM": "CCC secretariat <consult@ccc.example.org>",
            "CONSULT_STAFF_EMAILS": "secretariat@ccc.example.org",
            **extra,
        }
    )


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


def wait_until(condition, timeout: float, step: float = 0.2, tick=None):
    """Poll `condition` until true; `tick` runs each time round (say, what beat would do)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if tick is not None:
            tick()
        result = condition()
        if result:
            return result
        time.sleep(step)
    return condition()
