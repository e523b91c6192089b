"""Errors the business rules raise; the API maps each kind to a status in one place.

A refusal carries a message key and its values, never a sentence: the domain does not know
who reads it. The edge (the API's JSON, a console page, a network's page) says it in the
reader's language through the one lookup, `consult.texts.t`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from consult.texts import t


@dataclass(frozen=True)
class Message:
    """A text a person reads, as its catalog key and the values that fill it; a value that
    is itself a Message (a round's status) is said in the same language."""

    key: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def text(self, language: str) -> str:
        said = {
            name: value.text(language) if isinstance(value, Message) else value
            for name, value in self.values.items()
        }
        return t(self.key, language, **said)


def message(key: str, **values: Any) -> Message:
    """A Message written as a call: message("refused_no_round", round=4)."""
    return Message(key, values)


def round_status(status: str) -> Message:
    """A round's status inside a sentence ("Round 4 is closed")."""
    return Message(f"refused_status_{status}")


FieldMessages = Mapping[str, Iterable[Message | str]]  # by field; a bare str is a key


class DomainError(Exception):
    """A rule refused the request: `refusal` says what, `field_refusals` name the fields at
    fault. `language` is the reader's when the domain knows it (a network's, on its link)."""

    def __init__(
        self,
        key: str,
        errors: FieldMessages | None = None,
        /,
        *,
        language: str | None = None,
        **values: Any,
    ) -> None:
        self.refusal = Message(key, values)
        self.field_refusals = {
            name: [as_message(item) for item in items] for name, items in (errors or {}).items()
        }
        self.language = language
        super().__init__(self.message)

    @property
    def key(self) -> str:
        return self.refusal.key

    @property
    def message(self) -> str:
        """The refusal in its reader's language when known, else English (the API's)."""
        return self.message_in(self.language or "en")

    @property
    def errors(self) -> dict[str, list[str]]:
        return self.errors_in(self.language or "en")

    def message_in(self, language: str) -> str:
        return self.refusal.text(language)

    def errors_in(self, language: str) -> dict[str, list[str]]:
        return said(self.field_refusals, language)


def said(refusals: Mapping[str, Iterable[Message]], language: str) -> dict[str, list[str]]:
    """Refusals by field, each said in `language`."""
    return {name: [item.text(language) for item in items] for name, items in refusals.items()}


def as_message(item: Message | str) -> Message:
    return item if isinstance(item, Message) else Message(item)


class NotFound(DomainError):
    """The thing asked for does not exist (or the caller may not know that it does)."""


class Conflict(DomainError):
    """The request clashes with the current state, e.g. a duplicate name."""


class Invalid(DomainError):
    """The request is well-formed but breaks a rule, e.g. an unreadable CSV file."""


def status_conflict(key: str, round_id: int, status: str, **values: Any) -> Conflict:
    """A round in the wrong status for an action: `key` says why, the field `status` names
    the round's status."""
    in_words = round_status(status)
    return Conflict(key, {"status": [in_words]}, round=round_id, status=in_words, **values)


# The HTTP status of each kind, for the API's JSON and the console's pages alike.
DOMAIN_STATUS: dict[type[DomainError], int] = {NotFound: 404, Conflict: 409, Invalid: 422}


def status_of(error: DomainError) -> int:
    return next(code for kind, code in DOMAIN_STATUS.items() if isinstance(error, kind))
