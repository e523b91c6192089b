"""Words of a Khmer, English or mixed answer, in the form the glossary and themes compare.

Khmer has no spaces between words: runs of Khmer letters are segmented by khmercut's CRF
model (shipped in the package). English is lower-cased and plurals are made singular by a
few suffix rules ("donors", "trainings", "activities", "taxes"): a stemmer such as Snowball
would also join them but cuts words into stems no reader should see in a label
("coordin", "organ"), and a lemmatiser with a dictionary is a large dependency for plurals.
Khmer numerals become ASCII digits ("២០២៥" meets "2025"), and the two ways of writing the
subscript ta/da (្ត, ្ដ) one, so either spelling of បណ្តុះបណ្តាល is one word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from khmercut import tokenize as khmer_words

from consult.analysis.stopwords import ENGLISH_STOP_WORDS

# Runs kept segmented, and the longest kept: at most about 60 MiB per worker.
KHMER_CACHE = 16_384
CACHED_RUN = 200
KHMER = re.compile(r"[\u1780-\u17FF\u19E0-\u19FF]+")
LATIN = re.compile(r"[A-Za-z]+")
TOKEN = re.compile(r"[\u1780-\u17FF\u19E0-\u19FF]+|[^\W_]+", re.UNICODE)
KHMER_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")
SUBSCRIPT_DA = "\u17d2\u178a"
SUBSCRIPT_TA = "\u17d2\u178f"
# Words ending in s that are not plurals, and stop words ("does", "always") kept as written.
NOT_PLURAL = ENGLISH_STOP_WORDS | {"news", "series", "species", "means", "bias", "canvas", "lens"}
SIBILANT_PLURALS = ("ches", "shes", "xes", "zes", "sses")


def tokens(text: str) -> list[str]:
    """Every word in reading order: Khmer as segmented, English singular and lower-case.

    Stop words are kept here: a glossary phrase may contain one ("person with disability").
    """
    found: list[str] = []
    for token in TOKEN.findall(normalise(text)):
        if not "\u1780" <= token[0] <= "\u19ff":
            found.append(singular(token))
        elif len(token) <= CACHED_RUN:
            found += segment_khmer(token)
        else:
            found += khmer_run_words(token)
    return found


def normalise(text: str) -> str:
    """NFC, lower case, ASCII digits, one spelling of the subscript ta."""
    normalised = unicodedata.normalize("NFC", text).translate(KHMER_DIGITS).lower()
    return normalised.replace(SUBSCRIPT_DA, SUBSCRIPT_TA)


def is_khmer(token: str) -> bool:
    return "\u1780" <= token[0] <= "\u19ff"


def khmer_run_words(run: str) -> tuple[str, ...]:
    """A run of Khmer letters segmented by the CRF model (about 0.5 ms for six words)."""
    return tuple(word for word in khmer_words(run) if word.strip())


# Cached in the worker: each recompute of a live round segments only its new answers, and
# words and phrases that answers repeat are segmented once.
segment_khmer = lru_cache(maxsize=KHMER_CACHE)(khmer_run_words)


@lru_cache(maxsize=KHMER_CACHE)
def singular(word: str) -> str:
    """The singular of an English plural by suffix rules; other words as they are."""
    if len(word) <= 3 or not word.endswith("s") or word in NOT_PLURAL:
        return word
    if word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(SIBILANT_PLURALS):
        return word[:-2]
    return word[:-1]


def language_of(text: str) -> str:
    """The answer's main script: 'km' when it has at least as many Khmer letters as Latin."""
    khmer = sum(map(len, KHMER.findall(text)))
    latin = sum(map(len, LATIN.findall(text)))
    return "km" if khmer >= latin else "en"
