"""What a network sees at its link, as plain data for the API and the web form alike."""

from __future__ import annotations

from typing import Any

from consult.models import Invitation, Response, Round
from consult.texts import localize


def answering_view(
    invitation: Invitation, response: Response | None, language: str | None
) -> dict[str, Any]:
    """The round and its questions in `language` (default: the network's), and its answers."""
    network = invitation.network
    named = {"name": network.name, "name_km": network.name_km, "language": network.language}
    return form_view(invitation.round, named, response, language or network.language)


def form_view(
    round_: Round, network: dict[str, Any], response: Response | None, language: str
) -> dict[str, Any]:
    """The form of `round_` in `language` for `network` (name, name_km, language): what its
    link shows, and what staff preview before launch (with no response)."""
    return {
        "round": {
            "id": round_.id,
            "title": localize(round_.title, language),
            "purpose": localize(round_.purpose, language),
            "status": round_.status,
            "opens_at": round_.opens_at,
            "closes_at": round_.closes_at,
        },
        "network": network,
        "language": language,
        "questions": localize(round_.questionnaire, language),
        "status": response.status if response else "not_started",
        "current": response.current_version if response else None,
        "submitted": response.submitted_version if response else None,
    }
