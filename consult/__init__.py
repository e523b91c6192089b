"""consult: consultation rounds, common-response summaries and follow-ups."""

from __future__ import annotations

import logging

from flask import Flask

from consult.api.json import StrictJSONProvider
from consult.config import Settings
from consult.db import Database
from consult.runtime import Runtime


def create_app(settings: Settings | None = None) -> Flask:
    """Build the API: settings from the environment unless given (tests give their own)."""
    from consult.api import init_api
    from consult.api.session import close_request_session
    from consult.tasks import make_celery
    from consult.web import init_web

    settings = settings or Settings.from_env()
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    app = Flask(__name__)
    app.json = StrictJSONProvider(app)
    app.config.update(
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
        JSON_AS_ASCII=False,
        PROPAGATE_EXCEPTIONS=False,
    )
    app.extensions["consult"] = Runtime(
        settings=settings, database=Database(settings.database_url), celery=make_celery(settings)
    )
    app.teardown_appcontext(close_request_session)
    init_api(app)
    init_web(app)
    return app
