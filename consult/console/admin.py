"""Admin: the console's users and the API keys, through the same domain functions as the
CLI and /api/v1/keys."""

from __future__ import annotations

from typing import Any

from flask import render_template, request, url_for
from marshmallow import ValidationError

from consult.console.blueprint import (
    MenuEntry,
    Page,
    back_to,
    console,
    form_errors,
    language,
    page,
    record,
    signed_in,
)
from consult.console.confirm import ask_first, confirmed
from consult.domain import api_keys, users
from consult.domain.errors import DomainError
from consult.models import ROLES
from consult.schemas.api_keys import ApiKeyCreateSchema
from consult.session import request_session
from consult.texts import t

NAV = [
    MenuEntry(80, "console.users", "nav_users", "admin"),
    MenuEntry(90, "console.keys", "nav_keys", "admin"),
]


@console.route("/users", methods=["GET", "POST"], endpoint="users")
@page("admin")
def users_page() -> Page:
    """Every account; a new one is created with a first password the person then changes."""
    form: dict[str, str] = {"role": "staff", "language": "en"}
    errors: dict[str, list[str]] = {}
    if request.method == "POST":
        form = request.form.to_dict()
        session = request_session()
        try:
            user = users.create_user(
                session, form.get("email", ""), form.get("role", ""),
                form.get("password", ""), form.get("name", ""), form.get("language", "en"),
            )  # fmt: skip
        except DomainError as refused:
            errors = refused.errors_in(language()) or {"email": [refused.message_in(language())]}
        else:
            record("create-user", user.email, role=user.role)
            session.commit()
            return back_to("console.users")
    listed = users.list_users(request_session())
    status = 422 if errors else 200
    return render_template(
        "console/users.html", users=listed, form=form, errors=errors, roles=ROLES
    ), status


@console.route("/users/<int:user_id>", methods=["POST"])
@page("admin")
def change_user(user_id: int) -> Page:
    """A new role, the account turned off or on, or a new password: each ends its sessions.
    An admin cannot take away their own admin role or account (no console without one)."""
    session = request_session()
    user = users.get_user(session, user_id)
    role = request.form.get("role", user.role)
    active = request.form.get("active", "1" if user.active else "0") == "1"
    if user.id == signed_in().id and (role != "admin" or not active):
        return _users_with_error(f"user-{user.id}", "own_admin")
    if user.active and not active and not confirmed():
        reader = language()
        return ask_first(
            t("safe_user_title", reader, email=user.email),
            [t("safe_user_what", reader, name=user.name or user.email)],
            t("safe_user_do", reader),
            url_for("console.users", _anchor=f"user-{user.id}"),
            carry={name: value for name, value in request.form.items() if name != "csrf_token"},
        )
    try:
        users.update_user(session, user_id, role, active)
        if request.form.get("password"):
            users.set_password(user, request.form["password"])
    except DomainError as refused:
        session.rollback()
        return _users_with_error(f"user-{user_id}", "", refused.errors_in(language()))
    record("change-user", user.email, role=role, active=active,
           password_changed=bool(request.form.get("password")))  # fmt: skip
    session.commit()
    return back_to("console.users")


def _users_with_error(
    anchor: str, text_key: str, errors: dict[str, list[str]] | None = None
) -> tuple[str, int]:
    return render_template(
        "console/users.html",
        users=users.list_users(request_session()),
        form={"role": "staff", "language": "en"},
        errors={},
        roles=ROLES,
        row_error=(anchor, text_key, errors or {}),
    ), 422


@console.route("/keys", methods=["GET", "POST"])
@page("admin")
def keys() -> Page:
    """API keys for scripts and other systems; a new key's secret is shown once, here."""
    session = request_session()
    form: dict[str, Any] = {"role": "staff"}
    errors: dict[str, list[str]] = {}
    issued = None
    if request.method == "POST":
        form = request.form.to_dict()
        form.pop("csrf_token", None)
        try:
            body = ApiKeyCreateSchema().load(form)
        except ValidationError as invalid:
            errors = form_errors(invalid)
        else:
            issued = api_keys.create_key(session, body["name"], body["role"])
            record("create-key", body["name"], role=body["role"], key_id=issued.key.id)
            session.commit()
            form = {"role": "staff"}
    listed = api_keys.list_keys(session)
    return render_template(
        "console/keys.html", keys=listed, form=form, errors=errors, roles=ROLES, issued=issued
    ), (422 if errors else 200)


@console.route("/keys/<int:key_id>/revoke", methods=["GET", "POST"])
@page("admin")
def revoke_key(key_id: int) -> Page:
    """Revoke a key (as DELETE /api/v1/keys/{id}), once confirmed: it cannot be undone."""
    session = request_session()
    if not confirmed():
        key = api_keys.get_key(session, key_id)
        if key.revoked_at is not None:
            return back_to("console.keys")
        reader = language()
        return ask_first(
            t("safe_key_title", reader, name=key.name),
            [t("safe_key_what", reader)],
            t("safe_key_do", reader),
            url_for("console.keys"),
        )
    key = api_keys.revoke_key(session, key_id)
    record("revoke-key", key.name, key_id=key.id)
    session.commit()
    return back_to("console.keys")
