"""The blueprint every page of networks' own is served from (its endpoints are `web.*`)."""

from __future__ import annotations

from flask import Blueprint, render_template

from consult.domain.errors import NotFound

web = Blueprint("web", __name__, template_folder="templates")


@web.errorhandler(NotFound)
def not_found(_error: NotFound) -> tuple[str, int]:
    """An unknown or re-issued link: a page in both languages, as the API's 404."""
    return render_template("not_found.html", language="en"), 404
