"""Ask a worker to act now, after a commit that left work for it (events, queued mail)."""

from __future__ import annotations

import logging

from consult.runtime import current_runtime

log = logging.getLogger(__name__)


def nudge_relay() -> None:
    """The outbox relay: publish the events just committed."""
    _nudge("consult.outbox.relay")


def nudge_mail() -> None:
    """The mail sender: send the messages just queued."""
    _nudge("consult.mail.send_due")


def _nudge(task: str) -> None:
    """A hint, not a duty: if the broker is down, beat runs the same task periodically."""
    try:
        current_runtime().celery.send_task(task, retry=False)
    except Exception:  # the request is already committed; never fail it for this
        log.warning("could not nudge %s; beat will run it", task, exc_info=True)
