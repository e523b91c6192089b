"""JSON as the standard has it: NaN and Infinity are not numbers a client may send."""

from __future__ import annotations

import json
from typing import Any

from flask.json.provider import DefaultJSONProvider


def _refuse_constant(name: str) -> Any:
    raise json.JSONDecodeError(f"{name} is not valid JSON", name, 0)


def strict_loads(data: str | bytes, **kwargs: Any) -> Any:
    """json.loads that refuses NaN, Infinity and -Infinity (a 400, like any bad JSON)."""
    return json.loads(data, parse_constant=_refuse_constant, **kwargs)


class StrictJSONProvider(DefaultJSONProvider):
    """Parses strictly and writes Khmer as itself, not as \\u escapes."""

    ensure_ascii = False

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        return strict_loads(s, **kwargs)
