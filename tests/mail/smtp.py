"""A real SMTP server (aiosmtpd) that tests start, stop and start again on the same port, and
the settings that point the service at it. Shared by the mail tests and the fault tests."""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller

from consult.config import Settings


@dataclass
class Received:
    to: list[str]
    message: EmailMessage


@dataclass
class Sink:
    """What the SMTP server received. A message is kept in the same event-loop step that
    answers 250 to its DATA, so the server stopping cannot fall between the two."""

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

    def message_ids(self) -> Counter[str]:
        """How many times each Message-ID arrived (the service derives it from the key)."""
        with self.lock:
            return Counter(str(r.message["Message-ID"]) for r in self.messages)


class SmtpServer:
    """aiosmtpd on a fixed local port that can be stopped and started again. Stopping drops
    every open session, as a server going away does; connections are then refused."""

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


def mail_env(
    tmp_path: Path, postgres_url: str, redis_url: str, port: int, **extra: str
) -> dict[str, str]:
    """The CONSULT_* settings of a service on PostgreSQL and Redis mailing to `port`."""
    return {
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


def mail_settings(
    tmp_path: Path, postgres_url: str, redis_url: str, port: int, **extra: str
) -> Settings:
    return Settings.from_env(mail_env(tmp_path, postgres_url, redis_url, port, **extra))


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
