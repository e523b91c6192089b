"""Themes of free-text answers in Khmer and English: TF-IDF and NMF over shared concepts.

Answers become terms (consult.analysis.words, .glossary): a glossary phrase in either
language is its concept, so an English answer about the budget and a Khmer one about ថវិកា
share a term; other words stay as written, function words and filler removed. A term found
in answers of both languages weighs three times as much, so it links them into one theme.
Each theme is labelled in each reader's language, its most telling words first, and quoted
in each language.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.decomposition import NMF
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import normalize

from consult.analysis.glossary import Glossary, glossary
from consult.analysis.words import KHMER, is_khmer, khmer_run_words, language_of, segment_khmer
from consult.texts import LANGUAGES

# The bench clears segment_khmer's cache to time a cold worker.
__all__ = ["Text", "Theme", "excerpt", "find_themes", "segment_khmer", "themes"]

SEED = 0
MAX_THEMES = 6
MIN_TEXTS = 4
TOP_TERMS = 5
QUOTES = 2
QUOTE_LENGTH = 300
ELLIPSIS = "…"
BRIDGE_WEIGHT = 3.0
SILHOUETTE_SAMPLE = 1000
K_SAMPLE = 2000
BREAK = re.compile(r"[\s\u200b]")


@dataclass(frozen=True)
class Text:
    """A free-text answer and who wrote it (for quotes) in which language."""

    network_id: int
    text: str


@dataclass(frozen=True)
class Theme:
    """Answers about one thing: which they are, how each reader sees it, what they said."""

    members: tuple[int, ...]
    label: dict[str, list[str]]
    languages: dict[str, int]
    quotes: dict[str, list[dict[str, Any]]]

    def as_dict(self) -> dict[str, Any]:
        """The theme as summaries store it (members are positions in the caller's list)."""
        return {
            "label": self.label,
            "count": len(self.members),
            "languages": self.languages,
            "quotes": self.quotes,
        }


def themes(
    texts: Sequence[Text], glossary_pairs: Sequence[tuple[str, str]] = ()
) -> list[dict[str, Any]]:
    """Themes, largest first: label in each language, answers by language, quotes.

    `glossary_pairs` are staff's (English, Khmer) additions to the shipped glossary.
    """
    return [theme.as_dict() for theme in find_themes(texts, glossary_pairs)]


def find_themes(
    texts: Sequence[Text], glossary_pairs: Sequence[tuple[str, str]] = ()
) -> list[Theme]:
    """Themes with the positions of their answers in `texts`, largest first."""
    known = glossary(tuple(glossary_pairs))
    documents = [known.terms_of(item.text) for item in texts]
    usable = [i for i, document in enumerate(documents) if document]
    if len(usable) < MIN_TEXTS:
        return []
    vectorizer = TfidfVectorizer(analyzer=lambda document: document, min_df=1, sublinear_tf=True)
    matrix = vectorizer.fit_transform([documents[i] for i in usable])
    if matrix.shape[1] < 2:
        return []
    languages = np.array([language_of(texts[i].text) for i in usable])
    matrix = _weigh_bridges(matrix, languages == "km")
    weights, components = _best_factorisation(matrix)
    vocabulary = vectorizer.get_feature_names_out()
    everywhere = np.asarray(matrix.sum(axis=0)).ravel()
    assigned = weights.argmax(axis=1)
    found = []
    for topic in range(components.shape[0]):
        rows = np.flatnonzero((assigned == topic) & (weights[:, topic] > 0))
        if not len(rows):
            continue
        best_first = rows[np.lexsort((rows, -weights[rows, topic]))]
        in_theme = np.asarray(matrix[rows].sum(axis=0)).ravel()
        # A term's weight in the theme's answers, times the share of its weight they hold:
        # the word most of them use comes first, a word every theme uses sinks.
        telling = in_theme * in_theme / np.maximum(everywhere, 1e-12)
        ranked = [str(vocabulary[i]) for i in np.argsort(-telling, kind="stable") if telling[i] > 0]
        found.append(
            Theme(
                members=tuple(usable[row] for row in best_first.tolist()),
                label={language: _label(ranked, known, language) for language in LANGUAGES},
                languages={
                    language: int((languages[rows] == language).sum()) for language in LANGUAGES
                },
                quotes={
                    language: [
                        _quote(texts[usable[row]])
                        for row in best_first[languages[best_first] == language][:QUOTES]
                    ]
                    for language in LANGUAGES
                },
            )
        )
    return sorted(found, key=lambda theme: (-len(theme.members), theme.label["en"]))


def _label(ranked: Sequence[str], known: Glossary, language: str) -> list[str]:
    """The theme's top terms as a reader of `language` sees them.

    A concept shows its term in the reader's language. A word with no translation shows as
    written, except that an English label leaves out Khmer words: the sector's Khmer readers
    read English terms and acronyms, most English readers cannot read Khmer script. Only a
    theme with no other word keeps its Khmer words in the English label.
    """
    shown: list[str] = []
    for term in ranked:
        concept = known.concept(term)
        if concept is not None:
            term = concept.en if language == "en" else concept.km
        elif language == "en" and is_khmer(term):
            continue
        if term not in shown:
            shown.append(term)
        if len(shown) == TOP_TERMS:
            break
    return shown or list(ranked[:TOP_TERMS])


def _quote(item: Text) -> dict[str, Any]:
    return {"network_id": item.network_id, "text": excerpt(item.text)}


def excerpt(text: str, limit: int = QUOTE_LENGTH) -> str:
    """The answer on one line, or its start cut between words with an ellipsis, at most
    `limit` characters: Khmer without spaces is cut between the words khmercut finds."""
    line = " ".join(unicodedata.normalize("NFC", text).split())
    if len(line) <= limit:
        return line
    cut = line[: limit - len(ELLIPSIS)]
    breaks = [match.start() for match in BREAK.finditer(cut)]
    if breaks and breaks[-1] >= limit // 2:
        cut = cut[: breaks[-1]]
    else:
        run = next((m for m in KHMER.finditer(cut) if m.end() == len(cut)), None)
        if run is not None:
            words = khmer_run_words(run.group())
            cut = cut[: run.start() + sum(map(len, words[:-1]))]
    return cut.rstrip() + ELLIPSIS


def _weigh_bridges(matrix: Any, khmer: np.ndarray) -> Any:
    """Terms used in answers of both languages weigh more; rows are renormalised."""
    used = (matrix > 0).astype(np.int64)
    in_khmer = used.T @ khmer.astype(np.int64)
    in_english = np.asarray(used.sum(axis=0)).ravel() - in_khmer
    bridge = (in_khmer > 0) & (in_english > 0)
    return normalize(matrix.multiply(1 + (BRIDGE_WEIGHT - 1) * bridge).tocsr())


def _best_factorisation(matrix: Any) -> tuple[np.ndarray, np.ndarray]:
    """NMF with the number of themes the data supports: the best silhouette of k = 2..6.

    On a large round the themes are found on a seeded sample of K_SAMPLE answers, then every
    answer is placed in them (the themes held fixed): about five times cheaper than fitting
    all the answers again, which at 100,000 answers cost more than finding the themes. An
    answer whose words the themes do not use stays in none, as it would in a full fit.
    """
    documents = matrix.shape[0]
    if documents <= K_SAMPLE:
        weights, model = _best_fit(matrix)
        return weights, model.components_
    rows = np.sort(np.random.default_rng(SEED).choice(documents, K_SAMPLE, replace=False))
    _, model = _best_fit(matrix[rows])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        return model.transform(matrix), model.components_


def _best_fit(matrix: Any) -> tuple[np.ndarray, NMF]:
    documents, vocabulary = matrix.shape
    best: tuple[float, np.ndarray, NMF] | None = None
    for k in range(2, min(MAX_THEMES, documents - 1, vocabulary) + 1):
        model = _nmf(k)
        weights = _fit(model, matrix)
        labels = weights.argmax(axis=1)
        if len(set(labels)) < 2:
            continue
        score = silhouette_score(
            matrix,
            labels,
            metric="cosine",
            sample_size=min(documents, SILHOUETTE_SAMPLE),
            random_state=SEED,
        )
        if best is None or score > best[0] + 1e-9:
            best = (float(score), weights, model)
    if best is None:
        model = _nmf(1)
        return _fit(model, matrix), model
    return best[1], best[2]


def _nmf(themes: int) -> NMF:
    return NMF(n_components=themes, init="nndsvd", random_state=SEED, max_iter=400)


def _fit(model: NMF, matrix: object) -> np.ndarray:
    # Short answers can stop NMF before its tolerance; the themes are still usable.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        weights: np.ndarray = model.fit_transform(matrix)
        return weights
