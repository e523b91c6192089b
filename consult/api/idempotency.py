"""The Idempotency-Key header: a client that retries a request gets the first result."""

from __future__ import annotations

from flask import request

from consult.domain.idempotency import usable_key

IDEMPOTENCY_PARAMETER = {
    "in": "header",
    "name": "Idempotency-Key",
    "description": "a retried request with the same key returns the first result",
    "schema": {"type": "string", "maxLength": 200},
}


def idempotency_key() -> str | None:
    """The request's Idempotency-Key header."""
    return usable_key(request.headers.get("Idempotency-Key", ""))
