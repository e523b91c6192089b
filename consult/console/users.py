"""The console's accounts: signing in and out, one's own password and language, and the
admin's list of accounts, through the same domain functions as the CLI.

Flask-Login keeps the account in Flask's signed session cookie (HttpOnly, SameSite=Lax,
Secure behind TLS); the cookie holds the account's id and session epoch, so a new password
or an account turned off ends its sessions. A session ends `CONSULT_STAFF_IDLE_MINUTES`
after its last request that was not a poll (`end_idle_session`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

from flask import Blueprint, Flask, flash, redirect, render_template, request, session, url_for
from flask_login import LoginManager, current_user, login_user, logout_user
from werkzeug.wrappers import Response

from consult.config import Settings
from consult.console.blueprint import (
    Page,
    back_to,
    console,
    is_poll,
    language,
    page,
    record,
    signed_in,
)
from consult.console.confirm import ask_first, confirmed
from consult.console.forms import Errors, errors_of
from consult.console.sign_in_budget import spend_sign_in
from consult.domain import audit, users
from consult.domain.errors import DomainError
from consult.models import ROLES, User
from consult.runtime import current_runtime
from consult.session import request_session
from consult.texts import LANGUAGES, t

pages = Blueprint("users", __name__)
SEEN = "seen"  # when the session last saw a request that was not a poll (epoch seconds)


@dataclass
class SignedIn:
    """What Flask-Login needs of an account (the model stays free of Flask)."""

    user: User
    is_authenticated: bool = True
    is_active: bool = True
    is_anonymous: bool = False

    def get_id(self) -> str:
        return users.session_id(self.user)


def init_accounts(app: Flask, settings: Settings) -> None:
    app.config.update(
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.public_url.startswith("https://"),
        SESSION_COOKIE_NAME="consult_staff",
        PERMANENT_SESSION_LIFETIME=timedelta(minutes=settings.staff_idle_minutes),
        SESSION_REFRESH_EACH_REQUEST=True,
    )
    manager = LoginManager(app)
    manager.session_protection = "basic"

    @manager.user_loader
    def load(stored: str) -> SignedIn | None:
        user = users.user_of_session(request_session(), stored)
        return SignedIn(user) if user else None


@console.before_request
def end_idle_session() -> None:
    """Sign out a session that has seen no request but polls for CONSULT_STAFF_IDLE_MINUTES
    (an open round's page polls every few seconds; the cookie alone would never expire)."""
    if not current_user.is_authenticated:
        return
    now, idle = time.time(), current_runtime().settings.staff_idle_minutes * 60
    if now - session.get(SEEN, now) > idle:
        logout_user()
        session.clear()
        flash("signed_out_idle")
    elif not is_poll():
        session[SEEN] = now


@pages.route("/sign-in", methods=["GET", "POST"])
def sign_in() -> str | Response | tuple[str, int]:
    if request.method == "GET":
        return render_template("console/sign_in.html", email="")
    email = request.form.get("email", "")
    wait = spend_sign_in(email)
    if wait:
        page_ = render_template("console/sign_in.html", email=email, wait=max(1, wait // 60))
        return page_, 429
    db = request_session()
    user = users.authenticate(db, email, request.form.get("password", ""))
    if user is None:
        db.commit()
        return render_template("console/sign_in.html", email=email, failed=True), 401
    session.clear()  # a fresh session: nothing from before sign-in carries over
    session.permanent = True
    session[SEEN] = time.time()
    login_user(SignedIn(user))
    audit.record(db, f"user:{user.email}", "sign-in")
    db.commit()
    return redirect(_safe_next(request.args.get("next", "")), 303)


@pages.route("/sign-out", methods=["POST"])
@page("viewer")
def sign_out() -> Response:
    record("sign-out")
    request_session().commit()
    logout_user()
    session.clear()
    flash("signed_out")
    return back_to("console.users.sign_in")


@pages.route("/language", methods=["POST"])
@page("viewer")
def set_language() -> Response:
    """The account's language, kept for its next sign-in too."""
    chosen = request.form.get("language", "")
    if chosen in LANGUAGES:
        users.set_language(signed_in(), chosen)
        request_session().commit()
    return redirect(_safe_next(request.form.get("next", "")), 303)


@pages.route("/account", methods=["GET", "POST"])
@page("viewer")
def account() -> str | Response | tuple[str, int]:
    """Change one's own password: the current one first, so an unattended screen cannot."""
    if request.method == "GET":
        return render_template("console/account.html", errors={})
    db, user = request_session(), signed_in()
    if not users.password_is(user, request.form.get("current", "")):
        errors = {"current": [t("account_wrong_current", user.language)]}
        return render_template("console/account.html", errors=errors), 422
    try:
        users.set_password(user, request.form.get("password", ""))
    except DomainError as refused:
        db.rollback()
        return render_template("console/account.html", errors=errors_of(refused)), 422
    record("change-own-password")
    db.commit()
    login_user(SignedIn(user))  # this session goes on; the others ended with the old password
    flash("account_password_changed")
    return back_to("console.users.account")


def _safe_next(target: str) -> str:
    """Only a path of this console: a sign-in link cannot send anyone elsewhere."""
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith("/staff/"):
        return url_for("console.home.home")
    return target


@pages.route("/users", methods=["GET", "POST"], endpoint="users")
@page("admin")
def users_page() -> Page:
    """Every account; a new one is created with a first password the person then changes."""
    form: dict[str, str] = {"role": "staff", "language": "en"}
    errors: Errors = {}
    if request.method == "POST":
        form = request.form.to_dict()
        session = request_session()
        try:
            user = users.create_user(
                session, form.get("email", ""), form.get("role", ""),
                form.get("password", ""), form.get("name", ""), form.get("language", "en"),
            )  # fmt: skip
        except DomainError as refused:
            errors = errors_of(refused)
        else:
            record("create-user", user.email, role=user.role)
            session.commit()
            return back_to("console.users.users")
    listed = users.list_users(request_session())
    status = 422 if errors else 200
    return render_template(
        "console/users.html", users=listed, form=form, errors=errors, roles=ROLES
    ), status


@pages.route("/users/<int:user_id>", methods=["POST"])
@page("admin")
def change_user(user_id: int) -> Page:
    """A new role, the account turned off or on, or a new password: each ends its sessions.
    An admin cannot take away their own admin role or account (no console without one)."""
    session = request_session()
    user = users.get_user(session, user_id)
    role = request.form.get("role", user.role)
    active = request.form.get("active", "1" if user.active else "0") == "1"
    if user.id == signed_in().id and (role != "admin" or not active):
        return _users_with_error({"_form": [t("own_admin", language())]})
    if user.active and not active and not confirmed():
        reader = language()
        return ask_first(
            t("safe_user_title", reader, email=user.email),
            [t("safe_user_what", reader, name=user.name or user.email)],
            t("safe_user_do", reader),
            url_for("console.users.users", _anchor=f"user-{user.id}"),
            carry={name: value for name, value in request.form.items() if name != "csrf_token"},
        )
    try:
        users.update_user(session, user_id, role, active)
        if request.form.get("password"):
            users.set_password(user, request.form["password"])
    except DomainError as refused:
        session.rollback()
        return _users_with_error(errors_of(refused))
    record("change-user", user.email, role=role, active=active,
           password_changed=bool(request.form.get("password")))  # fmt: skip
    session.commit()
    return back_to("console.users.users")


def _users_with_error(errors: Errors) -> tuple[str, int]:
    """The accounts again, with why a change to one was refused: nothing was changed."""
    return render_template(
        "console/users.html",
        users=users.list_users(request_session()),
        form={"role": "staff", "language": "en"},
        errors={},
        roles=ROLES,
        row_errors=errors,
    ), 422
