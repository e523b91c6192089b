"""The Celery app, built from the same settings as the API."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from celery import Celery

from consult import task_names
from consult.config import Settings
from consult.tasks import kombu_redis_patch
from consult.tasks.schedule import beat_schedule

# Queues by kind of work, so a flood of one kind cannot starve the others.
QUEUES = ("default", "events", "analysis", "mail")
DATABASE_BROKER_POLL_SECONDS = 0.25
TASK_TIME_LIMIT_SECONDS = 360
# A message a worker took and never acknowledged (acks_late: it died or lost Redis before
# the ack) is handed out again this long after delivery. Shorter than Redis's usual hour,
# so a task whose worker died runs again within minutes; longer than any task may run (the
# hard time limit) plus the longest countdown we send (a recompute's debounce, seconds),
# since Redis also re-delivers a message that is merely still running or waiting for its
# countdown (a second run of any of our tasks is harmless, a hundred are not). Work is not
# lost meanwhile: beat's relay and sweep pick up what the database says is pending.
VISIBILITY_TIMEOUT_SECONDS = 600
# Redis calls give up quickly instead of hanging a request or a worker on a dead server.
REDIS_CONNECT_TIMEOUT_SECONDS = 2
REDIS_SOCKET_TIMEOUT_SECONDS = 5
# The result backend's own reconnect loop (Celery's default: 20 tries a second apart) runs
# inside whoever calls it, an API request included: two quick tries, then the error.
RESULT_BACKEND_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.25,
    "interval_max": 0.5,
}
# A name beats a pattern: `analysis` holds recomputes only, so none waits behind the
# summaries' bookkeeping (the sweep, the close handler), which rides with the events.
TASK_ROUTES = {
    "consult.outbox.*": {"queue": "events"},
    task_names.SUMMARY_RECOMPUTE: {"queue": "analysis"},
    "consult.summaries.*": {"queue": "events"},
    "consult.mail.*": {"queue": "mail"},
}
TASK_MODULES = [
    "consult.tasks.outbox",
    "consult.tasks.summaries",
    "consult.tasks.mail",
    "consult.tasks.rounds",
    "consult.tasks.webhooks",
]


def make_celery(settings: Settings) -> Celery:
    """A Celery app on the configured broker; tasks find the database through its settings."""
    kombu_redis_patch.apply()  # a worker survives a Redis outage (see the module)
    app = Celery("consult", broker=settings.broker_url, backend=settings.result_backend)
    app.conf.update(
        consult_settings=settings,  # what tasks read: tasks.database.settings_of(app)
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        timezone=settings.timezone,
        enable_utc=True,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_soft_time_limit=300,
        task_time_limit=TASK_TIME_LIMIT_SECONDS,
        task_default_queue="default",
        task_routes=TASK_ROUTES,
        task_track_started=True,
        result_expires=86400,
        result_extended=True,
        # Lost the broker? Reconnect, for as long as it takes (Celery gives up after 100).
        broker_connection_retry=True,
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,
        broker_transport_options=_transport_options(settings.broker_url),
        redis_socket_connect_timeout=REDIS_CONNECT_TIMEOUT_SECONDS,
        redis_socket_timeout=REDIS_SOCKET_TIMEOUT_SECONDS,
        result_backend_transport_options={"retry_policy": RESULT_BACKEND_RETRY_POLICY},
        beat_schedule=beat_schedule(settings),
        worker_hijack_root_logger=False,
    )
    if settings.broker_url.startswith("sqla+"):
        _poll_database_broker_often()
    app.conf.include = TASK_MODULES
    app.loader.import_default_modules()
    return app


def nudge_sender(app: Celery) -> Callable[[str], Any]:
    """`app.send_task(name)` for a nudge: one try, no retry loop, and no result to follow,
    so the result backend is left alone (subscribing to a result reconnects for seconds)."""
    return lambda task: app.send_task(task, retry=False, ignore_result=True)


def _transport_options(broker_url: str) -> dict[str, object]:
    if broker_url.startswith(("redis://", "rediss://")):
        return {
            "visibility_timeout": VISIBILITY_TIMEOUT_SECONDS,
            "socket_connect_timeout": REDIS_CONNECT_TIMEOUT_SECONDS,
            "socket_timeout": REDIS_SOCKET_TIMEOUT_SECONDS,
        }
    return {}


def _poll_database_broker_often() -> None:
    """kombu polls a database broker and sleeps between polls whenever the worker's two
    prefetched tasks are not yet acknowledged: its default of 1 s let a burst of
    submissions through at two tasks a second. Its `polling_interval` transport option
    cannot say so for this transport (kombu passes it on to create_engine, which refuses
    it), so the transport's class default is set."""
    from kombu.transport.sqlalchemy import Transport

    Transport.polling_interval = DATABASE_BROKER_POLL_SECONDS
