"""Directory: the networks, searched and filtered as GET /api/v1/networks does, and edited
with the API's schemas and domain functions (its import from CSV: network_import.py).

Every form is read by the API's marshmallow schema for the same change, so a value the API
refuses is refused here with the same message, next to its field (422). A rule of the
domain met by a form (a name another network has, a contact's email twice) is shown the
same way with the API's status for it (409).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from flask import Blueprint, render_template, request, url_for
from marshmallow import Schema
from werkzeug.wrappers import Response

from consult.console.blueprint import Page, back_to, language, page, record
from consult.console.confirm import ask_first, confirmed
from consult.console.forms import Errors, errors_of, read_form
from consult.console.paging import Pager
from consult.domain import networks, responses
from consult.domain.errors import DomainError, Invalid, NotFound, status_of
from consult.models import NETWORK_KINDS, Network
from consult.schemas.networks import (
    ContactCreateSchema,
    ContactUpdateSchema,
    NetworkQuerySchema,
    NetworkUpdateSchema,
)
from consult.session import request_session
from consult.texts import t
from consult.texts.places import network_name

pages = Blueprint("networks", __name__)
PAGE_SIZE = 25


def _filled(form: Mapping[str, str], names: tuple[str, ...]) -> dict[str, str]:
    """The boxes a person filled in: an empty one says "any", not "the empty string"."""
    return {name: form[name].strip() for name in names if form.get(name, "").strip()}


# The listing ----------------------------------------------------------------------------

FILTERS = ("q", "kind", "province", "sector", "mou", "include_archived")


@pages.route("/networks")
@page("viewer")
def directory() -> Page:
    """The networks that match, a page at a time, as GET /api/v1/networks lists them."""
    asked = _filled(request.args, (*FILTERS, "page"))
    try:
        query = read_form(NetworkQuerySchema(), {**asked, "page_size": PAGE_SIZE})
    except Invalid as refused:
        return _directory_page(asked, [], 0, 1, errors_of(refused)), 422
    where = networks.NetworkFilter(
        **{k: v for k, v in query.items() if k not in ("page", "page_size")}
    )
    found, total = networks.list_networks(request_session(), where, query["page"], PAGE_SIZE)
    return _directory_page(asked, found, total, query["page"], {})


def _directory_page(
    asked: dict[str, str], found: list[Network], total: int, number: int, errors: Errors
) -> str:
    kept = {k: v for k, v in asked.items() if k != "page"}
    return render_template(
        "console/directory.html",
        asked=asked,
        networks=found,
        pager=Pager(number, total, PAGE_SIZE, "console.networks.directory", kept),
        errors=errors,
        kinds=NETWORK_KINDS,
    )


# A network and its contacts -------------------------------------------------------------


@pages.route("/networks/<int:network_id>")
@page("viewer")
def network_page(network_id: int) -> Page:
    return _network_page(networks.get_network(request_session(), network_id))


def _network_page(
    network: Network,
    form: Mapping[str, Any] | None = None,
    errors: Errors | None = None,
    contact_form: tuple[str, Mapping[str, Any]] | None = None,
    status: int = 200,
) -> tuple[str, int]:
    """The page of a network; `form` and `errors` refill the form that was refused,
    `contact_form` names the contact form they belong to ("new" or a contact's id)."""
    return render_template(
        "console/directory_network.html",
        network=network,
        form=form if form is not None and contact_form is None else _network_values(network),
        errors=errors or {},
        contact_form=contact_form,
        kinds=NETWORK_KINDS,
        answered=responses.responses_of_network(request_session(), network.id),
    ), status


def _network_values(network: Network) -> dict[str, Any]:
    """A network as its edit form shows it (sectors one per line)."""
    values = {name: getattr(network, name) for name in networks.NETWORK_FIELDS}
    values["sectors"] = "\n".join(network.sector_names)
    values["mou_since"] = network.mou_since.isoformat() if network.mou_since else ""
    return values


def _network_body(form: Mapping[str, str]) -> dict[str, Any]:
    """The edit form as the body of PATCH /api/v1/networks/{id}: an empty box is null,
    sectors are one per line (or ';'-separated as in the CSV), MoU a checkbox."""
    body: dict[str, Any] = {
        name: form.get(name, "").strip() or None
        for name in ("name_km", "acronym", "province", "mou_since")
    }
    body.update({name: form.get(name, "") for name in ("name", "kind", "language")})
    body["sectors"] = [s.strip() for s in re.split(r"[;\n]", form.get("sectors", "")) if s.strip()]
    body["mou"] = "mou" in form
    return body


@pages.route("/networks/<int:network_id>", methods=["POST"])
@page("staff")
def edit_network(network_id: int) -> Page:
    db = request_session()
    network = networks.get_network(db, network_id)
    form = request.form.to_dict()
    try:
        checked = read_form(NetworkUpdateSchema(), _network_body(form))
        changes = networks.changed_fields(network, checked)
        if changes:
            networks.update_network(db, network.id, changes)
    except DomainError as refused:
        db.rollback()
        network = networks.get_network(db, network_id)
        return _network_page(network, form, errors_of(refused), status=status_of(refused))
    if changes:
        record("network-edit", network.name, network_id=network.id, changed=sorted(changes))
        db.commit()
    return back_to("console.networks.network_page", network_id=network.id)


@pages.route("/networks/<int:network_id>/archive", methods=["GET", "POST"])
@page("staff")
def archive_network(network_id: int) -> Page:
    """Archive (DELETE /api/v1/networks/{id}), once confirmed: out of listings and
    audiences, answers kept."""
    db = request_session()
    if not confirmed():
        network = networks.get_network(db, network_id)
        reader = language()
        return ask_first(
            t("safe_archive_title", reader, network=network_name(network, reader)),
            [t("directory_archive_note", reader)],
            t("directory_archive", reader),
            url_for("console.networks.network_page", network_id=network_id),
        )
    network = networks.archive_network(db, network_id)
    record("network-archive", network.name, network_id=network.id)
    db.commit()
    return back_to("console.networks.network_page", network_id=network.id)


@pages.route("/networks/<int:network_id>/restore", methods=["POST"])
@page("staff")
def restore_network(network_id: int) -> Response:
    """Restore (PATCH /api/v1/networks/{id} with archived false)."""
    db = request_session()
    network = networks.update_network(db, network_id, {"archived": False})
    record("network-restore", network.name, network_id=network.id)
    db.commit()
    return back_to("console.networks.network_page", network_id=network.id)


def _contact_body(form: Mapping[str, str]) -> dict[str, str]:
    """The contact form as the API's body, trimmed as a browser trims an e-mail box."""
    return {name: form.get(name, "").strip() for name in ("name", "email", "language")}


@pages.route("/networks/<int:network_id>/contacts", methods=["POST"])
@page("staff")
def add_contact(network_id: int) -> Page:
    """Add a contact (POST /api/v1/networks/{id}/contacts)."""
    return _save_contact(network_id, None, ContactCreateSchema())


@pages.route("/networks/<int:network_id>/contacts/<int:contact_id>", methods=["POST"])
@page("staff")
def edit_contact(network_id: int, contact_id: int) -> Page:
    """Change a contact (PATCH /api/v1/networks/{id}/contacts/{contact_id})."""
    return _save_contact(network_id, contact_id, ContactUpdateSchema())


def _save_contact(network_id: int, contact_id: int | None, schema: Schema) -> Page:
    db = request_session()
    network = networks.get_network(db, network_id)
    form = _contact_body(request.form)
    which = str(contact_id) if contact_id else "new"
    try:
        body = read_form(schema, form)
        if contact_id is None:
            contact = networks.add_contact(db, network.id, body)
        else:
            contact = networks.update_contact(db, network.id, contact_id, body)
    except DomainError as refused:
        if not refused.field_refusals:
            raise  # not about the form (an unknown contact): the refused page
        db.rollback()
        network = networks.get_network(db, network_id)
        errors = errors_of(refused)
        return _network_page(network, None, errors, (which, form), status_of(refused))
    action = "contact-add" if contact_id is None else "contact-edit"
    record(action, network.name, network_id=network.id, contact=contact.email)
    db.commit()
    return back_to("console.networks.network_page", network_id=network.id)


@pages.route("/networks/<int:network_id>/contacts/<int:contact_id>/remove", methods=["GET", "POST"])
@page("staff")
def remove_contact(network_id: int, contact_id: int) -> Page:
    """Remove a contact (DELETE /api/v1/networks/{id}/contacts/{contact_id}), once
    confirmed."""
    db = request_session()
    network = networks.get_network(db, network_id)
    email = next((c.email for c in network.contacts if c.id == contact_id), None)
    if email is None:
        raise NotFound("refused_no_contact", network=network_id, contact=contact_id)
    if not confirmed():
        reader = language()
        names = {"email": email, "network": network_name(network, reader)}
        return ask_first(
            t("safe_contact_title", reader, **names),
            [t("safe_contact_what", reader, **names)],
            t("safe_contact_do", reader),
            url_for("console.networks.network_page", network_id=network_id),
        )
    networks.remove_contact(db, network.id, contact_id)
    record("contact-remove", network.name, network_id=network.id, contact=email)
    db.commit()
    return back_to("console.networks.network_page", network_id=network.id)
