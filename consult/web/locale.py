"""The page's language and times as the respondents read them (body time zone)."""

from __future__ import annotations

from datetime import datetime

from flask import request

from consult.runtime import current_runtime
from consult.texts import LANGUAGES, long_date


def page_language(default: str) -> str:
    """`lang` from the query or form if it is one we have, else the network's language."""
    asked = request.values.get("lang")
    return asked if asked in LANGUAGES else default


def local_time(moment: datetime) -> str:
    return moment.astimezone(current_runtime().settings.zone).strftime("%Y-%m-%d %H:%M")


def local_date(moment: datetime, language: str) -> str:
    """A moment in a sentence, as the reader says it: the body's time zone, the month in
    words in their language ("7 ខែធ្នូ ឆ្នាំ 2026 ម៉ោង 18:45")."""
    return long_date(moment.astimezone(current_runtime().settings.zone), language)
