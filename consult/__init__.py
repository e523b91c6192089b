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
    from werkzeug.middleware.proxy_fix import ProxyFix

    from consult.access_log import MaskedRecords
    from consult.after_commit import nudge_after_commit
    from consult.api import init_api
    from consult.api.errors import too_many_requests
    from consult.api.json import StrictJSONProvider
    from consult.body_limit import ChunkedBodyLimit
    from consult.config import Settings
    from consult.console import init_console
    from consult.db import Database
    from consult.guard import RequestGuard
    from consult.headers import init_headers
    from consult.rate_limits import init_rate_limits
    from consult.runtime import Runtime
    from consult.session import close_request_session
    from consult.tasks import make_celery, nudge_sender
    from consult.web import init_web

    settings = settings or Settings.from_env()
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    app = Flask(__name__)
    app.logger.addFilter(MaskedRecords())
    app.json = StrictJSONProvider(app)
    app.config.update(
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
        JSON_AS_ASCII=False,
        PROPAGATE_EXCEPTIONS=False,
    )
    database, celery = Database(settings.database_url), make_celery(settings)
    # A commit that wrote events or mail nudges their worker from a background thread: a
    # broker that is down or slow costs no request anything, and beat picks the work up.
    nudge_after_commit(database.sessions, nudge_sender(celery))
    app.extensions["consult"] = Runtime(settings=settings, database=database, celery=celery)
    app.teardown_appcontext(close_request_session)
    init_api(app)
    init_web(app)
    init_console(app, settings)
    init_headers(app)
    init_rate_limits(app, settings, too_many_requests)
    if settings.trusted_proxies:
        # Client address and scheme from the proxies in front (rate limits, HSTS).
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=settings.trusted_proxies, x_proto=settings.trusted_proxies
        )
    app.wsgi_app = RequestGuard(app.wsgi_app)  # type: ignore[method-assign]
    app.wsgi_app = ChunkedBodyLimit(app.wsgi_app, settings.max_body_bytes)  # type: ignore[method-assign]
    return app
