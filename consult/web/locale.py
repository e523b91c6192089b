"""The page's language, and moments as a page shows them: consult.texts.times in the body's
time zone (the `local_time` template filter of every page, networks' and staff's)."""

from __future__ import annotations

from datetime import datetime

from flask import request

from consult.runtime import current_runtime
from consult.texts import LANGUAGES
from consult.texts.times import local_date, local_time


def page_language(default: str) -> str:
    """`lang` from the query or form if it is one we have, else the network's language."""
    asked = request.values.get("lang")
    return asked if asked in LANGUAGES else default


def page_time(moment: datetime | None) -> str:
    """A moment on a page, to the minute, in the body's time zone."""
    return local_time(moment, current_runtime().settings.zone)


def page_date(moment: datetime | None, language: str) -> str:
    """A moment inside a page's sentence, the month in words."""
    return local_date(moment, current_runtime().settings.zone, language)
