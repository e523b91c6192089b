"""What a network sees at its link, as plain data for the API and the web form alike."""

from __future__ import annotations

from typing import Any

from consult.i18n import localize
from consult.models import Invitation, Response


def answering_view(
    invitation: Invitation, response: Response | None, language: str | None
) -> dict[str, Any]:
    """The round and its questions in `language` (default: the network's), and its answers."""
    round_ = invitation.round
    network = invitation.network
    language = language or network.language
    return {
        "round": {
            "id": round_.id,
            "title": localize(round_.title, language),
            "purpose": localize(round_.purpose, language),
            "status": round_.status,
            "opens_at": round_.opens_at,
            "closes_at": round_.closes_at,
        },
        "network": {"name": network.name, "name_km": network.name_km, "language": network.language},
        "language": language,
        "questions": localize(round_.questionnaire, language),
        "status": response.status if response else "not_started",
        "current": response.current_version if response else None,
        "submitted": response.submitted_version if response else None,
    }
