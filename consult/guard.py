"""Requests too big or too odd for the app, answered in our JSON error shape first.

Gunicorn answers an over-long request line (414), too many or too large headers (431) and
some malformed requests in HTML of its own. Its limits are set above ours
(`consult/gunicorn_conf.py`), so this middleware meets such a request before gunicorn's
limits do and answers it as every other error: `{"code", "message", "errors"}`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from http import HTTPStatus
from typing import Any

# What our WSGI app accepts; gunicorn_conf's limits are above these.
MAX_TARGET_BYTES = 4096  # path and query string, percent-encoded as sent
MAX_HEADER_FIELDS = 100
MAX_HEADER_FIELD_BYTES = 4096
# A host name or IPv4/IPv6 literal, with an optional port.
VALID_HOST = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9._-]{0,252})|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?")

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]

# Headers every response of ours carries (consult/headers.py sets the same on the app's).
GUARD_HEADERS = [
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"),
    ("Cache-Control", "no-store"),
]


class RequestGuard:
    """WSGI middleware: 414, 431 or 400 (bad Host) as JSON before the app sees the request."""

    def __init__(self, app: WSGIApp) -> None:
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        refused = refusal(environ)
        if refused is None:
            return self.app(environ, start_response)
        status, message = refused
        body = json.dumps(
            {"code": HTTPStatus(status).name.lower(), "message": message, "errors": {}}
        ).encode()
        headers = [
            ("Content-Type", "application/json"),
            ("Content-Length", str(len(body))),
            ("Connection", "close"),
            *GUARD_HEADERS,
        ]
        start_response(f"{status} {HTTPStatus(status).phrase}", headers)
        return [body]


def refusal(environ: dict[str, Any]) -> tuple[int, str] | None:
    """(status, message) for a request the app should not see; None for the others."""
    target = environ.get("RAW_URI") or (
        environ.get("PATH_INFO", "") + "?" + environ.get("QUERY_STRING", "")
    )
    if len(target.encode("latin-1", "replace")) > MAX_TARGET_BYTES:
        return 414, f"The URL is longer than {MAX_TARGET_BYTES} bytes."
    fields = [(key, value) for key, value in environ.items() if key.startswith("HTTP_")]
    if len(fields) > MAX_HEADER_FIELDS:
        return 431, f"More than {MAX_HEADER_FIELDS} header fields."
    if any(len(str(value)) > MAX_HEADER_FIELD_BYTES for _key, value in fields):
        return 431, f"A header field is longer than {MAX_HEADER_FIELD_BYTES} bytes."
    host = environ.get("HTTP_HOST")
    if host is not None and not VALID_HOST.fullmatch(host):
        return 400, "The Host header is not a valid host name."
    return None
