"""The common response: positions every group holds, and the points that divide groups.

A position is one answer networks can take: an option chosen, agreement (or disagreement)
on a scale or a statement, an option ranked first. It is *common* when at least `share`
of the networks hold it overall and in every group of every grouping (network kind, MoU
partner or not, opinion group) that has at least `min_group` members. Its score is the
group-informed consensus of Pol.is: the product over groups of the smoothed share
(count + 1) / (n + 2). It *divides* when two groups of one grouping differ by at least `gap`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from consult.analysis.columns import MISSING, Column
from consult.analysis.stats import number

POSITION_WORDS = {
    "agree": {"en": "agree", "km": "យល់ស្រប"},
    "disagree": {"en": "disagree", "km": "មិនយល់ស្រប"},
    "chose": {"en": "chose", "km": "បានជ្រើសរើស"},
    "first": {"en": "ranked first", "km": "ដាក់ជាលំដាប់ទីមួយ"},
}


@dataclass(frozen=True)
class Position:
    question: str
    stance: str
    option: str | None
    held: np.ndarray  # True where the respondent holds the position
    answered: np.ndarray  # True where the respondent answered the question
    label: dict[str, str]


def positions(columns: Sequence[Column]) -> list[Position]:
    found: list[Position] = []
    for column in columns:
        question = column.question
        kind = column.kind
        if kind in ("single_choice", "statement", "likert", "rating") and column.codes is not None:
            codes = column.codes
            answered = codes != MISSING
            if kind == "single_choice":
                for index, option in enumerate(question["options"]):
                    found.append(_position(question, "chose", option, codes == index, answered))
            elif kind == "statement":
                found.append(_position(question, "agree", None, codes == 0, answered))
                found.append(_position(question, "disagree", None, codes == 1, answered))
            else:
                middle = (len(column.categories) - 1) / 2
                found.append(
                    _position(question, "agree", None, answered & (codes > middle), answered)
                )
                found.append(
                    _position(question, "disagree", None, answered & (codes < middle), answered)
                )
        elif kind in ("multi_choice", "ranking") and column.matrix is not None:
            answered = column.matrix[:, 0] != MISSING
            target = 1 if kind == "multi_choice" else 0
            stance = "chose" if kind == "multi_choice" else "first"
            for index, option in enumerate(question["options"]):
                held = answered & (column.matrix[:, index] == target)
                found.append(_position(question, stance, option, held, answered))
    return found


def _position(
    question: Mapping[str, Any],
    stance: str,
    option: Mapping[str, Any] | None,
    held: np.ndarray,
    answered: np.ndarray,
) -> Position:
    label = {}
    for language in ("en", "km"):
        words = POSITION_WORDS[stance][language]
        asked = _text(question["text"], language)
        what = f"{words}: {_text(option['text'], language)}" if option else words
        label[language] = f"{asked} — {what}"
    return Position(
        question["key"], stance, option["key"] if option else None, held, answered, label
    )


def _text(text: Mapping[str, str], language: str) -> str:
    return text.get(language) or next(iter(text.values()))


def common_response(
    found: Sequence[Position],
    groupings: Mapping[str, Mapping[str, np.ndarray]],
    *,
    share: float,
    gap: float,
    min_group: int,
) -> dict[str, list[dict[str, Any]]]:
    """Positions held together (by score) and positions that divide groups (by gap)."""
    common, divisions = [], []
    for position in found:
        n = int(position.answered.sum())
        if n == 0:
            continue
        overall = position.held.sum() / n
        by_grouping = {
            name: _group_shares(position, groups, min_group) for name, groups in groupings.items()
        }
        group_shares = [s for shares in by_grouping.values() for s, _, _ in shares.values()]
        entry = {
            "question": position.question,
            "stance": position.stance,
            "option": position.option,
            "label": position.label,
            "share": number(overall),
            "n": n,
        }
        if overall >= share and all(value >= share for value in group_shares):
            counted = by_grouping.get("opinion") or by_grouping.get("kind") or {}
            score = float(np.prod([(held + 1) / (size + 2) for _, held, size in counted.values()]))
            common.append({**entry, "score": number(score if counted else (overall))})
        widest = _widest_gap(by_grouping)
        if widest and widest[1] >= gap:
            name, spread, shares = widest
            divisions.append(
                {
                    **entry,
                    "grouping": name,
                    "gap": number(spread),
                    "groups": {group: number(value) for group, value in shares.items()},
                }
            )
    common.sort(key=lambda item: (-item["score"], item["question"], item["option"] or ""))
    divisions.sort(key=lambda item: (-item["gap"], item["question"], item["option"] or ""))
    return {"common": common, "divisions": divisions}


def _group_shares(
    position: Position, groups: Mapping[str, np.ndarray], min_group: int
) -> dict[str, tuple[float, int, int]]:
    """Share holding the position in each group big enough to count: (share, held, size)."""
    shares = {}
    for group, rows in groups.items():
        members = rows & position.answered
        size = int(members.sum())
        if size >= min_group:
            held = int((position.held & members).sum())
            shares[group] = (held / size, held, size)
    return shares


def _widest_gap(
    by_grouping: Mapping[str, Mapping[str, tuple[float, int, int]]],
) -> tuple[str, float, dict[str, float]] | None:
    widest = None
    for name, shares in by_grouping.items():
        if len(shares) < 2:
            continue
        values = {group: value for group, (value, _, _) in shares.items()}
        spread = max(values.values()) - min(values.values())
        if widest is None or spread > widest[1] + 1e-12:
            widest = (name, spread, values)
    return widest
