"""The glossary that joins English and Khmer themes: the shipped pairs and staff's own.

Staff add the terms their networks use that the shipped glossary lacks (a crop, a law, a
programme's name); the next summary puts answers about them in one theme whatever their
language. Shipped pairs are part of the code and cannot be deleted here.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult.analysis.glossary import carries_meaning, phrase_of, shipped_pairs
from consult.analysis.words import KHMER
from consult.domain.errors import Conflict, Invalid, NotFound, message
from consult.models import GlossaryTerm

MAX_TERM = 100
SOURCES = ("shipped", "staff")


@dataclass(frozen=True)
class GlossaryEntry:
    """One pair as staff see it: where it comes from, and for their own, who added it."""

    en: str
    km: str
    source: str
    id: int | None = None
    created_by: str | None = None
    created_at: datetime | None = None


def list_terms(
    session: Session, source: str | None, text: str | None, page: int, size: int
) -> tuple[list[GlossaryEntry], int]:
    """Shipped pairs in file order, then staff's by when they were added; `text` finds
    either term. Filtered in memory: a glossary is hundreds of pairs, not thousands."""
    entries = [GlossaryEntry(en, km, "shipped") for en, km in shipped_pairs()]
    entries += [_entry(term) for term in _staff_terms(session)]
    if source is not None:
        entries = [entry for entry in entries if entry.source == source]
    if text:
        wanted = unicodedata.normalize("NFC", text).casefold()
        entries = [e for e in entries if wanted in e.en.casefold() or wanted in e.km]
    start = (page - 1) * size
    return entries[start : start + size], len(entries)


def add_term(session: Session, en: str, km: str, created_by: str) -> GlossaryEntry:
    """Add a staff pair; a pair the glossary already has (as matched) is a Conflict."""
    en, km = _term("en", en), _term("km", km)
    if KHMER.search(en):
        raise Invalid("refused_term_en_in_khmer", {"en": ["refused_write_english"]})
    if not KHMER.search(km):
        raise Invalid("refused_term_km_not_khmer", {"km": ["refused_write_khmer"]})
    for name, given in (("en", en), ("km", km)):
        if not carries_meaning(given):
            raise Invalid("refused_term_function_words", {name: ["refused_term_meaning"]})
    matched = (phrase_of(en), phrase_of(km))
    known = [(pair, "shipped") for pair in shipped_pairs()]
    known += [((term.en, term.km), "staff") for term in _staff_terms(session)]
    for (known_en, known_km), source in known:
        if (phrase_of(known_en), phrase_of(known_km)) == matched:
            raise Conflict(
                "refused_term_known",
                {"en": ["refused_term_known_pair"]},
                en=known_en,
                km=known_km,
                source=message(f"refused_term_source_{source}"),
            )
    term = GlossaryTerm(en=en, km=km, created_by=created_by)
    session.add(term)
    session.flush()
    return _entry(term)


def delete_term(session: Session, term_id: int) -> None:
    """Delete a pair staff added (shipped pairs have no id and stay)."""
    term = session.get(GlossaryTerm, term_id)
    if term is None:
        raise NotFound("refused_no_term", term=term_id)
    session.delete(term)
    session.flush()


def glossary_pairs(session: Session) -> list[tuple[str, str]]:
    """Staff's (English, Khmer) pairs, oldest first, for the summary's themes."""
    return [(term.en, term.km) for term in _staff_terms(session)]


def _staff_terms(session: Session) -> list[GlossaryTerm]:
    return list(session.scalars(select(GlossaryTerm).order_by(GlossaryTerm.id)))


def _term(name: str, value: str) -> str:
    """The term as stored: NFC, without surrounding spaces; refused if unusable."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise Invalid("refused_term_not_unicode", {name: ["refused_not_unicode"]}) from None
    value = unicodedata.normalize("NFC", value).strip()
    if not value:
        raise Invalid("refused_term_missing", {name: ["refused_not_empty"]})
    if len(value) > MAX_TERM:
        too_long = message("refused_at_most_characters", limit=MAX_TERM)
        raise Invalid("refused_term_too_long", {name: [too_long]})
    return value


def _entry(term: GlossaryTerm) -> GlossaryEntry:
    return GlossaryEntry(term.en, term.km, "staff", term.id, term.created_by, term.created_at)
