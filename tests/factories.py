"""Rows built through the domain functions, with sensible defaults a test can override."""

from __future__ import annotations

from itertools import count
from typing import Any

from sqlalchemy.orm import Session

from consult.domain import networks
from consult.models import Network

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
