"""Home: open rounds with their deadline and response rate by kind and province, mail that
could not be delivered, and the next calendar events (what the staff digest says, live)."""

from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, render_template

from consult.console.blueprint import language, page
from consult.db import utcnow
from consult.domain import invitations
from consult.domain.digests import staff_digest
from consult.runtime import current_runtime
from consult.session import request_session

pages = Blueprint("home", __name__)


@pages.route("/")
@page("viewer")
def home() -> str:
    session, now = request_session(), utcnow()
    overview = staff_digest(
        session, now, now + timedelta(days=7), current_runtime().settings.zone, language()
    )
    rounds = overview["open_rounds"]
    rates = {item["id"]: invitations.report(session, item["id"]) for item in rounds}
    return render_template("console/home.html", overview=overview, rates=rates)
