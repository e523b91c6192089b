"""Secrets we hand out (link tokens, API keys): only a SHA-256 of each is stored."""

from __future__ import annotations

import hashlib
import secrets

TOKEN_BYTES = 24


def new_token() -> tuple[str, str]:
    """A fresh token and the hash to store for it."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    return token, token_hash(token)


def token_hash(token: str) -> str:
    """The stored form of a token or key; looking one up means looking this up."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()
