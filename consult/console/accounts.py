"""Signing in and out, and the language an account reads the console in.

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

from flask import Flask, flash, redirect, render_template, request, session, url_for
from flask_login import LoginManager, current_user, login_user, logout_user
from werkzeug.wrappers import Response

from consult.config import Settings
from consult.console.blueprint import back_to, console, is_poll, page, record, signed_in
from consult.console.budget import spend_sign_in
from consult.domain import audit, users
from consult.domain.errors import DomainError
from consult.models import User
from consult.runtime import current_runtime
from consult.session import request_session
from consult.texts import LANGUAGES, t

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


@console.route("/sign-in", methods=["GET", "POST"])
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


@console.route("/sign-out", methods=["POST"])
@page("viewer")
def sign_out() -> Response:
    record("sign-out")
    request_session().commit()
    logout_user()
    session.clear()
    flash("signed_out")
    return back_to("console.sign_in")


@console.route("/language", methods=["POST"])
@page("viewer")
def set_language() -> Response:
    """The account's language, kept for its next sign-in too."""
    chosen = request.form.get("language", "")
    if chosen in LANGUAGES:
        users.set_language(signed_in(), chosen)
        request_session().commit()
    return redirect(_safe_next(request.form.get("next", "")), 303)


@console.route("/account", methods=["GET", "POST"])
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
        return render_template("console/account.html", errors=refused.errors_in(user.language)), 422
    record("change-own-password")
    db.commit()
    login_user(SignedIn(user))  # this session goes on; the others ended with the old password
    flash("account_password_changed")
    return back_to("console.account")


def _safe_next(target: str) -> str:
    """Only a path of this console: a sign-in link cannot send anyone elsewhere."""
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith("/staff/"):
        return url_for("console.home")
    return target
