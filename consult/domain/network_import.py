"""Import the directory from a CSV file: idempotent, and precise about bad rows."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from marshmallow import Schema, ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consult.domain import networks
from consult.domain.errors import Invalid, message
from consult.models import Contact, Network

REQUIRED_COLUMNS = ("name", "kind")


@dataclass(frozen=True)
class RowError:
    """A row that was not imported: its line in the file and what is wrong with it."""

    line: int
    name: str | None
    errors: dict[str, list[str]]


@dataclass(frozen=True)
class RowOutcome:
    """What a valid row does to the directory, so a preview can name each change: the
    network's fields it changes, and the contact it adds or changes (by email)."""

    line: int
    name: str
    outcome: str  # created, updated or unchanged
    changed: tuple[str, ...] = ()
    contact: str | None = None


@dataclass
class ImportReport:
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    outcomes: list[RowOutcome] = field(default_factory=list)


def import_networks(session: Session, data: bytes, row_schema: Schema) -> ImportReport:
    """Create or update one network per valid row; bad rows are reported, not imported.

    `row_schema` reads a row (the API's NetworkCsvRowSchema: the CSV is a wire format, so
    its schema lives with the others and is handed in, the domain not importing schemas).

    A row matches an existing network by name (case and spacing folded). Failing that, it
    matches by acronym, but only where the acronym names exactly one network in the file and
    in the directory: acronyms repeat across provinces (KNN is Kampot, Kandal, Kep and
    Kratie), so a shared acronym alone never merges two networks.
    """
    rows = list(_read_rows(data, row_schema))
    schema = row_schema
    acronyms_in_file = Counter((row.get("acronym") or "").strip().casefold() for _, row in rows)
    report = ImportReport(rows=len(rows))
    seen: dict[str, int] = {}
    touched: set[int] = set()
    for line, row in rows:
        extra = row.pop(None, None)
        if extra:
            report.errors.append(
                RowError(line, row.get("name") or None, {"row": [_extra_cells(len(extra))]})
            )
            continue
        try:
            fields = schema.load(row)
        except ValidationError as exc:
            report.errors.append(RowError(line, row.get("name") or None, _messages(exc)))
            continue
        key = networks.name_key(fields["name"])
        if key in seen:
            report.errors.append(
                RowError(line, fields["name"], {"name": [f"Repeats line {seen[key]}."]})
            )
            continue
        seen[key] = line
        network = networks.find_by_name(session, fields["name"]) or _match_by_acronym(
            session, fields.get("acronym"), acronyms_in_file, touched
        )
        if network is None:
            network = networks.create_network(session, _network_fields(fields))
            contact = _upsert_contact(session, network, fields.get("contact"))
            outcome = RowOutcome(line, network.name, "created", contact=contact)
            report.created += 1
        else:
            changed, contact = _apply(session, network, fields)
            if changed or contact:
                outcome = RowOutcome(line, network.name, "updated", changed, contact)
                report.updated += 1
            else:
                outcome = RowOutcome(line, network.name, "unchanged")
                report.unchanged += 1
        report.outcomes.append(outcome)
        touched.add(network.id)
    return report


def _read_rows(data: bytes, row_schema: Schema) -> Iterator[tuple[int, dict[Any, Any]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        not_utf8 = message("refused_not_utf8_at", byte=exc.start)
        raise Invalid("refused_not_utf8", {"file": [not_utf8]}) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        nul = message("refused_nul_on_line", line=line)
        raise Invalid("refused_file_has_nul", {"file": [nul]})
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = [name.strip() for name in reader.fieldnames or []]
    reader.fieldnames = columns
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    unknown = [name for name in columns if name not in row_schema.fields]
    if missing or unknown:
        problems = [message("refused_missing_column", column=repr(name)) for name in missing]
        problems += [message("refused_unknown_column", column=repr(name)) for name in unknown]
        raise Invalid("refused_header_unusable", {"file": problems})
    next_line = 2
    for row in reader:
        line, next_line = next_line, reader.line_num + 1
        cells = {
            name: value.strip() if isinstance(value, str) else value for name, value in row.items()
        }
        if any(cells.values()):
            yield line, cells


def _extra_cells(count: int) -> str:
    return f"{count} more cell(s) than the header has columns; quote values that hold commas."


def _messages(exc: ValidationError) -> dict[str, list[str]]:
    messages = exc.messages if isinstance(exc.messages, dict) else {"row": exc.messages}
    return {str(name): list(problems) for name, problems in messages.items()}


def _match_by_acronym(
    session: Session, acronym: str | None, in_file: Counter[str], touched: set[int]
) -> Network | None:
    if not acronym or in_file[acronym.casefold()] != 1:
        return None
    found = session.scalars(
        select(Network).where(func.lower(Network.acronym) == acronym.lower()).limit(2)
    ).all()
    if len(found) != 1 or found[0].id in touched:
        return None
    return found[0]


def _network_fields(fields: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in fields.items() if name != "contact"}


def _apply(
    session: Session, network: Network, fields: dict[str, Any]
) -> tuple[tuple[str, ...], str | None]:
    """Bring a network in line with its row: the fields that changed, and the email of the
    contact added or changed (None if none was)."""
    changes = networks.changed_fields(network, _network_fields(fields))
    if changes:
        networks.update_network(session, network.id, changes)
    return tuple(sorted(changes)), _upsert_contact(session, network, fields.get("contact"))


def _upsert_contact(
    session: Session, network: Network, contact: dict[str, Any] | None
) -> str | None:
    """The row's contact added or brought up to date: its email if anything changed."""
    if not contact:
        return None
    existing = next((c for c in network.contacts if c.email == contact["email"]), None)
    if existing is None:
        network.contacts.append(Contact(**contact))
        session.flush()
        return str(contact["email"])
    changed = existing.name != contact["name"] or existing.language != contact["language"]
    existing.name, existing.language = contact["name"], contact["language"]
    return str(contact["email"]) if changed else None
