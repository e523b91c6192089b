"""The staff console at /staff/: the same domain functions as the API, as pages a programme
officer uses in a browser, in English or Khmer, without JavaScript.

Each area of the console is a blueprint of its own module, registered here by name: a
module not listed serves no page. Texts are in consult.texts.staff, the menu in
consult.console.blueprint. Every form carries a CSRF token (Flask-WTF), checked on every
POST to /staff/ before the view runs; the API (bearer keys, no cookies) and the networks'
pages (their link is their credential) are outside it.
"""

from __future__ import annotations

from flask import Flask, render_template
from flask_wtf.csrf import CSRFError, CSRFProtect

from consult.config import Settings
from consult.console import (
    api_keys,
    audit,
    builder,
    calendar,
    common_responses,
    followups,
    home,
    mail,
    network_import,
    networks,
    responses,
    rounds,
    summaries,
    users,
)
from consult.console.blueprint import console

AREAS = (
    home,
    rounds,
    builder,
    responses,
    summaries,
    common_responses,
    followups,
    networks,
    network_import,
    calendar,
    mail,
    users,
    api_keys,
    audit,
)
for area in AREAS:  # once, here: each area's pages under /staff/, behind its checks
    console.register_blueprint(area.pages)


def init_console(app: Flask, settings: Settings) -> None:
    app.config.update(SECRET_KEY=settings.secret_key, WTF_CSRF_CHECK_DEFAULT=False)
    CSRFProtect(app)  # checked by the console's blueprint (consult.console.blueprint)
    app.register_error_handler(CSRFError, _expired_form)
    users.init_accounts(app, settings)
    app.register_blueprint(console)


def _expired_form(error: CSRFError) -> tuple[str, int]:
    """A form sent without its token, or with one from an expired session: nothing is done."""
    return render_template("console/expired.html", reason=error.description), 400
