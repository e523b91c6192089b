"""One way to say "after this commit, do that": a session that wrote domain events, mail or
webhook deliveries nudges the worker that handles them once the transaction has committed.

Views and tasks only commit. A flush that adds `DomainEvent` rows, or an INSERT into
`mail_messages` (the queue's multi-row insert is not an ORM `add`), is noted in the
session's `info`; `after_commit` sends the matching task, a rollback forgets it. Work is
dispatched after commit, never from inside an open transaction (the outbox rule).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

from consult.models import DomainEvent, MailMessage, WebhookDelivery
from consult.tasks import names

log = logging.getLogger(__name__)

PENDING = "consult.after_commit"  # the task names a session's open transaction calls for


def nudge_after_commit(sessions: sessionmaker[Session], send_task: Callable[[str], Any]) -> None:
    """Sessions from `sessions` nudge the outbox relay and the mail sender after commits
    that left work for them; `send_task(name)` must not wait long on the broker."""

    @event.listens_for(sessions, "after_flush")
    def _note_added_rows(session: Session, _flush: UOWTransaction) -> None:
        for row in session.new:
            if isinstance(row, DomainEvent):
                _note(session, names.OUTBOX_RELAY)
            elif isinstance(row, MailMessage):
                _note(session, names.MAIL_SEND_DUE)
            elif isinstance(row, WebhookDelivery):
                _note(session, names.WEBHOOKS_SEND_DUE)

    @event.listens_for(sessions, "do_orm_execute")
    def _note_inserted_mail(state: ORMExecuteState) -> None:
        mapper = state.bind_mapper
        if state.is_insert and mapper is not None and mapper.class_ is MailMessage:
            _note(state.session, names.MAIL_SEND_DUE)
        elif state.is_insert and mapper is not None and mapper.class_ is DomainEvent:
            _note(state.session, names.OUTBOX_RELAY)

    @event.listens_for(sessions, "after_commit")
    def _nudge(session: Session) -> None:
        for task in sorted(session.info.pop(PENDING, ())):
            try:
                send_task(task)
            except Exception:  # committed already: a hint, not a duty (beat runs it too)
                log.warning("could not nudge %s; beat will run it", task, exc_info=True)

    @event.listens_for(sessions, "after_rollback")
    def _forget(session: Session) -> None:
        session.info.pop(PENDING, None)


def _note(session: Session, task: str) -> None:
    session.info.setdefault(PENDING, set()).add(task)
