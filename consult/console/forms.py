"""A console form read by the API's own schema, and what a refused one says by field.

Every form goes through the schema of the API call it stands for, so a value is refused
for the reasons a JSON body is; a rule of the domain met by a form is said the same way.
Pages show the result with one macro (templates/console/form_fields.html, error_summary).
"""

from __future__ import annotations

import secrets
from typing import Any

from flask import render_template
from marshmallow import Schema, ValidationError

from consult.console.blueprint import language
from consult.domain.errors import DomainError, Invalid
from consult.schemas.refusals import schema_refusals

Errors = dict[str, list[str]]  # a form's problems by field, as the API names the fields


def read_form(schema: Schema, body: dict[str, Any]) -> dict[str, Any]:
    """A form's values read by the API's schema: Invalid (a 422 by field) as the API says."""
    try:
        loaded: dict[str, Any] = schema.load(body)
    except ValidationError as error:
        raise Invalid("refused_form_mistakes", schema_refusals(error)) from error
    return loaded


def errors_of(refused: DomainError) -> Errors:
    """What to show beside each field, in the reader's language; a refusal that names no
    field is said for the whole form (`_form`)."""
    reader = language()
    return refused.errors_in(reader) or {"_form": [refused.message_in(reader)]}


def refused_form(
    template: str, refused: DomainError, status: int = 422, **values: Any
) -> tuple[str, int]:
    """The form's page again with what to correct, field by field: nothing was changed."""
    return render_template(template, errors=errors_of(refused), **values), status


def form_key() -> str:
    """A form's idempotency key: a double click sends the same one, so acts once."""
    return secrets.token_urlsafe(16)
