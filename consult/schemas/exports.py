"""Query arguments of the CSV and XLSX exports: in which words headers and cells are shown."""

from __future__ import annotations

from marshmallow import fields, validate

from consult.schemas.common import InputSchema
from consult.schemas.summaries import SummaryQuerySchema
from consult.texts import LANGUAGES


def labels_field() -> fields.String:
    """`labels`: one field per schema, so neither schema's field is bound to the other."""
    return fields.String(
        validate=validate.OneOf((*LANGUAGES, "keys")),
        metadata={
            "description": "Headers and answers as English or Khmer texts, or as the keys "
            "a program reads. Default: Khmer if Accept-Language prefers it, else English."
        },
    )


class ExportQuerySchema(InputSchema):
    labels = labels_field()


class SummaryExportQuerySchema(SummaryQuerySchema):
    labels = labels_field()
