"""The pages networks open: the answering form, follow-ups, digest links and results.

Each lives in a module of its own; importing them here registers their routes on `web`.
"""

from __future__ import annotations

from flask import Flask

from consult.i18n import MESSAGES, text
from consult.web import digests, form  # noqa: F401  (their routes register on import)
from consult.web.blueprint import web
from consult.web.followups import followup_pages
from consult.web.forms import field_name
from consult.web.results import results_pages
from consult.web.texts_networks import TEXTS

web.register_blueprint(followup_pages)  # its links live under /r/{token} too
web.register_blueprint(results_pages)
# Merged here, not at the bottom of consult/i18n.py: importing this package from there is a
# circular import. Read through `t` like every other text.
assert not set(TEXTS) & set(MESSAGES), "the networks' texts repeat a key"
MESSAGES.update(TEXTS)


def init_web(app: Flask) -> None:
    app.register_blueprint(web)
    app.jinja_env.globals.update(t=text, field_name=field_name)
