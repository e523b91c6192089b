"""Errors the business rules raise; the API maps each kind to a status in one place."""

from __future__ import annotations


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
