"""The Celery app, built from the same settings as the API."""

from __future__ import annotations

from celery import Celery

from consult.config import Settings
from consult.tasks.schedule import beat_schedule

# Queues by kind of work, so a flood of one kind cannot starve the others.
QUEUES = ("default", "events", "analysis", "mail")
DATABASE_BROKER_POLL_SECONDS = 0.25
TASK_ROUTES = {
    "consult.outbox.*": {"queue": "events"},
    "consult.summaries.*": {"queue": "analysis"},
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
        task_time_limit=360,
        task_default_queue="default",
        task_routes=TASK_ROUTES,
        task_track_started=True,
        result_expires=86400,
        result_extended=True,
        broker_connection_retry_on_startup=True,
        broker_transport_options=_transport_options(settings.broker_url),
        beat_schedule=beat_schedule(settings),
        worker_hijack_root_logger=False,
    )
    if settings.broker_url.startswith("sqla+"):
        _poll_database_broker_often()
    app.conf.include = TASK_MODULES
    app.loader.import_default_modules()
    return app


def _transport_options(broker_url: str) -> dict[str, object]:
    if broker_url.startswith(("redis://", "rediss://")):
        # A task not acknowledged within this time is given to another worker (acks_late).
        return {"visibility_timeout": 3600}
    return {}


def _poll_database_broker_often() -> None:
    """kombu polls a database broker and sleeps between polls whenever the worker's two
    prefetched tasks are not yet acknowledged: its default of 1 s let a burst of
    submissions through at two tasks a second. Its `polling_interval` transport option
    cannot say so for this transport (kombu passes it on to create_engine, which refuses
    it), so the transport's class default is set."""
    from kombu.transport.sqlalchemy import Transport

    Transport.polling_interval = DATABASE_BROKER_POLL_SECONDS
