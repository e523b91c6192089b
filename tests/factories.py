"""Rows built through the domain functions, with sensible defaults a test can override."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from itertools import count
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from consult.domain import networks, rounds
from consult.models import Network, Round

SAMPLE_ROUND = Path(__file__).resolve().parents[1] / "examples" / "sample_round.json"
SECRET_KEY = "factories-secret-key-0123456789-abcdef"

_numbers = count(1)


def make_network(session: Session, **fields: Any) -> Network:
    number = next(_numbers)
    values: dict[str, Any] = {
        "name": f"Test Network {number}",
        "acronym": f"TN{number}",
        "kind": "provincial",
        "province": "Kampot",
        "sectors": ["advocacy"],
        "mou": False,
        "language": "en",
        "contacts": [
            {
                "name": f"Focal point {number}",
                "email": f"focal{number}@example.org",
                "language": "en",
            }
        ],
    }
    values.update(fields)
    return networks.create_network(session, values)


def sample_questionnaire() -> list[dict[str, Any]]:
    """The seven questions of the example round, one of each type it uses."""
    return json.loads(SAMPLE_ROUND.read_text(encoding="utf-8"))["questions"]


def make_round(session: Session, now: datetime, **fields: Any) -> Round:
    """A draft of the sample questionnaire to every network, closing in two weeks."""
    sample = json.loads(SAMPLE_ROUND.read_text(encoding="utf-8"))
    values: dict[str, Any] = {
        "title": sample["title"],
        "purpose": sample["purpose"],
        "questionnaire": sample["questions"],
        "audience": {},
        "closes_at": now + timedelta(days=14),
        "reminders_days_before_close": [7, 1],
    }
    values.update(fields)
    return rounds.create_round(session, values)


def launch(session: Session, round_: Round, now: datetime) -> list[rounds.IssuedToken]:
    """Launch a draft as staff would; the tokens come back as the API returns them."""
    _, issued = rounds.launch_round(session, round_.id, now, SECRET_KEY)
    return issued
