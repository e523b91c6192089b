"""The common response in a few sentences, in English and Khmer, from templates."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

MENTIONED = 3

TEMPLATES = {
    "answered": {
        "en": "{answered} of {invited} networks answered ({rate}%).",
        "km": "បណ្តាញចំនួន {answered} ក្នុងចំណោម {invited} បានឆ្លើយ ({rate}%)។",
    },
    "together": {
        "en": "They stand together on: {items}.",
        "km": "ពួកគេមានជំហររួមលើ៖ {items}។",
    },
    "no_common": {
        "en": "No position is shared by every group yet.",
        "km": "មិនទាន់មានជំហរណាដែលក្រុមទាំងអស់រួមគ្នានៅឡើយទេ។",
    },
    "divided": {
        "en": "They are divided on: {items}.",
        "km": "ពួកគេមានមតិខុសគ្នាលើ៖ {items}។",
    },
    "themes": {
        "en": "In their own words, the main themes are: {items}.",
        "km": "តាមពាក្យសម្តីរបស់ពួកគេ ប្រធានបទសំខាន់ៗគឺ៖ {items}។",
    },
}
SEPARATOR = {"en": "; ", "km": "; "}


def narrative(
    answered: int,
    invited: int,
    common: Sequence[Mapping[str, Any]],
    divisions: Sequence[Mapping[str, Any]],
    themes: Sequence[Mapping[str, Any]],
) -> dict[str, str]:
    rate = round(100 * answered / invited) if invited else 0
    texts = {}
    for language in ("en", "km"):
        parts = [
            TEMPLATES["answered"][language].format(answered=answered, invited=invited, rate=rate)
        ]
        if common:
            parts.append(_list("together", language, [p["label"][language] for p in common]))
        elif answered:
            parts.append(TEMPLATES["no_common"][language])
        if divisions:
            parts.append(_list("divided", language, [p["label"][language] for p in divisions]))
        if themes:
            labels = [", ".join(theme["label"][:3]) for theme in themes]
            parts.append(_list("themes", language, labels))
        texts[language] = " ".join(parts)
    return texts


def _list(template: str, language: str, items: Sequence[str]) -> str:
    shown = SEPARATOR[language].join(items[:MENTIONED])
    return TEMPLATES[template][language].format(items=shown)
