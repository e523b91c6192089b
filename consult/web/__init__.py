"""The pages networks open: the answering form, follow-ups, digest links and results.

Each lives in a module of its own with a blueprint, registered here by name under `web`
(whose error pages and templates they share): a module not listed serves no page.
"""

from __future__ import annotations

from flask import Flask

from consult.texts import t
from consult.texts.places import network_name, province_label, sector_label
from consult.web.blueprint import web
from consult.web.digests import digest_pages
from consult.web.followups import followup_pages
from consult.web.forms import field_name
from consult.web.locale import page_time
from consult.web.respond import respond_pages
from consult.web.results import results_pages

web.register_blueprint(respond_pages)
web.register_blueprint(followup_pages)  # its links live under /r/{token} too
web.register_blueprint(results_pages)
web.register_blueprint(digest_pages)


def init_web(app: Flask) -> None:
    app.register_blueprint(web)
    app.add_template_filter(page_time, "local_time")  # every page's times, staff's too
    app.jinja_env.globals.update(
        t=t, field_name=field_name, network_name=network_name, province_label=province_label,
        sector_label=sector_label,
    )  # fmt: skip
