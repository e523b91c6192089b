"""The console's blueprint, who may open a page, its menu, and the audit line every change
leaves. Each area of the console is a blueprint of its own, registered on this one by name
(consult.console)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, NamedTuple, TypeVar

from flask import Blueprint, current_app, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from consult.domain import audit, common_responses
from consult.domain.errors import DomainError, status_of
from consult.models import User
from consult.roles import role_allows
from consult.schemas.refusals import english_in, field_label
from consult.session import request_session
from consult.texts import DEFAULT_LANGUAGE, LANGUAGES, group_label, pick, t

console = Blueprint(
    "console", __name__, url_prefix="/staff", template_folder="templates", static_folder="static"
)
View = TypeVar("View", bound=Callable[..., Any])


class MenuEntry(NamedTuple):
    """A line of the console's menu: its page, its text and who sees it."""

    endpoint: str
    label: str
    role: str


MENU = (
    MenuEntry("console.home.home", "nav_home", "viewer"),
    MenuEntry("console.rounds.rounds", "nav_rounds", "viewer"),
    MenuEntry("console.networks.directory", "nav_directory", "viewer"),
    MenuEntry("console.builder.new_round", "nav_new_round", "staff"),
    MenuEntry("console.calendar.calendar_page", "nav_calendar", "viewer"),
    MenuEntry("console.mail.mail_page", "nav_mail", "staff"),
    MenuEntry("console.audit.audit_log", "nav_audit", "staff"),
    MenuEntry("console.users.users", "nav_users", "admin"),
    MenuEntry("console.api_keys.keys", "nav_keys", "admin"),
)
Page = str | Response | tuple[str, int]  # what a console view answers
POLLED = "_consult_polled"
LIVE_SECONDS = 5  # how often htmx fetches a polled part of a page again


def page(role: str) -> Callable[[View], View]:
    """Sign-in first, then the role: a viewer opening a staff action gets a 403 page."""

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                back = url_for("console.users.sign_in", next=request.full_path)
                if request.headers.get("HX-Request"):  # a poll: the whole page goes, not a part
                    return Response(status=204, headers={"HX-Redirect": back})
                return redirect(back)
            user = signed_in()
            if not role_allows(user.role, role):
                return render_template("console/forbidden.html", needed=role), 403
            return view(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorator


def polled(view: View) -> View:
    """Mark a part of a page that htmx fetches every few seconds: it is no sign of someone
    at the screen, so it does not keep the session from ending when idle."""
    setattr(view, POLLED, True)
    return view


def is_poll() -> bool:
    view = current_app.view_functions.get(request.endpoint or "")
    return bool(getattr(view, POLLED, False))


def signed_in() -> User:
    """The account of the request (after `page` let it in)."""
    user: User = current_user.user
    return user


def language() -> str:
    """The console's language: the signed-in account's, or `lang` before sign-in."""
    if current_user.is_authenticated:
        return signed_in().language
    asked = request.values.get("lang", "en")
    return asked if asked in LANGUAGES else DEFAULT_LANGUAGE


def record(action: str, target: str = "", **details: Any) -> None:
    """Note a change in the audit log, in the request's transaction (the view commits)."""
    audit.record(request_session(), f"user:{signed_in().email}", action, target, **details)


def back_to(endpoint: str, **values: Any) -> Response:
    """After a change, the page it was made from (Post/Redirect/Get)."""
    return redirect(url_for(endpoint, **values), 303)


@console.errorhandler(DomainError)
def refused(error: DomainError) -> tuple[str, int]:
    """A rule the domain enforces, met outside a form that shows it by its field: a page
    that says what and why in the reader's language, with the API's status (404, 409, 422)."""
    reader = language()
    values = {"message": error.message_in(reader), "errors": error.errors_in(reader)}
    return render_template("console/refused.html", **values), status_of(error)


@console.before_request
def check_csrf() -> None:
    """Every POST carries the token of a page this session was shown (Flask-WTF)."""
    current_app.extensions["csrf"].protect()


@console.context_processor
def page_globals() -> dict[str, Any]:
    user = signed_in() if current_user.is_authenticated else None
    menu = [entry for entry in MENU if user and role_allows(user.role, entry.role)]
    return {
        "language": language(),
        "user": user,
        "menu": menu,
        "can_write": bool(user and role_allows(user.role, "staff")),
        "pick": pick,
        "group_label": group_label,
        "field_label": field_label,
        "english_in": english_in,
        "author": author,
    }


def author(created_by: str) -> str:
    """Who wrote a version of the common response: an address, or the close in words."""
    if created_by == common_responses.DRAFTED_AT_CLOSE:
        return t("rounds_cr_by_the_close", language())
    return created_by
