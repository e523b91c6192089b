"""Moments as people read them, in the body's time zone: the one place a time is formatted
for a page, a mail, a digest or a form's datetime-local box, and the zone named in words."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from consult.texts import t
from consult.texts.places import province_label

MINUTE = "%Y-%m-%d %H:%M"  # "2026-12-07 18:45": sorts as it reads, in any language
INPUT = "%Y-%m-%dT%H:%M"  # what <input type="datetime-local"> sends and shows
MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "km": (
        "មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា",
        "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ",
    ),
}  # fmt: skip


def local_time(moment: datetime | None, zone: ZoneInfo) -> str:
    """A moment in the body's time zone, to the minute; nothing for no moment."""
    return moment.astimezone(zone).strftime(MINUTE) if moment else ""


def local_date(moment: datetime | None, zone: ZoneInfo, language: str) -> str:
    """A moment inside a sentence: the body's time zone, the month in words in the reader's
    language ("7 ខែធ្នូ ឆ្នាំ 2026 ម៉ោង 18:45"); nothing for no moment."""
    return long_date(moment.astimezone(zone), language) if moment else ""


def long_date(moment: datetime, language: str) -> str:
    """A local moment as a person reads it, with the month in words: "2 Dec 2026 18:45"
    cannot be misread as 12 Feb the way 02/12/2026 can."""
    month = MONTHS.get(language, MONTHS["en"])[moment.month - 1]
    return t(
        "long_date", language, day=moment.day, month=month, year=moment.year,
        time=moment.strftime("%H:%M"),
    )  # fmt: skip


def input_value(moment: datetime | None, zone: ZoneInfo) -> str:
    """A stored moment as a datetime-local box shows it (that box has no offset)."""
    return moment.astimezone(zone).strftime(INPUT) if moment else ""


def with_zone(typed: str, zone: ZoneInfo) -> str:
    """A datetime-local value given the body's offset, as the API's schemas take it; what
    cannot be read goes on as typed, for the schema to refuse by its field."""
    try:
        moment = datetime.fromisoformat(typed.strip())
    except ValueError:
        return typed
    return (moment if moment.tzinfo else moment.replace(tzinfo=zone)).isoformat()


def zone_name(zone: str, language: str) -> str:
    """A time zone as people say it: its city in the reader's language and its offset now,
    "ភ្នំពេញ (UTC+7)" rather than the database name Asia/Phnom_Penh."""
    city = province_label(zone.rsplit("/", 1)[-1].replace("_", " "), language)
    offset = datetime.now(ZoneInfo(zone)).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    hours, rest = divmod(abs(minutes), 60)
    sign = "-" if minutes < 0 else "+"
    return f"{city} (UTC{sign}{hours}{f':{rest:02d}' if rest else ''})"
