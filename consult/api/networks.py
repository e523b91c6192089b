"""/api/v1/networks: the directory of networks and their contacts."""

from __future__ import annotations

from typing import Any

from flask import request
from flask.views import MethodView
from webargs.flaskparser import abort  # flask_smorest's abort, typed NoReturn at its source

from consult.api.auth import require
from consult.api.blueprint import Blueprint
from consult.domain import networks
from consult.domain.network_import import import_networks
from consult.models import Contact, Network
from consult.schemas.common import page, page_of
from consult.schemas.networks import (
    ContactCreateSchema,
    ContactSchema,
    ContactUpdateSchema,
    ImportQuerySchema,
    ImportReportSchema,
    NetworkCreateSchema,
    NetworkCsvRowSchema,
    NetworkQuerySchema,
    NetworkSchema,
    NetworkUpdateSchema,
)
from consult.session import request_session

blp = Blueprint("networks", __name__, description="The directory of member networks")

CSV_TYPES = ("text/csv", "application/csv", "text/plain", "application/vnd.ms-excel")


@blp.route("")
class Networks(MethodView):
    @require("viewer")
    @blp.arguments(NetworkQuerySchema, location="query")
    @blp.response(200, page_of(NetworkSchema))
    def get(self, query: dict[str, Any]) -> dict[str, Any]:
        """List networks, filtered by kind, province, sector, MoU or free text."""
        where = networks.NetworkFilter(
            **{k: v for k, v in query.items() if k not in ("page", "page_size")}
        )
        items, total = networks.list_networks(
            request_session(), where, query["page"], query["page_size"]
        )
        return page(items, total, query)

    @require("staff")
    @blp.arguments(NetworkCreateSchema)
    @blp.response(201, NetworkSchema)
    @blp.alt_response(409, response="CONFLICT")
    def post(self, body: dict[str, Any]) -> Network:
        """Add a network, with its contacts."""
        session = request_session()
        network = networks.create_network(session, body)
        session.commit()
        return network


@blp.route("/import")
class NetworkImport(MethodView):
    @require("staff")
    @blp.arguments(ImportQuerySchema, location="query")
    @blp.response(200, ImportReportSchema)
    @blp.doc(
        requestBody={
            "description": "The directory as CSV (UTF-8): a raw text/csv body or a "
            "multipart upload in the field 'file'. Columns: name, kind (required), "
            "name_km, acronym, province, sectors (';'-separated), mou, mou_since, language, "
            "contact_name, contact_email, contact_language.",
            "content": {
                "text/csv": {"schema": {"type": "string"}},
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {"file": {"type": "string", "format": "binary"}},
                    }
                },
            },
        }
    )
    def post(self, query: dict[str, Any]) -> dict[str, Any]:
        """Create or update networks from a CSV file; bad rows are listed by line number.

        Importing the same file again changes nothing. With dry_run=true nothing is saved.
        """
        session = request_session()
        report = import_networks(session, _uploaded_csv(), NetworkCsvRowSchema())
        if query["dry_run"]:
            session.rollback()
        else:
            session.commit()
        return {**report.__dict__, "dry_run": query["dry_run"]}


def _uploaded_csv() -> bytes:
    if request.mimetype == "multipart/form-data":
        upload = request.files.get("file")
        if upload is None:
            abort(
                422,
                message="Attach the CSV as the form field 'file'.",
                errors={"file": ["Missing."]},
            )
        return upload.stream.read()
    if request.mimetype in CSV_TYPES:
        return request.get_data()
    abort(
        415,
        message="Send the CSV as text/csv or as multipart/form-data with a field 'file'.",
        errors={"Content-Type": [f"Got {request.mimetype or 'none'}."]},
    )


@blp.route("/<id:network_id>")
class NetworkById(MethodView):
    @require("viewer")
    @blp.response(200, NetworkSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, network_id: int) -> Network:
        """One network with its contacts."""
        return networks.get_network(request_session(), network_id)

    @require("staff")
    @blp.arguments(NetworkUpdateSchema)
    @blp.response(200, NetworkSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.alt_response(409, response="CONFLICT")
    def patch(self, body: dict[str, Any], network_id: int) -> Network:
        """Change some of a network's attributes; `archived: false` restores it."""
        session = request_session()
        network = networks.update_network(session, network_id, body)
        session.commit()
        return network

    @require("staff")
    @blp.response(200, NetworkSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def delete(self, network_id: int) -> Network:
        """Archive a network: it leaves listings and audiences but keeps its answers."""
        session = request_session()
        network = networks.archive_network(session, network_id)
        session.commit()
        return network


@blp.route("/<id:network_id>/contacts")
class Contacts(MethodView):
    @require("staff")
    @blp.arguments(ContactCreateSchema)
    @blp.response(201, ContactSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.alt_response(409, response="CONFLICT")
    def post(self, body: dict[str, Any], network_id: int) -> Contact:
        """Add a contact to a network."""
        session = request_session()
        contact = networks.add_contact(session, network_id, body)
        session.commit()
        return contact


@blp.route("/<id:network_id>/contacts/<id:contact_id>")
class ContactById(MethodView):
    @require("staff")
    @blp.arguments(ContactUpdateSchema)
    @blp.response(200, ContactSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.alt_response(409, response="CONFLICT")
    def patch(self, body: dict[str, Any], network_id: int, contact_id: int) -> Contact:
        """Change a contact's name, email or language."""
        session = request_session()
        contact = networks.update_contact(session, network_id, contact_id, body)
        session.commit()
        return contact

    @require("staff")
    @blp.response(204)
    @blp.alt_response(404, response="NOT_FOUND")
    def delete(self, network_id: int, contact_id: int) -> None:
        """Remove a contact from a network."""
        session = request_session()
        networks.remove_contact(session, network_id, contact_id)
        session.commit()
