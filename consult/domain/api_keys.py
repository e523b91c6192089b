"""Staff API keys: issued once, stored as a hash, checked in constant time."""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult.db import utcnow
from consult.domain.errors import Conflict, NotFound
from consult.domain.tokens import token_hash
from consult.models import ApiKey

KEY_PREFIX = "csk"
LAST_USED_RESOLUTION = timedelta(minutes=5)


@dataclass(frozen=True)
class IssuedKey:
    """A new key and its secret, which is shown once and never stored."""

    key: ApiKey
    secret: str


def create_key(session: Session, name: str, role: str) -> IssuedKey:
    prefix = secrets.token_hex(6)
    secret = f"{KEY_PREFIX}_{prefix}_{secrets.token_urlsafe(32)}"
    key = ApiKey(name=name, role=role, prefix=prefix, key_hash=token_hash(secret))
    session.add(key)
    session.flush()
    return IssuedKey(key=key, secret=secret)


def authenticate(session: Session, presented: str) -> ApiKey | None:
    """The active key whose secret this is, or None; the hash comparison is constant-time.

    Keys carry 256 random bits, so a fast hash is enough: there is nothing to brute-force.
    """
    parts = presented.split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX:
        return None
    key = session.scalar(select(ApiKey).where(ApiKey.prefix == parts[1]))
    if key is None or key.revoked_at is not None:
        return None
    if not hmac.compare_digest(key.key_hash, token_hash(presented)):
        return None
    now = utcnow()
    if key.last_used_at is None or now - key.last_used_at > LAST_USED_RESOLUTION:
        key.last_used_at = now
    return key


def list_keys(session: Session) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).order_by(ApiKey.id)))


def get_key(session: Session, key_id: int) -> ApiKey:
    key = session.get(ApiKey, key_id)
    if key is None:
        raise NotFound("refused_no_api_key", api_key=key_id)
    return key


def revoke_key(session: Session, key_id: int) -> ApiKey:
    key = get_key(session, key_id)
    if key.revoked_at is not None:
        raise Conflict("refused_api_key_revoked", api_key=key_id)
    key.revoked_at = utcnow()
    return key
