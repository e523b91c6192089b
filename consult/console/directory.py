"""Directory: the networks, searched and filtered as GET /api/v1/networks does, edited with
the API's schemas and domain functions, and imported from CSV after a dry run.

Every form is read by the API's marshmallow schema for the same change, so a value the API
refuses is refused here with the same message, next to its field (422). A rule of the
domain met by a form (a name another network has, a contact's email twice) is shown the
same way with the API's status for it (409).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from flask import render_template, request, session, url_for
from marshmallow import Schema, ValidationError
from werkzeug.wrappers import Response

from consult.console.blueprint import (
    Errors,
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
from consult.domain import networks, responses
from consult.domain.errors import DomainError, Invalid, NotFound, status_of
from consult.domain.network_import import ImportReport, import_networks
from consult.models import NETWORK_KINDS, Network
from consult.roles import role_allows
from consult.schemas.networks import (
    ContactCreateSchema,
    ContactUpdateSchema,
    NetworkCsvRowSchema,
    NetworkQuerySchema,
    NetworkUpdateSchema,
)
from consult.session import request_session
from consult.texts import pick, t
from consult.texts.places import network_name

NAV = [MenuEntry(20, "console.directory", "nav_directory", "viewer")]
PAGE_SIZE = 25


def _filled(form: Mapping[str, str], names: tuple[str, ...]) -> dict[str, str]:
    """The boxes a person filled in: an empty one says "any", not "the empty string"."""
    return {name: form[name].strip() for name in names if form.get(name, "").strip()}


# The listing ----------------------------------------------------------------------------

FILTERS = ("q", "kind", "province", "sector", "mou", "include_archived")


@console.route("/networks")
@page("viewer")
def directory() -> Page:
    """The networks that match, a page at a time, as GET /api/v1/networks lists them."""
    asked = _filled(request.args, (*FILTERS, "page"))
    try:
        query = NetworkQuerySchema().load({**asked, "page_size": PAGE_SIZE})
    except ValidationError as invalid:
        return _directory_page(asked, [], 0, 1, form_errors(invalid)), 422
    where = networks.NetworkFilter(
        **{k: v for k, v in query.items() if k not in ("page", "page_size")}
    )
    found, total = networks.list_networks(request_session(), where, query["page"], PAGE_SIZE)
    return _directory_page(asked, found, total, query["page"], {})


def _directory_page(
    asked: dict[str, str], found: list[Network], total: int, number: int, errors: Errors
) -> str:
    kept = {k: v for k, v in asked.items() if k != "page"}
    pages = max(1, -(-total // PAGE_SIZE))

    def page_link(target: int) -> str:
        return f"{url_for('console.directory')}?{urlencode({**kept, 'page': target})}"

    return render_template(
        "console/directory.html",
        asked=asked,
        networks=found,
        total=total,
        number=number,
        pages=pages,
        page_link=page_link,
        errors=errors,
        kinds=NETWORK_KINDS,
        can_write=_can_write(),
    )


def _can_write() -> bool:
    return role_allows(signed_in().role, "staff")


# A network and its contacts -------------------------------------------------------------


@console.route("/networks/<int:network_id>")
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
        can_write=_can_write(),
        answered=responses.responses_of_network(request_session(), network.id),
        pick=pick,
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


@console.route("/networks/<int:network_id>", methods=["POST"])
@page("staff")
def edit_network(network_id: int) -> Page:
    db = request_session()
    network = networks.get_network(db, network_id)
    form = request.form.to_dict()
    try:
        changes = networks.changed_fields(network, NetworkUpdateSchema().load(_network_body(form)))
        if changes:
            networks.update_network(db, network.id, changes)
    except ValidationError as invalid:
        return _network_page(network, form, form_errors(invalid), status=422)
    except DomainError as refused:
        db.rollback()
        network = networks.get_network(db, network_id)
        return _network_page(
            network, form, refused.errors_in(language()), status=status_of(refused)
        )
    if changes:
        record("network-edit", network.name, network_id=network.id, changed=sorted(changes))
        db.commit()
    return back_to("console.network_page", network_id=network.id)


@console.route("/networks/<int:network_id>/archive", methods=["GET", "POST"])
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
            url_for("console.network_page", network_id=network_id),
        )
    network = networks.archive_network(db, network_id)
    record("network-archive", network.name, network_id=network.id)
    db.commit()
    return back_to("console.network_page", network_id=network.id)


@console.route("/networks/<int:network_id>/restore", methods=["POST"])
@page("staff")
def restore_network(network_id: int) -> Response:
    """Restore (PATCH /api/v1/networks/{id} with archived false)."""
    db = request_session()
    network = networks.update_network(db, network_id, {"archived": False})
    record("network-restore", network.name, network_id=network.id)
    db.commit()
    return back_to("console.network_page", network_id=network.id)


def _contact_body(form: Mapping[str, str]) -> dict[str, str]:
    """The contact form as the API's body, trimmed as a browser trims an e-mail box."""
    return {name: form.get(name, "").strip() for name in ("name", "email", "language")}


