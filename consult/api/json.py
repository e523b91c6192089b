"""JSON as the standard has it, within limits a person's answers never come near.

NaN and Infinity are not numbers a client may send; a document nested deeper than
`MAX_DEPTH` or an integer longer than Python will convert is a 400 like any bad JSON, not
a RecursionError or ValueError that reaches the generic 500 with a traceback.
"""

from __future__ import annotations

import json
from typing import Any

from flask.json.provider import DefaultJSONProvider

# A questionnaire answer is at most a list of objects inside the body's object: 4 levels.
MAX_DEPTH = 32


def _refuse_constant(name: str) -> Any:
    raise json.JSONDecodeError(f"{name} is not valid JSON", name, 0)


def strict_loads(data: str | bytes, **kwargs: Any) -> Any:
    """json.loads that refuses NaN, Infinity, too deep nesting and huge integers (a 400)."""
    try:
        value = json.loads(data, parse_constant=_refuse_constant, **kwargs)
    except RecursionError:
        raise _refused(f"nested deeper than {MAX_DEPTH} levels") from None
    except json.JSONDecodeError:
        raise
    except ValueError:  # "Exceeds the limit (4300 digits) for integer string conversion"
        raise _refused("an integer has too many digits") from None
    if _depth_exceeds(value, MAX_DEPTH):
        raise _refused(f"nested deeper than {MAX_DEPTH} levels")
    return value


def _refused(reason: str) -> json.JSONDecodeError:
    # The document is not quoted back; webargs reads an empty one as "no body at all".
    return json.JSONDecodeError(reason, "(body)", 0)


def _depth_exceeds(value: Any, limit: int) -> bool:
    """Walks without recursion, so the check itself cannot overflow the stack."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return False


class StrictJSONProvider(DefaultJSONProvider):
    """Parses strictly and writes Khmer as itself, not as \\u escapes."""

    ensure_ascii = False

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        return strict_loads(s, **kwargs)
