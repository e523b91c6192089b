"""One way to say "after this commit, do that": a session that wrote domain events, mail or
webhook deliveries nudges the worker that handles them once the transaction has committed.

Views and tasks only commit. A flush that adds `DomainEvent` rows, or an INSERT into
`mail_messages` (the queue's multi-row insert is not an ORM `add`), is noted in the
session's `info`; `after_commit` hands the matching task to the process's `BackgroundSender`,
a rollback forgets it. Work is dispatched after commit, never from inside an open
transaction (the outbox rule), and never on the committing thread: a broker that is down or
slow costs a request nothing, and what it could not send, beat's relay and sweep run.
"""

from __future__ import annotations

import logging
import os
import threading
import weakref
from collections.abc import Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

from consult import task_names
from consult.models import DomainEvent, MailMessage, WebhookDelivery

log = logging.getLogger(__name__)

PENDING = "consult.after_commit"  # the task names a session's open transaction calls for


class BackgroundSender:
    """Sends tasks by name from a daemon thread of this process, each pending name once.

    A caller only adds the name to a set: a burst of commits while a send is under way (or
    while the broker is away) is one nudge per kind of work, not one per commit. A send that
    fails is logged and dropped, not retried: the work is in the database, and beat's relay
    and sweep run it within seconds of the broker's return. A forked child (gunicorn, the
    worker's pool) starts with an empty set and its own thread.
    """

    def __init__(self, send_task: Callable[[str], Any]) -> None:
        self._send_task = send_task
        self._reset()
        _SENDERS.add(self)

    def _reset(self) -> None:
        self._changed = threading.Condition()
        self._pending: set[str] = set()
        self._sending = False
        self._thread: threading.Thread | None = None

    def __call__(self, task: str) -> None:
        with self._changed:
            self._pending.add(task)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="nudge", daemon=True)
                self._thread.start()
            self._changed.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        """Whether every name handed in so far has been sent (or dropped) within `timeout`."""
        with self._changed:
            return self._changed.wait_for(lambda: not (self._pending or self._sending), timeout)

    def _run(self) -> None:
        while True:
            with self._changed:
                self._changed.wait_for(lambda: self._pending)
                tasks, self._pending, self._sending = sorted(self._pending), set(), True
            for task in tasks:
                try:
                    self._send_task(task)
                except Exception as error:  # committed already: a hint, not a duty
                    log.warning("could not nudge %s (%s); beat will run it", task, error)
            with self._changed:
                self._sending = False
                self._changed.notify_all()


_SENDERS: weakref.WeakSet[BackgroundSender] = weakref.WeakSet()


def _reset_after_fork() -> None:
    """A child's copies of the senders: no thread runs them, their lock may be held."""
    for sender in _SENDERS:
        sender._reset()


os.register_at_fork(after_in_child=_reset_after_fork)


def nudge_after_commit(
    sessions: sessionmaker[Session], send_task: Callable[[str], Any]
) -> BackgroundSender:
    """Sessions from `sessions` nudge the outbox relay and the mail sender after commits
    that left work for them, through a `BackgroundSender` of `send_task(name)` (returned)."""
    sender = BackgroundSender(send_task)

    @event.listens_for(sessions, "after_flush")
    def _note_added_rows(session: Session, _flush: UOWTransaction) -> None:
        for row in session.new:
            if isinstance(row, DomainEvent):
                _note(session, task_names.OUTBOX_RELAY)
            elif isinstance(row, MailMessage):
                _note(session, task_names.MAIL_SEND_DUE)
            elif isinstance(row, WebhookDelivery):
                _note(session, task_names.WEBHOOKS_SEND_DUE)

    @event.listens_for(sessions, "do_orm_execute")
    def _note_inserted_mail(state: ORMExecuteState) -> None:
        mapper = state.bind_mapper
        if state.is_insert and mapper is not None and mapper.class_ is MailMessage:
            _note(state.session, task_names.MAIL_SEND_DUE)
        elif state.is_insert and mapper is not None and mapper.class_ is DomainEvent:
            _note(state.session, task_names.OUTBOX_RELAY)

    @event.listens_for(sessions, "after_commit")
    def _nudge(session: Session) -> None:
        for task in session.info.pop(PENDING, ()):
            sender(task)

    @event.listens_for(sessions, "after_rollback")
    def _forget(session: Session) -> None:
        session.info.pop(PENDING, None)

    return sender


def _note(session: Session, task: str) -> None:
    session.info.setdefault(PENDING, set()).add(task)
