"""consult/tasks/kombu_redis_patch.py: what kombu 5.7.0 leaves behind when Redis goes away,
and what the patch turns it into, on a private Redis stopped under a connection.

Without the patch both calls below raise AttributeError ("'NoneType' object has no
attribute 'hostname'"), which killed the worker's main process (issue 13). The minimal
reproduction of docs/upstream/kombu-redis-ack-after-disconnect.md, as a test.
"""

from __future__ import annotations

import logging
from typing import Any

import kombu
import pytest

from consult.tasks import kombu_redis_patch
from tests.redis_server import private_redis


def take_one(channel: Any) -> kombu.Message:
    """A message delivered on `channel` and not acknowledged (a task in flight)."""
    queue = kombu.Queue("in-flight", routing_key="in-flight")(channel)
    queue.declare()
    kombu.Producer(channel).publish({"task": "in flight"}, routing_key="in-flight")
    message = queue.get(no_ack=False)
    assert message is not None
    return message


def test_a_channel_kombu_left_open_when_redis_went_away_fails_with_a_connection_error():
    kombu_redis_patch.apply()
    with private_redis() as server:
        connection = kombu.Connection(server.url())
        errors = connection.connection_errors  # what Celery catches around ack and close
        channels: list[Any] = [connection.channel(), connection.channel()]
        messages = [take_one(channel) for channel in channels]
        server.stop()
        # What a Celery 5.7 worker does when it loses the broker (consumer.py,
        # on_connection_error_after_connected): collect, then close.
        connection.collect(socket_timeout=1)
        left_open = [index for index, channel in enumerate(channels) if not channel.closed]
        assert left_open, "kombu closed every channel: re-check whether the patch is needed"
        index = left_open[0]
        with pytest.raises(errors):
            channels[index].close()
        with pytest.raises(errors):
            messages[index].ack()
        # Celery acknowledges through ack_log_error: a connection error is logged, not raised.
        messages[index].ack_log_error(logging.getLogger(__name__), errors)


def test_the_patch_is_applied_once_and_leaves_a_working_channel_alone():
    kombu_redis_patch.apply()
    channel_class: Any = kombu.transport.redis.Channel
    patched = channel_class._connparams
    kombu_redis_patch.apply()
    assert channel_class._connparams is patched
    with private_redis() as server, kombu.Connection(server.url()) as connection:
        channel: Any = connection.channel()
        take_one(channel).ack()
        assert channel.client.ping()
