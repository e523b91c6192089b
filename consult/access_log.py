"""Gunicorn's access log without the credentials that travel in URLs."""

from __future__ import annotations

import logging
import re
from typing import Any
from urllib.parse import unquote

from gunicorn.glogging import Logger

# A network's link token (/r/…, /api/v1/respond/…) and a signed stop-digests link answer as
# their holder: whoever reads the log must not be able to.
CREDENTIAL_IN_PATH = re.compile(r"(/r/+|/respond/+|/digests/stop/+)[^/?#\s\"]+")
WITH_PATHS = ("r", "U", "f", "{referer}i")


def masked(text: str) -> str:
    """`text` with tokens masked; percent-encoded paths (`/%72/<token>`) are served as
    `/r/<token>`, so they are decoded before masking."""
    return CREDENTIAL_IN_PATH.sub(r"\1…", unquote(text))


class MaskedRecords(logging.Filter):
    """On Flask's own logger: its "Exception on /r/<token> [POST]" line names the path."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "/" in message:
            record.msg, record.args = masked(message), ()
        return True


class MaskedAccessLogger(Logger):
    """The access log of `consult run` and docker-compose: request line, path and referer
    with link tokens replaced by "…"."""

    def atoms(
        self, resp: Any, req: Any, environ: dict[str, Any], request_time: Any
    ) -> dict[str, Any]:
        found: dict[str, Any] = super().atoms(resp, req, environ, request_time)
        for name in WITH_PATHS:
            if isinstance(found.get(name), str):
                found[name] = masked(found[name])
        return found
