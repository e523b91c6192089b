"""The audit log: who changed what, when, newest first (staff may read it)."""

from __future__ import annotations

from flask import render_template, request

from consult.console.blueprint import MenuEntry, console, page
from consult.domain import audit
from consult.session import request_session

NAV = [MenuEntry(70, "console.audit_log", "nav_audit", "staff")]
PAGE_SIZE = 50


@console.route("/audit")
@page("staff")
def audit_log() -> str:
    number = request.args.get("page", "1")
    current = int(number) if number.isdigit() and 0 < int(number) < 100_000 else 1
    entries, total = audit.entries(request_session(), current, PAGE_SIZE)
    pages = max(1, -(-total // PAGE_SIZE))
    return render_template(
        "console/audit.html", entries=entries, page=current, pages=pages, total=total
    )
