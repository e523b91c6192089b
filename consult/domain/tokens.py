"""Secrets we hand out (link tokens, API keys): only a SHA-256 of each is stored.

A network's link token is derived from the server's secret key, the invitation and how many
times it was re-issued: the mail workers can put it in an email without it ever being
stored, and a database copy alone does not reveal any link.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from consult.models import Invitation

TOKEN_BYTES = 24


def new_token() -> tuple[str, str]:
    """A fresh token and the hash to store for it."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    return token, token_hash(token)


def token_hash(token: str) -> str:
    """The stored form of a token or key; looking one up means looking this up."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def link_token(secret_key: str, invitation_id: int, generation: int) -> str:
    """The link token of an invitation's `generation`-th issue (0 at launch)."""
    message = f"invitation:{invitation_id}:{generation}".encode()
    digest = hmac.new(secret_key.encode(), message, hashlib.sha256).digest()[:TOKEN_BYTES]
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def link_of(invitation: Invitation, secret_key: str) -> str:
    """The token of an invitation's current link (derived, never stored)."""
    return link_token(secret_key, invitation.id, invitation.times_reissued)


def issue_link(invitation: Invitation, secret_key: str) -> str:
    """Give a flushed invitation the hash of its current link; return the token."""
    token = link_of(invitation, secret_key)
    invitation.token_hash = token_hash(token)
    return token
