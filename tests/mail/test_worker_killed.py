"""A worker killed in the middle of a batch: its replacement sends the rest, nothing twice."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time
from collections import Counter
from email import message_from_bytes, policy

import redis

from consult import create_app
from consult.config import Settings
from consult.domain import api_keys
from tests.conftest import NETWORKS_CSV, bearer, launch_over_http, truncate_all
from tests.mail.smtp import Received, SmtpServer, mail_env, wait_until
from tests.mail.test_followups import DIRECTORY
from tests.workers import start_worker_process

STALL_AT = 10  # the server holds the 10th message until the worker is dead


class StallingSink:
    """Accepts mail, but holds message STALL_AT; a message is kept only once it is accepted
    (a dropped connection cancels the handler, as a real server discards the message)."""

    def __init__(self) -> None:
        self.messages: list[Received] = []
        self.stalled = threading.Event()
        self.seen = 0

    async def handle_DATA(self, server, session, envelope):
        self.seen += 1
        if self.seen == STALL_AT:
            self.stalled.set()
            await asyncio.sleep(60)  # cancelled when the connection drops
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append(Received(list(envelope.rcpt_tos), message))
        return "250 Message accepted"


def test_a_worker_killed_mid_batch_loses_nothing_and_sends_nothing_twice(
    postgres_url, redis_url, tmp_path, sample_round
):
    redis.Redis.from_url(redis_url).flushdb()
    server = SmtpServer()
    server.sink = StallingSink()  # type: ignore[assignment]
    server.start()
    extra = {"CONSULT_MAIL_LEASE_SECONDS": "3", "CONSULT_LOG_LEVEL": "WARNING"}
    service = mail_env(tmp_path, postgres_url, redis_url, server.port, **extra)
    settings = Settings.from_env(service)
    env = {**os.environ, **service}
    app = create_app(settings)
    runtime = app.extensions["consult"]
    with runtime.database.session() as session:
        admin = bearer(api_keys.create_key(session, "kill test", "admin").secret)
    first = start_worker_process(env)
    second = None
    try:
        launch_over_http(app.test_client(), admin, NETWORKS_CSV.read_bytes(), sample_round)
        assert server.sink.stalled.wait(timeout=60), "the first worker never reached message 10"
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(timeout=10)
        assert len(server.sink.messages) == STALL_AT - 1

        second = start_worker_process(env)
        beat = lambda: runtime.celery.send_task("consult.mail.send_due")  # noqa: E731
        assert wait_until(lambda: len(server.sink.messages) >= 34, timeout=60, step=1, tick=beat)
        for _ in range(4):
            beat()
            time.sleep(0.5)
    finally:
        for worker in (first, second):
            if worker is not None and worker.poll() is None:
                os.killpg(worker.pid, signal.SIGKILL)
        server.stop()
        runtime.database.dispose()
        truncate_all(postgres_url)
    received = Counter(address for r in server.sink.messages for address in r.to)
    assert received == Counter(row["contact_email"] for row in DIRECTORY)
