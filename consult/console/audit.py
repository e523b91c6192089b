"""The audit log: who changed what, when, newest first (staff may read it).

Entries keep codes ("sign-in", "POST /api/v1/rounds", "key:M&E"); the page says them in the
reader's language: a console or CLI action by its name, a call of the API by its verb with
the path it changed, a key or the command line as such.
"""

from __future__ import annotations

from typing import NamedTuple

from flask import Blueprint, render_template

from consult.console.blueprint import language, page
from consult.console.paging import Pager, page_number
from consult.domain import audit
from consult.models import AuditEntry
from consult.session import request_session
from consult.texts import CATALOG, t

pages = Blueprint("audit", __name__)
PAGE_SIZE = 50


class Line(NamedTuple):
    """An entry as the page shows it: who, what in words, and the code behind it."""

    entry: AuditEntry
    who: str
    what: str
    code: str


@pages.route("/audit")
@page("staff")
def audit_log() -> str:
    number = page_number()
    entries, total = audit.entries(request_session(), number, PAGE_SIZE)
    lines = [described(entry, language()) for entry in entries]
    pager = Pager(number, total, PAGE_SIZE, "console.audit.audit_log")
    return render_template("console/audit.html", lines=lines, pager=pager)


def described(entry: AuditEntry, reader: str) -> Line:
    kind, _, name = entry.actor.partition(":")
    if kind == "user":
        who = name
    elif kind == "key":
        who = t("audit_actor_key", reader, name=name)
    else:
        who = t("audit_actor_cli", reader)
    verb, _, path = entry.action.partition(" ")
    if path.startswith("/api/"):
        return Line(entry, who, t(f"audit_api_{verb.lower()}", reader), entry.target or path)
    key = "audit_action_" + entry.action.replace("-", "_")
    what = t(key, reader) if key in CATALOG else entry.action
    return Line(entry, who, what, entry.target)
