"""Errors the business rules raise; the API maps each kind to a status in one place."""

from __future__ import annotations

from consult.i18n import text

IDEMPOTENCY_KEY = "Idempotency-Key"


class DomainError(Exception):
    """A rule refused the request; `errors` names the fields at fault."""

    def __init__(self, message: str, errors: dict[str, list[str]] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.errors = errors or {}


class NotFound(DomainError):
    """The thing asked for does not exist (or the caller may not know that it does)."""


class Conflict(DomainError):
    """The request clashes with the current state, e.g. a duplicate name."""


class Invalid(DomainError):
    """The request is well-formed but breaks a rule, e.g. an unreadable CSV file."""


def key_reused(language: str = "en") -> Invalid:
    """A key already used for another request: a retry repeats its request unchanged, so
    this is a client's mistake, and answering with the first result would hide it."""
    problem = text("key_reused", language)
    return Invalid(problem, {IDEMPOTENCY_KEY: [problem]})
