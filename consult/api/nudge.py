"""Ask the outbox relay to run now, after a commit that wrote events."""

from __future__ import annotations

import logging

from consult.runtime import current_runtime

log = logging.getLogger(__name__)


def nudge_relay() -> None:
    """A hint, not a duty: if the broker is down, beat's periodic relay sends the events."""
    try:
        current_runtime().celery.send_task("consult.outbox.relay", retry=False)
    except Exception:  # the response is already committed; never fail the request for this
        log.warning("could not nudge the outbox relay; beat will relay", exc_info=True)
