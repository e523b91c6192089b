"""Positions: what a network can be said to hold on a question, one per question.

A statement, likert or rating question gives the stance most networks take (agree or
disagree, never both); a single choice its leading option; a multiple choice each option a
majority chose (else its leading option); a ranking the option most often ranked first,
with the overall order. Number and text questions give none.

Divisions compare groups on *measures*: agreement on a scale or statement, each option
chosen, each option ranked first — one yes/no per network, tested group against group.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from consult.questions import question_type
from consult.questions.arrays import Column
from consult.texts import LANGUAGES, pick

POSITION_WORDS = {
    "agree": {"en": "agree", "km": "យល់ស្រប"},
    "disagree": {"en": "disagree", "km": "មិនយល់ស្រប"},
    "chose": {"en": "chose", "km": "បានជ្រើសរើស"},
    "first": {"en": "ranked first", "km": "ដាក់ជាលំដាប់ទីមួយ"},
}


@dataclass(frozen=True)
class Position:
    """One yes/no per network: whether it holds `stance` (on `option`) of `question`."""

    question: str
    kind: str
    stance: str
    option: str | None
    held: np.ndarray  # True where the network holds the position
    answered: np.ndarray  # True where the network answered the question
    label: dict[str, str]
    order: tuple[str, ...] = ()  # a ranking's overall order, by Borda points


def positions(columns: Sequence[Column]) -> list[Position]:
    """The position of each question that has one, in questionnaire order."""
    found: list[Position] = []
    for column in columns:
        candidates = _candidates(column)
        if not candidates:
            continue
        counts = [int(candidate.held.sum()) for candidate in candidates]
        found += question_type(column.kind).leading(candidates, counts)
    return found


def measures(columns: Sequence[Column]) -> list[Position]:
    """What divisions are tested on: agreement for scales and statements, each option
    chosen or ranked first for the others."""
    found: list[Position] = []
    for column in columns:
        found += question_type(column.kind).measures(_candidates(column))
    return found


def every_position(columns: Sequence[Column]) -> list[Position]:
    """Every stance and option of every question: what can set an opinion group apart."""
    return [candidate for column in columns for candidate in _candidates(column)]


def group_counts(
    position: Position, groups: Mapping[str, np.ndarray]
) -> dict[str, tuple[int, int]]:
    """(held, answered) in each group where someone answered the question."""
    counts = {}
    for group, rows in groups.items():
        members = rows & position.answered
        size = int(members.sum())
        if size:
            counts[group] = (int((position.held & members).sum()), size)
    return counts


def _candidates(column: Column) -> list[Position]:
    """Every position its question's type offers (`consult.questions`), labelled."""
    return [
        _position(
            column.question,
            stance.stance,
            stance.option,
            stance.held,
            stance.answered,
            stance.order,
        )
        for stance in question_type(column.kind).stances(column)
    ]


def _position(
    question: Mapping[str, Any],
    stance: str,
    option: Mapping[str, Any] | None,
    held: np.ndarray,
    answered: np.ndarray,
    order: tuple[str, ...] = (),
) -> Position:
    label = {}
    for language in LANGUAGES:
        words = POSITION_WORDS[stance][language]
        asked = pick(question["text"], language)
        what = f"{words}: {pick(option['text'], language)}" if option else words
        label[language] = f"{asked} — {what}"
    return Position(
        question["key"],
        str(question["type"]),
        stance,
        option["key"] if option else None,
        held,
        answered,
        label,
        order,
    )
