"""The blueprint every page of networks' own is served from (its endpoints are `web.*`)."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, render_template
from jinja2 import ChoiceLoader, FileSystemLoader, FunctionLoader

from consult.domain.errors import NotFound
from consult.domain.invitations import ReplacedLink
from consult.web.forms import widget_source

# Its static files (form.js) under /web/static: no /r/<token> path can be mistaken for one.
web = Blueprint(
    "web",
    __name__,
    template_folder="templates",
    static_folder="static",
    static_url_path="/web/static",
)
# Its templates, and each question type's form control as "question/<type>.html".
web.jinja_loader = ChoiceLoader(
    [FileSystemLoader(Path(__file__).parent / "templates"), FunctionLoader(widget_source)]
)


@web.errorhandler(NotFound)
def not_found(error: NotFound) -> tuple[str, int]:
    """An unknown link, or one staff replaced (its holder is told a new link was mailed to
    the network's contacts): a page in both languages, as the API's 404."""
    replaced = isinstance(error, ReplacedLink)
    return render_template("not_found.html", language="en", replaced=replaced), 404
