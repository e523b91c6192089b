"""consult: consultation rounds, common-response summaries and follow-ups."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flask import Flask

    from consult.config import Settings


def create_app(settings: Settings | None = None) -> Flask:
    """Build the API: settings from the environment unless given (tests give their own).

    Everything is imported here, not at the top: `consult --help` and the commands that
    need no web stack start without loading it.
    """
    from flask import Flask

    from consult.after_commit import nudge_after_commit
    from consult.api import init_api
    from consult.api.json import StrictJSONProvider
    from consult.config import Settings
    from consult.db import Database
    from consult.headers import init_headers
    from consult.runtime import Runtime
    from consult.session import close_request_session
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
    database, celery = Database(settings.database_url), make_celery(settings)
    # A commit that wrote events or mail nudges their worker; retry=False: a broker that
    # is down costs the request one failed connect, and beat picks the work up.
    nudge_after_commit(database.sessions, lambda task: celery.send_task(task, retry=False))
    app.extensions["consult"] = Runtime(settings=settings, database=database, celery=celery)
    app.teardown_appcontext(close_request_session)
    init_api(app)
    init_web(app)
    init_headers(app)
    return app
