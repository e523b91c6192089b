"""Themes of free-text answers in Khmer and English: TF-IDF and NMF.

Khmer has no spaces between words: it is segmented by khmercut's CRF model (shipped in
the package). English is lower-cased with scikit-learn's stop words removed. Both land in one
vocabulary, and a term found in answers of both languages (a name, an acronym, a number)
weighs three times as much, so it links a Khmer and an English answer into one theme.
Not handled: translation. A Khmer and an English answer about the same thing that share no
term form separate themes. Khmer numerals are mapped to ASCII digits so "២០២៥" meets "2025".
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from khmercut import tokenize as khmer_words
from sklearn.decomposition import NMF
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import normalize

SEED = 0
MAX_THEMES = 6
MIN_TEXTS = 4
TOP_TERMS = 5
QUOTES = 3
QUOTE_LENGTH = 300
BRIDGE_WEIGHT = 3.0
SILHOUETTE_SAMPLE = 1000
K_SAMPLE = 2000
# Runs kept segmented, and the longest kept: at most about 60 MiB per worker.
KHMER_CACHE = 16_384
CACHED_RUN = 200
KHMER = re.compile(r"[\u1780-\u17FF\u19E0-\u19FF]+")
LATIN = re.compile(r"[A-Za-z]+")
TOKEN = re.compile(r"[\u1780-\u17FF\u19E0-\u19FF]+|[^\W_]+", re.UNICODE)
KHMER_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")
# Common Khmer function words (and, or, of, in, to, that, the, is, will, have, not, ...).
KHMER_STOP_WORDS = frozenset(
    [
        "និង",
        "ឬ",
        "នៃ",
        "ក្នុង",
        "នៅ",
        "ទៅ",
        "ដែល",
        "ជា",
        "គឺ",
        "នឹង",
        "មាន",
        "មិន",
        "បាន",
        "ពី",
        "ដើម្បី",
        "ដោយ",
        "សម្រាប់",
        "ហើយ",
        "ទេ",
        "ការ",
        "នេះ",
        "នោះ",
        "យើង",
        "គេ",
        "វា",
        "ខ្ញុំ",
        "របស់",
        "ត្រូវ",
        "ក៏",
        "ផង",
        "ទៀត",
        "ៗ",
        "។",
    ]
)


@dataclass(frozen=True)
class Text:
    """A free-text answer and who wrote it (for quotes) in which language."""

    network_id: int
    text: str


def words(text: str) -> list[str]:
    """Words of a Khmer, English or mixed text, stop words and punctuation removed."""
    normalised = unicodedata.normalize("NFC", text).translate(KHMER_DIGITS).lower()
    found: list[str] = []
    for token in TOKEN.findall(normalised):
        if KHMER.fullmatch(token):
            found += (segment_khmer if len(token) <= CACHED_RUN else khmer_run_words)(token)
        elif token not in ENGLISH_STOP_WORDS and (len(token) > 1 or token.isdigit()):
            found.append(token)
    return found


def khmer_run_words(run: str) -> tuple[str, ...]:
    """A run of Khmer letters segmented by the CRF model (about 0.5 ms for six words)."""
    return tuple(w for w in khmer_words(run) if w.strip() and w not in KHMER_STOP_WORDS)


# Cached in the worker: each recompute of a live round segments only its new answers, and
# words and phrases that answers repeat are segmented once.
segment_khmer = lru_cache(maxsize=KHMER_CACHE)(khmer_run_words)


def language_of(text: str) -> str:
    khmer = sum(map(len, KHMER.findall(text)))
    latin = sum(map(len, LATIN.findall(text)))
    return "km" if khmer >= latin else "en"


def themes(texts: Sequence[Text]) -> list[dict[str, object]]:
    """Themes, largest first: label terms, how many answers, languages and quotes."""
    documents = [words(item.text) for item in texts]
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
    terms = vectorizer.get_feature_names_out()
    assigned = weights.argmax(axis=1)
    found = []
    for topic in range(components.shape[0]):
        members = np.flatnonzero((assigned == topic) & (weights[:, topic] > 0))
        if not len(members):
            continue
        ranked = np.argsort(-components[topic], kind="stable")[:TOP_TERMS]
        by_weight = members[np.lexsort((members, -weights[members, topic]))]
        quoted = [texts[usable[row]] for row in by_weight[:QUOTES].tolist()]
        spoken, counts = np.unique(languages[members], return_counts=True)
        found.append(
            {
                "label": [str(terms[i]) for i in ranked if components[topic, i] > 0],
                "count": len(members),
                "languages": {
                    str(language): int(n) for language, n in zip(spoken, counts, strict=True)
                },
                "quotes": [
                    {"network_id": item.network_id, "text": item.text[:QUOTE_LENGTH]}
                    for item in quoted
                ],
            }
        )
    return sorted(found, key=lambda theme: (-int(theme["count"]), theme["label"]))  # type: ignore[call-overload]


def _weigh_bridges(matrix: Any, khmer: np.ndarray) -> Any:
    """Terms used in answers of both languages weigh more; rows are renormalised."""
    used = (matrix > 0).astype(np.int64)
    in_khmer = used.T @ khmer.astype(np.int64)
    in_english = np.asarray(used.sum(axis=0)).ravel() - in_khmer
    bridge = (in_khmer > 0) & (in_english > 0)
    return normalize(matrix.multiply(1 + (BRIDGE_WEIGHT - 1) * bridge).tocsr())


def _best_factorisation(matrix: Any) -> tuple[np.ndarray, np.ndarray]:
    """NMF with the number of themes the data supports: the best silhouette of k = 2..6.

    On a large round k is chosen on a seeded sample of K_SAMPLE answers, then only the
    chosen k is fitted on them all: one full factorisation instead of five.
    """
    documents = matrix.shape[0]
    if documents <= K_SAMPLE:
        return _best_fit(matrix)
    rows = np.sort(np.random.default_rng(SEED).choice(documents, K_SAMPLE, replace=False))
    _, chosen = _best_fit(matrix[rows])
    model = _nmf(chosen.shape[0])
    return _fit(model, matrix), model.components_


def _best_fit(matrix: Any) -> tuple[np.ndarray, np.ndarray]:
    documents, vocabulary = matrix.shape
    best: tuple[float, np.ndarray, np.ndarray] | None = None
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
            best = (float(score), weights, model.components_)
    if best is None:
        model = _nmf(1)
        return _fit(model, matrix), model.components_
    return best[1], best[2]


def _nmf(themes: int) -> NMF:
    return NMF(n_components=themes, init="nndsvd", random_state=SEED, max_iter=400)


def _fit(model: NMF, matrix: object) -> np.ndarray:
    # Short answers can stop NMF before its tolerance; the themes are still usable.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        return model.fit_transform(matrix)
