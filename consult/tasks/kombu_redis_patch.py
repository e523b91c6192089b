"""A worker must survive a Redis outage: a patch for kombu's Redis transport (kombu 5.7.0,
the newest release; report: docs/upstream/kombu-redis-ack-after-disconnect.md).

When Redis goes away, the worker closes its broker connection (`Connection.collect()`).
`Transport.close_connection` closes channels one by one and stops at the first whose close
raises a connection error (restoring its unacknowledged messages needs Redis), so the others
stay open while the connection detaches its transport (`transport.client = None`). Closing or
acknowledging on such a channel later builds a new connection pool from
`self.connection.client.hostname`: an `AttributeError`, which neither kombu nor Celery treat
as a connection error, so the worker's main process dies ("Unrecoverable error").

The patch makes that case the connection error it is, which both already handle: Celery
logs "Couldn't ack" and reconnects; the message stays in Redis's unacked set and is
delivered again after the visibility timeout (consult.tasks._transport_options).
"""

from __future__ import annotations

from functools import wraps
from typing import Any

from kombu.transport import redis as kombu_redis
from redis.exceptions import ConnectionError as RedisConnectionError

DETACHED = "this channel's broker connection was closed (kombu left the channel open)"


def apply() -> None:
    """Patch `kombu.transport.redis.Channel._connparams`, once per process."""
    channel: Any = kombu_redis.Channel  # the stubs do not know its private methods
    original = channel._connparams
    if getattr(original, "consult_patched", False):
        return

    @wraps(original)
    def _connparams(self: Any, asynchronous: bool = False) -> Any:
        transport = self.connection
        if transport is None or transport.client is None:
            raise RedisConnectionError(DETACHED)
        return original(self, asynchronous=asynchronous)

    _connparams.consult_patched = True  # type: ignore[attr-defined]
    channel._connparams = _connparams