@console.route("/networks/<int:network_id>/contacts", methods=["POST"])
@page("staff")
def add_contact(network_id: int) -> Page:
    """Add a contact (POST /api/v1/networks/{id}/contacts)."""
    return _save_contact(network_id, None, ContactCreateSchema())


@console.route("/networks/<int:network_id>/contacts/<int:contact_id>", methods=["POST"])
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
        body = schema.load(form)
        if contact_id is None:
            contact = networks.add_contact(db, network.id, body)
        else:
            contact = networks.update_contact(db, network.id, contact_id, body)
    except ValidationError as invalid:
        return _network_page(network, None, form_errors(invalid), (which, form), 422)
    except DomainError as refused:
        if not refused.field_refusals:
            raise  # not about the form (an unknown contact): the refused page
        db.rollback()
        network = networks.get_network(db, network_id)
        errors = refused.errors_in(language())
        return _network_page(network, None, errors, (which, form), status_of(refused))
    action = "contact-add" if contact_id is None else "contact-edit"
    record(action, network.name, network_id=network.id, contact=contact.email)
    db.commit()
    return back_to("console.network_page", network_id=network.id)


@console.route(
    "/networks/<int:network_id>/contacts/<int:contact_id>/remove", methods=["GET", "POST"]
)
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
            url_for("console.network_page", network_id=network_id),
        )
    networks.remove_contact(db, network.id, contact_id)
    record("contact-remove", network.name, network_id=network.id, contact=email)
    db.commit()
    return back_to("console.network_page", network_id=network.id)


# Import from CSV, previewed first -------------------------------------------------------


@console.route("/networks/import")
@page("staff")
def import_page() -> Page:
    """The upload form, and after an import what it did (kept in the session for the GET)."""
    return render_template(
        "console/directory_import.html",
        report=None,
        applied=session.pop("directory_import", None),
        upload="",
        errors={},
    )


@console.route("/networks/import/preview", methods=["POST"])
@page("staff")
def preview_import() -> Page:
    """What the file would change, from a real run of POST /api/v1/networks/import rolled
    back (as its dry_run=true does): the same rows matched, refused and counted.

    The file goes back to the browser in the page (base64, in a hidden field) to be sent
    again with the confirmation: no copy is kept on the server between the two, and the
    confirmation imports the file again, so what is saved is what the directory holds then.
    """
    upload = request.files.get("file")
    data = upload.stream.read() if upload else b""
    if not data:
        return _import_refused({"file": [t("directory_import_no_file", language())]})
    db = request_session()
    try:
        report = import_networks(db, data, NetworkCsvRowSchema())
    except Invalid as refused:
        return _import_refused(refused.errors_in(language()))
    finally:
        db.rollback()
    return render_template(
        "console/directory_import.html",
        report=report,
        applied=None,
        upload=base64.b64encode(data).decode(),
        errors={},
    )


@console.route("/networks/import", methods=["POST"])
@page("staff")
def apply_import() -> Page:
    """Import the previewed file (POST /api/v1/networks/import)."""
    try:
        data = base64.b64decode(request.form.get("upload", ""), validate=True)
    except binascii.Error:
        data = b""
    if not data:
        return _import_refused({"file": [t("directory_import_no_file", language())]})
    db = request_session()
    try:
        report = import_networks(db, data, NetworkCsvRowSchema())
    except Invalid as refused:
        db.rollback()
        return _import_refused(refused.errors_in(language()))
    counts = _counts(report)
    record("directory-import", f"{report.rows} rows", **counts)
    db.commit()
    session["directory_import"] = counts
    return back_to("console.import_page")


def _counts(report: ImportReport) -> dict[str, int]:
    return {
        "rows": report.rows,
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "errors": len(report.errors),
    }


def _import_refused(errors: Errors) -> tuple[str, int]:
    page_ = render_template(
        "console/directory_import.html", report=None, applied=None, upload="", errors=errors
    )
    return page_, 422
