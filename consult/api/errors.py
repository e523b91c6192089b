"""One shape for every error: {"code", "message", "errors"} (and a refusal's "key"), and never a
stack trace."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from flask import Flask, Response, jsonify, render_template, request
from kombu.exceptions import OperationalError as BrokerError
from redis.exceptions import RedisError
from sqlalchemy.exc import DisconnectionError, IntegrityError, OperationalError
from werkzeug.exceptions import HTTPException

from consult.domain.errors import DomainError, status_of
from consult.texts import LANGUAGES

log = logging.getLogger(__name__)

# Seconds a client should wait after a 503: a restarting database is back within seconds.
RETRY_AFTER_SECONDS = 5


def error_response(
    status: int,
    message: str,
    errors: dict[str, Any] | None = None,
    headers: Any = None,
    key: str | None = None,
) -> Response:
    body = {
        "code": HTTPStatus(status).name.lower(),
        "message": message,
        "errors": _with_text_keys(errors or {}),
    }
    if key:
        body["key"] = key
    response = jsonify(body)
    response.status_code = status
    if headers:
        response.headers.update(headers)
    return response


def http_error(error: HTTPException) -> Response:
    """Werkzeug and webargs errors (400, 401, 404, 405, 413, 415, 422, …) in our shape."""
    status = error.code or 500
    if status >= 500:
        log.error("HTTP %s: %s", status, error.description)
        return error_response(status, HTTPStatus(status).phrase)
    data = getattr(error, "data", None) or {}
    errors = _by_field(data.get("messages") or data.get("errors") or {})
    message = data.get("message") or _message(status, errors, error.description)
    # Werkzeug's own headers first (a 405's Allow, a 401's WWW-Authenticate), then ours.
    headers = {name: value for name, value in error.get_headers() if name.lower() != "content-type"}
    headers.update(data.get("headers") or {})
    return error_response(status, message, errors, headers)


def domain_error(error: DomainError) -> Response:
    """The refusal in the client's language (Accept-Language: km), else the reader's the
    domain knows (a network's), else English; `key` names it for a program to act on."""
    asked = request.accept_languages.best_match(LANGUAGES)
    language = asked or error.language or "en"
    message, errors = error.message_in(language), error.errors_in(language)
    return error_response(status_of(error), message, errors, key=error.key)


def integrity_error(error: IntegrityError) -> Response:
    """A constraint the database enforces, met by a race the domain check did not see."""
    log.warning("integrity error turned into 409: %s", error.orig)
    return error_response(409, "This conflicts with data that already exists; reload and retry.")


def retry_later(status: int, message: str, seconds: int, heading: str) -> Response:
    """An answer that asks the client to come back in `seconds` (429, 503), with Retry-After:
    JSON for the API; on the network's pages, a page in both languages a phone can show."""
    headers = {"Retry-After": str(seconds)}
    if request.blueprint and request.blueprint.startswith("web"):
        page = render_template("try_again.html", heading=heading, seconds=seconds)
        return Response(page, status, headers, mimetype="text/html")
    return error_response(status, message, headers=headers)


def too_many_requests(seconds: int) -> Response:
    """A rate limit spent (consult.rate_limits counts): 429, come back in `seconds`."""
    return retry_later(
        429, f"Too many requests: retry after {seconds} seconds.", seconds, "too_many_requests"
    )


def database_unavailable(error: OperationalError | DisconnectionError) -> Response:
    """The database is down, restarting or unreachable: the client retries, nothing is lost.

    Logged in one line by its class and the driver's first line only: the statement and its
    parameters (answers, a focal point's e-mail) stay out of the logs.
    """
    cause = getattr(error, "orig", None) or error
    first_line = (str(cause).strip().splitlines() or [""])[0][:200]
    log.warning("database unavailable, answered 503: %s: %s", type(cause).__name__, first_line)
    return retry_later(
        503,
        "The database is unavailable for a moment; retry shortly.",
        RETRY_AFTER_SECONDS,
        "unavailable",
    )


def queue_unavailable(error: BrokerError | RedisError) -> Response:
    """The broker or the result backend (Redis) is away: only what needs it now (a
    recompute asked for, a task's progress) answers 503; submissions never need it."""
    log.warning("queue unavailable, answered 503: %s: %s", type(error).__name__, error)
    return retry_later(
        503,
        "The task queue is unavailable for a moment; retry shortly.",
        RETRY_AFTER_SECONDS,
        "unavailable",
    )


def unexpected_error(error: Exception) -> Response:
    log.exception("unhandled error", exc_info=error)
    return error_response(500, "Internal Server Error: the failure is logged.")


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(DomainError, domain_error)
    app.register_error_handler(IntegrityError, integrity_error)
    app.register_error_handler(OperationalError, database_unavailable)
    # InvalidatePoolError is a DisconnectionError.
    app.register_error_handler(DisconnectionError, database_unavailable)
    app.register_error_handler(BrokerError, queue_unavailable)
    app.register_error_handler(RedisError, queue_unavailable)
    app.register_error_handler(Exception, unexpected_error)


def _by_field(messages: dict[str, Any] | list[Any]) -> dict[str, Any]:
    """webargs groups problems by location ({"json": {...}, "query": {...}}); fold that."""
    if isinstance(messages, list):
        return {"_request": messages}
    folded: dict[str, Any] = {}
    for location, problems in messages.items():
        if location in ("json", "query", "form", "files", "headers", "path") and isinstance(
            problems, dict
        ):
            folded.update(problems)
        else:
            folded[location] = problems
    return folded


def _with_text_keys(value: Any) -> Any:
    """marshmallow keys list items by index: {0: …, "_schema": …} cannot be sorted as JSON."""
    if isinstance(value, dict):
        return {str(key): _with_text_keys(item) for key, item in value.items()}
    return value


def _message(status: int, errors: dict[str, Any], description: str | None) -> str:
    if errors:
        return f"{HTTPStatus(status).phrase}: check {', '.join(sorted(map(str, errors)))}."
    return description or HTTPStatus(status).phrase
