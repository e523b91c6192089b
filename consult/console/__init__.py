"""The staff console at /staff/: the same domain functions as the API, as pages a programme
officer uses in a browser, in English or Khmer, without JavaScript.

Each area of the console is a module of this package, found and imported here (importing
registers its routes). A module may declare `TEXTS` (its English and Khmer texts, merged
into consult.i18n.MESSAGES) and `NAV` (its entries in the menu). Every form carries a CSRF
token (Flask-WTF), checked on every POST to /staff/ before the view runs; the API (bearer
keys, no cookies) and the networks' pages (their link is their credential) are outside it.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

from flask import Flask, render_template
from flask_wtf.csrf import CSRFError, CSRFProtect

from consult.config import Settings
from consult.console.accounts import init_accounts
from consult.console.blueprint import MENU, console
from consult.i18n import MESSAGES

AREAS: list[ModuleType] = [
    importlib.import_module(f"{__name__}.{found.name}") for found in pkgutil.iter_modules(__path__)
]
for area in AREAS:
    texts = getattr(area, "TEXTS", {})
    clash = {key for key, entry in texts.items() if MESSAGES.get(key, entry) != entry}
    assert not clash, f"{area.__name__} repeats texts: {sorted(clash)}"
    MESSAGES.update(texts)  # read through `t` like every other text
    MENU.extend(getattr(area, "NAV", ()))
MENU.sort()


def init_console(app: Flask, settings: Settings) -> None:
    app.config.update(SECRET_KEY=settings.secret_key, WTF_CSRF_CHECK_DEFAULT=False)
    CSRFProtect(app)  # checked by the console's blueprint (consult.console.blueprint)
    app.register_error_handler(CSRFError, _expired_form)
    init_accounts(app, settings)
    app.register_blueprint(console)


def _expired_form(error: CSRFError) -> tuple[str, int]:
    """A form sent without its token, or with one from an expired session: nothing is done."""
    return render_template("console/expired.html", reason=error.description), 400
