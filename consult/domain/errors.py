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


# The HTTP status of each kind, for the API's JSON and the console's pages alike.
DOMAIN_STATUS: dict[type[DomainError], int] = {NotFound: 404, Conflict: 409, Invalid: 422}


def status_of(error: DomainError) -> int:
    return next(code for kind, code in DOMAIN_STATUS.items() if isinstance(error, kind))
