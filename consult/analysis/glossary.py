"""The sector's bilingual glossary: English and Khmer terms joined into one concept each.

A concept is every term its pairs link, directly or through a term they share (fund and
funding both pair with មូលនិធិ). Before TF-IDF, an answer's glossary phrases become their
concept's key, so "budget" and "ថវិកា" are one term and answers about it in either language
fall in one theme. Phrases are matched on the answer's word sequence, longest first. Khmer
words are compared joined, so a term matches however khmercut splits it inside, as long as
the answer's words start and end where the term does. Where khmercut glues a function
word onto a term (ត្រូវការ + តម្លៃ, ការតស៊ូ + មតិ) or two terms together (សហការ + ថយចុះ),
the word is read as its parts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from consult.analysis.stopwords import ENGLISH_STOP_WORDS, KHMER_STOP_WORDS
from consult.analysis.words import is_khmer, tokens

SHIPPED = "glossary.tsv"
KHMER_LETTER = re.compile(r"[\u1780-\u17B3]")
# Glossaries kept built (one per set of staff additions), and words read per glossary.
GLOSSARY_CACHE = 4
WORD_CACHE = 32_768


@dataclass(frozen=True)
class Concept:
    """One thing the sector talks about: its term in themes, and how each reader sees it."""

    key: str
    en: str
    km: str


class Glossary:
    """Pairs of (English, Khmer) terms, ready to find in an answer's words."""

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        parent: dict[str, str] = {}
        written: list[tuple[str, str, str]] = []

        def root(phrase: str) -> str:
            while parent[phrase] != phrase:
                parent[phrase] = parent[parent[phrase]]
                phrase = parent[phrase]
            return phrase

        for en, km in pairs:
            en_phrase, km_phrase = phrase_of(en), phrase_of(km)
            if not en_phrase or not km_phrase:
                continue  # only stop words or punctuation: nothing to find
            for phrase, term, language in ((en_phrase, en, "en"), (km_phrase, km, "km")):
                if phrase not in parent:
                    parent[phrase] = phrase
                    written.append((phrase, unicodedata.normalize("NFC", term.strip()), language))
            parent[root(en_phrase)] = root(km_phrase)
        shown: dict[str, dict[str, str]] = {}
        for phrase, term, language in written:
            shown.setdefault(root(phrase), {}).setdefault(language, term)
        concepts = {top: _concept(terms) for top, terms in shown.items()}
        self._concepts = {phrase: concepts[root(phrase)] for phrase in parent}
        self._by_key = {concept.key: concept for concept in concepts.values()}
        self._khmer_terms = frozenset(phrase for phrase in parent if is_khmer(phrase))
        self._longest_khmer = max(map(len, self._khmer_terms | KHMER_STOP_WORDS))
        self._prefixes = frozenset(
            phrase[:end] for phrase in parent for end in range(1, len(phrase) + 1)
        )
        self._longer = frozenset(phrase[:end] for phrase in parent for end in range(1, len(phrase)))
        self._readings: dict[str, tuple[bool, tuple[str, ...]]] = {}

    def concept(self, term: str) -> Concept | None:
        """The concept a theme term stands for, or None for a word outside the glossary."""
        return self._by_key.get(term)

    def terms_of(self, text: str) -> list[str]:
        """The terms themes compare: glossary phrases as concepts, other content words."""
        words = tokens(text)
        found: list[str] = []
        index, end = 0, len(words)
        readings = self._readings
        while index < end:
            word = words[index]
            starts, terms = readings.get(word) or self._read(word)
            hit = self._phrase_at(words, index) if starts else None
            if hit is None:
                found += terms
                index += 1
            else:
                found.append(hit[0])
                index = hit[1]
        return found

    def _read(self, word: str) -> tuple[bool, tuple[str, ...]]:
        """Whether a longer phrase may start at the word, and its terms when none does.

        Kept per word: answers repeat their words, so most words are read once a worker.
        """
        khmer = is_khmer(word)
        starts = word in self._longer or (
            khmer
            and any(
                word[:end] in KHMER_STOP_WORDS and word[end:] in self._prefixes
                for end in range(1, len(word))
            )
        )
        pieces = (self._pieces(word) if khmer else None) or [word]
        terms = tuple(
            self._concepts[piece].key if piece in self._concepts else piece
            for piece in pieces
            if piece in self._concepts or _is_content(piece)
        )
        if len(self._readings) >= WORD_CACHE:
            self._readings.clear()
        self._readings[word] = (starts, terms)
        return starts, terms

    def _phrase_at(self, words: Sequence[str], start: int) -> tuple[str, int] | None:
        """The longest phrase starting at `start`, also inside a word khmercut glued to the
        function word before it (ត្រូវការ + ..., ការ + តស៊ូ + មតិ)."""
        word = words[start]
        hit = self._longest(words, start, word) if word in self._prefixes else None
        if hit is not None or not is_khmer(word):
            return hit
        for end in range(len(word) - 1, 0, -1):
            if word[:end] in KHMER_STOP_WORDS and word[end:] in self._prefixes:
                hit = self._longest(words, start, word[end:])
                if hit is not None:
                    return hit
        return None

    def _pieces(self, word: str) -> list[str] | None:
        """A Khmer word khmercut left whole that is glossary terms and function words only
        (សហការ + ថយចុះ): the fewest such pieces, or None when it is not."""
        if word in self._concepts or word in KHMER_STOP_WORDS:
            return None
        fewest: list[list[str] | None] = [[], *([None] * len(word))]
        for end in range(1, len(word) + 1):
            for start in range(max(0, end - self._longest_khmer), end):
                before = fewest[start]
                piece = word[start:end]
                known = piece in KHMER_STOP_WORDS or piece in self._khmer_terms
                if before is not None and known:
                    candidate = [*before, piece]
                    current = fewest[end]
                    if current is None or len(candidate) < len(current):
                        fewest[end] = candidate
        return fewest[-1]

    def _longest(self, words: Sequence[str], start: int, phrase: str) -> tuple[str, int] | None:
        """The longest glossary phrase at `start` (its first word given as `phrase`)."""
        best = None
        end = start + 1
        while True:
            concept = self._concepts.get(phrase)
            if concept is not None:
                best = (concept.key, end)
            if end == len(words):
                return best
            following = words[end]
            joined = is_khmer(following) and is_khmer(phrase[-1])
            phrase = f"{phrase}{following}" if joined else f"{phrase} {following}"
            if phrase not in self._prefixes:
                return best
            end += 1


