"""API keys for scripts and other systems, issued and revoked by an admin through the same
domain functions as the CLI and /api/v1/keys."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template, request, url_for

from consult.console.blueprint import Page, back_to, language, page, record
from consult.console.confirm import ask_first, confirmed
from consult.console.forms import Errors, errors_of, read_form
from consult.domain import api_keys
from consult.domain.errors import Invalid
from consult.models import ROLES
from consult.schemas.api_keys import ApiKeyCreateSchema
from consult.session import request_session
from consult.texts import t

pages = Blueprint("api_keys", __name__)


@pages.route("/keys", methods=["GET", "POST"])
@page("admin")
def keys() -> Page:
    """API keys for scripts and other systems; a new key's secret is shown once, here."""
    session = request_session()
    form: dict[str, Any] = {"role": "staff"}
    errors: Errors = {}
    issued = None
    if request.method == "POST":
        form = request.form.to_dict()
        form.pop("csrf_token", None)
        try:
            body = read_form(ApiKeyCreateSchema(), form)
        except Invalid as refused:
            errors = errors_of(refused)
        else:
            issued = api_keys.create_key(session, body["name"], body["role"])
            record("create-key", body["name"], role=body["role"], key_id=issued.key.id)
            session.commit()
            form = {"role": "staff"}
    listed = api_keys.list_keys(session)
    return render_template(
        "console/keys.html", keys=listed, form=form, errors=errors, roles=ROLES, issued=issued
    ), (422 if errors else 200)


@pages.route("/keys/<int:key_id>/revoke", methods=["GET", "POST"])
@page("admin")
def revoke_key(key_id: int) -> Page:
    """Revoke a key (as DELETE /api/v1/keys/{id}), once confirmed: it cannot be undone."""
    session = request_session()
    if not confirmed():
        key = api_keys.get_key(session, key_id)
        if key.revoked_at is not None:
            return back_to("console.api_keys.keys")
        reader = language()
        return ask_first(
            t("safe_key_title", reader, name=key.name),
            [t("safe_key_what", reader)],
            t("safe_key_do", reader),
            url_for("console.api_keys.keys"),
        )
    key = api_keys.revoke_key(session, key_id)
    record("revoke-key", key.name, key_id=key.id)
    session.commit()
    return back_to("console.api_keys.keys")
