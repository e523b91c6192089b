"""Idempotency-Key: a retry gets the first result; the key reused for another request is
refused, since answering with the first result would hide the client's mistake (a submit
that comes back as an earlier draft would leave the network believing it had answered)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from consult.domain.errors import Invalid

IDEMPOTENCY_KEY = "Idempotency-Key"


def usable_key(raw: str) -> str | None:
    """A client's key as it can be stored: no NUL (PostgreSQL refuses it), 200 characters."""
    return raw.replace("\x00", "").strip()[:200] or None


def request_digest(request: Mapping[str, Any]) -> str:
    """The SHA-256 of a request as it was received, kept beside its key: what the database
    returns of stored JSON can differ from what was sent (PostgreSQL reads 1e23 back as an
    integer), the digest of the same request cannot."""
    canonical = json.dumps(request, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def require_same_request(earlier: str | None, digest: str | None, language: str = "en") -> None:
    """Refuse a retry that asks something else; a row kept before digests replays as it did."""
    if earlier is not None and earlier != digest:
        raise Invalid("key_reused", {IDEMPOTENCY_KEY: ["key_reused"]}, language=language)
