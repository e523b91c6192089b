"""consult/after_commit.py: a commit nudges the worker from a background thread, so no
request waits on the broker; nudges are sent after commit only, each pending name once."""

from __future__ import annotations

import logging
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from consult import task_names as names
from consult.after_commit import BackgroundSender, nudge_after_commit
from consult.config import Settings
from consult.db import Database
from consult.models import DomainEvent
from consult.tasks import make_celery
from consult.tasks.database import database_for

WAIT_SECONDS = 10


class Recorder:
    """The `send_task` handed to the sender: records the names it is called with, and can
    hold the call (a broker that does not answer) or fail it (one that is down). The real
    broker's case is tests/tasks/test_nudges_broker_down.py."""

    def __init__(self) -> None:
        self.sent: list[str] = []
        self.released = threading.Event()
        self.released.set()
        self.entered = threading.Event()
        self.down = False

    def send_task(self, task: str) -> None:
        self.entered.set()
        self.released.wait(WAIT_SECONDS)
        if self.down:
            raise ConnectionRefusedError("broker down")
        self.sent.append(task)


@pytest.fixture
def database(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "consult.db"
    shutil.copy(sqlite_template, path)
    database = Database(f"sqlite:///{path}")
    yield database
    database.dispose()


def add_event(database: Database, commit: bool = True) -> None:
    with database.sessions() as session:
        session.add(DomainEvent(type="network.created", aggregate="network", aggregate_id=1,
                                payload={}))  # fmt: skip
        session.flush()
        if commit:
            session.commit()
        else:
            session.rollback()


def test_a_commit_returns_while_the_broker_hangs_and_later_commits_are_coalesced(database):
    broker = Recorder()
    sender = nudge_after_commit(database.sessions, broker.send_task)
    broker.released.clear()  # the broker takes the connection and never answers
    add_event(database)
    assert broker.entered.wait(WAIT_SECONDS), "the nudge was never sent"
    for _ in range(20):  # committed while the first nudge hangs: none of them waits
        add_event(database)
    assert broker.sent == []
    broker.released.set()
    assert sender.wait_idle(WAIT_SECONDS)
    assert broker.sent == [names.OUTBOX_RELAY, names.OUTBOX_RELAY], "one send, then one for all"


def test_a_rollback_nudges_nothing(database):
    broker = Recorder()
    sender = nudge_after_commit(database.sessions, broker.send_task)
    add_event(database, commit=False)
    assert sender.wait_idle(WAIT_SECONDS)
    assert broker.sent == []
    add_event(database)
    assert sender.wait_idle(WAIT_SECONDS)
    assert broker.sent == [names.OUTBOX_RELAY]


def test_a_failed_nudge_is_logged_and_dropped_and_the_next_one_goes(caplog):
    broker = Recorder()
    sender = BackgroundSender(broker.send_task)
    broker.down = True
    with caplog.at_level(logging.WARNING, logger="consult.after_commit"):
        sender(names.MAIL_SEND_DUE)
        assert sender.wait_idle(WAIT_SECONDS)
    assert "could not nudge consult.mail.send_due (broker down); beat will run it" in caplog.text
    broker.down = False
    sender(names.MAIL_SEND_DUE)
    assert sender.wait_idle(WAIT_SECONDS)
    assert broker.sent == [names.MAIL_SEND_DUE], "the failed one is not sent again"


def test_a_forked_child_sends_with_a_thread_of_its_own():
    """gunicorn and the worker's pool fork after the app (and its sender) exist: the child
    must not count on the parent's thread, which does not exist there."""
    broker = Recorder()
    sender = BackgroundSender(broker.send_task)
    broker.released.clear()
    sender(names.OUTBOX_RELAY)  # the parent's thread is now busy, its send held
    assert broker.entered.wait(WAIT_SECONDS)
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # the child: report what it sent, then leave without pytest's cleanup
        broker.released.set()
        sender(names.MAIL_SEND_DUE)
        sent = sender.wait_idle(WAIT_SECONDS) and broker.sent == [names.MAIL_SEND_DUE]
        os.write(write, b"sent" if sent else b"stuck")
        os._exit(0)
    os.close(write)
    try:
        assert os.read(read, 16) == b"sent"
    finally:
        os.close(read)
        os.waitpid(child, 0)
        broker.released.set()
    assert sender.wait_idle(WAIT_SECONDS)
    assert broker.sent == [names.OUTBOX_RELAY]


def test_a_worker_task_nudges_through_its_own_apps_broker(tmp_path: Path):
    """Two Celery apps on one database and different brokers (a test run makes many) each
    get the database their tasks nudge through: the second must not nudge the first's
    broker (it did, and the mail it queued waited for a beat that was not there)."""

    def app_on(broker: str):
        env = {"CONSULT_VAR_DIR": str(tmp_path), "CONSULT_BROKER_URL": broker}
        return make_celery(Settings.from_env(env))

    memory, redis_app = app_on("memory://"), app_on("redis://127.0.0.1:6379/9")
    assert database_for(memory) is database_for(memory)
    assert database_for(redis_app) is not database_for(memory)
