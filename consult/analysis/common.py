"""Common positions: what a clear majority holds and no named group opposes.

A position is *common* when at least `share` of the networks that answered hold it, the
lower end of its Jeffreys interval is above `floor` (so a position truly held by fewer
than `floor` of the networks is rarely called common by the luck of a small round), and
in every group of the round's lens with at least `min_group` answers a majority holds it.
Opinion groups never veto: they rank the common positions by Pol.is's group-informed
consensus, the product over groups of the smoothed share (held + 1) / (n + 2). A position
resting on fewer than `solid` answers, or that a group of the lens too small to veto does
not hold, is marked tentative.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from consult.analysis.evidence import share_interval
from consult.analysis.positions import Position, group_counts
from consult.questions.arrays import number

Groupings = Mapping[str, Mapping[str, np.ndarray]]


@dataclass(frozen=True)
class CommonRule:
    share: float
    floor: float
    confidence: float
    min_group: int
    solid: int


def assess(
    found: Sequence[Position],
    lens: Groupings,
    opinion: Mapping[str, np.ndarray] | None,
    rule: CommonRule,
) -> list[dict[str, Any]]:
    """Every position with its counts, interval, groups and status: common, majority
    (held by most, but not clearly or not in every group) or no majority."""
    assessed = []
    for position in found:
        answered = position.answered
        n = int(answered.sum())
        if n == 0:
            continue
        held = int((position.held & answered).sum())
        low, high = share_interval(held, n, rule.confidence)
        groups = {name: group_counts(position, groups) for name, groups in lens.items()}
        opposed = [
            {"grouping": name, "group": group, "held": h, "n": size}
            for name, counts in groups.items()
            for group, (h, size) in counts.items()
            if size >= rule.min_group and 2 * h <= size
        ]
        # Unheard: a group of the lens too small to veto whose few answers do not hold it.
        unheard = any(
            0 < size < rule.min_group and 2 * h <= size
            for counts in groups.values()
            for h, size in counts.values()
        )
        # The share is configured to four places (0.6667 means two thirds).
        common = held / n >= rule.share - 5e-5 and low > rule.floor and not opposed
        status = "common" if common else "majority" if 2 * held > n else "no_majority"
        scored = group_counts(position, opinion) if opinion else {}
        score_counts = list(scored.values()) or [(held, n)]
        score = float(np.prod([(h + 1) / (size + 2) for h, size in score_counts]))
        assessed.append(
            {
                "question": position.question,
                "type": position.kind,
                "stance": position.stance,
                "option": position.option,
                "label": position.label,
                "held": held,
                "n": n,
                "share": number(held / n),
                "interval": [number(low), number(high)],
                "status": status,
                "tentative": n < rule.solid or unheard,
                "groups": {
                    name: {group: {"held": h, "n": size} for group, (h, size) in counts.items()}
                    for name, counts in groups.items()
                },
                "opposed_by": opposed,
                "score": number(score),
                **({"order": list(position.order)} if position.order else {}),
            }
        )
    return assessed


def common_positions(assessed: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The common positions, the most widely shared across opinion groups first."""
    common = [dict(position) for position in assessed if position["status"] == "common"]
    common.sort(key=lambda p: (-p["score"], -p["share"], p["question"], p["option"] or ""))
    return common
