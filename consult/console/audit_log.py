"""The audit log: who changed what, when, newest first (staff may read it).

Entries keep codes ("sign-in", "POST /api/v1/rounds", "key:M&E"); the page says them in the
reader's language: a console or CLI action by its name, a call of the API by its verb with
the path it changed, a key or the command line as such.
"""

from __future__ import annotations

from typing import NamedTuple

from flask import render_template, request

from consult.console.blueprint import MenuEntry, console, language, page
from consult.domain import audit
from consult.models import AuditEntry
from consult.session import request_session
from consult.texts import CATALOG, t

NAV = [MenuEntry(70, "console.audit_log", "nav_audit", "staff")]
PAGE_SIZE = 50


class Line(NamedTuple):
    """An entry as the page shows it: who, what in words, and the code behind it."""

    entry: AuditEntry
    who: str
    what: str
    code: str


@console.route("/audit")
@page("staff")
def audit_log() -> str:
    number = request.args.get("page", "1")
    current = int(number) if number.isdigit() and 0 < int(number) < 100_000 else 1
    entries, total = audit.entries(request_session(), current, PAGE_SIZE)
    pages = max(1, -(-total // PAGE_SIZE))
    lines = [described(entry, language()) for entry in entries]
    return render_template(
        "console/audit.html", lines=lines, page=current, pages=pages, total=total
    )


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