def _concept(terms: dict[str, str]) -> Concept:
    """A concept shown by its first terms; one whose terms match alike ("2025", "២០២៥")
    has only one of them."""
    en = terms.get("en") or terms["km"]
    return Concept(phrase_of(en), en, terms.get("km") or en)


def phrase_of(term: str) -> str:
    """A term as the matcher compares it: its words, Khmer ones joined, others spaced."""
    phrase = ""
    for word in tokens(term):
        joined = phrase and is_khmer(word) and is_khmer(phrase[-1])
        phrase = f"{phrase}{word}" if joined or not phrase else f"{phrase} {word}"
    return phrase


def carries_meaning(term: str) -> bool:
    """Whether a term has a word besides function words and filler: one of only those
    would join every answer that uses them."""
    return any(_is_content(word) for word in tokens(term))


def _is_content(word: str) -> bool:
    if is_khmer(word):
        return word not in KHMER_STOP_WORDS and KHMER_LETTER.search(word) is not None
    return word not in ENGLISH_STOP_WORDS and (len(word) > 1 or word.isdigit())


@lru_cache(maxsize=1)
def shipped_pairs() -> tuple[tuple[str, str], ...]:
    """The glossary shipped in the package (consult/analysis/glossary.tsv), read once."""
    pairs = []
    text = files("consult.analysis").joinpath(SHIPPED).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line == "en\tkm":
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not all(field.strip() for field in fields):
            raise ValueError(f"{SHIPPED} line {number}: expected 'English<TAB>Khmer'")
        pairs.append(
            (unicodedata.normalize("NFC", fields[0]), unicodedata.normalize("NFC", fields[1]))
        )
    return tuple(pairs)


@lru_cache(maxsize=GLOSSARY_CACHE)
def glossary(staff_pairs: tuple[tuple[str, str], ...] = ()) -> Glossary:
    """The shipped glossary with staff's pairs added; built once per set of additions."""
    return Glossary((*shipped_pairs(), *staff_pairs))
