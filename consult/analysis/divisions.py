"""Divisions: questions on which the named groups of a round (network kind, MoU partners,
provinces, sectors) answer differently, by a wide gap that chance does not explain.

Every measure (agreement, each option chosen, each option ranked first) is compared across
every grouping of the round's lens that has two groups of at least `min_group` answers. A
difference counts when the gap is at least `gap` and it survives the false discovery rate
`fdr` over all the round's tests (Fisher's exact test; for more than two groups the widest
pair, Bonferroni-corrected for the pairs it was picked from). Opinion groups are never
tested: they are cut along the very answers they would be compared on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from math import comb
from typing import Any

import numpy as np

from consult.analysis.evidence import benjamini_hochberg, gap_p_value
from consult.analysis.positions import Position, group_counts
from consult.questions.arrays import number

Groupings = Mapping[str, Mapping[str, np.ndarray]]


@dataclass(frozen=True)
class Test:
    """One comparison: a measure across the groups of one grouping."""

    measure: Position
    grouping: str
    counts: dict[str, tuple[int, int]]  # group: (held, answered), groups big enough only
    gap: float
    p_value: float


def divisions(
    measures: Sequence[Position],
    groupings: Groupings,
    *,
    gap: float,
    fdr: float,
    min_group: int,
    solid_group: int,
) -> tuple[list[dict[str, Any]], int]:
    """One entry per divided question, widest gap first, and the number of tests made."""
    tests = [
        test
        for measure in measures
        for grouping, groups in groupings.items()
        if (test := _test(measure, grouping, groups, min_group)) is not None
    ]
    q_values = benjamini_hochberg([test.p_value for test in tests])
    by_question: dict[str, dict[str, dict[str, Any]]] = {}
    for test, q_value in zip(tests, q_values, strict=True):
        if test.gap < gap - 1e-12 or q_value > fdr:
            continue
        question = test.measure.question
        widest = by_question.setdefault(question, {}).get(test.grouping)
        if widest is None or test.gap > widest["gap"]:
            by_question[question][test.grouping] = _split(test, q_value, solid_group)
    found = []
    for question, splits in by_question.items():
        ordered = sorted(splits.values(), key=lambda split: (-split["gap"], split["grouping"]))
        headline = ordered[0]
        found.append(
            {
                "question": question,
                "label": headline["label"],
                "grouping": headline["grouping"],
                "stance": headline["stance"],
                "option": headline["option"],
                "gap": headline["gap"],
                "groups": {group: c["share"] for group, c in headline["groups"].items()},
                "tentative": all(split["tentative"] for split in ordered),
                "splits": ordered,
            }
        )
    found.sort(key=lambda item: (-item["gap"], item["question"]))
    return found, len(tests)


def _test(
    measure: Position, grouping: str, groups: Mapping[str, np.ndarray], min_group: int
) -> Test | None:
    counts = {
        group: (held, size)
        for group, (held, size) in group_counts(measure, groups).items()
        if size >= min_group
    }
    if len(counts) < 2:
        return None
    shares = {group: held / size for group, (held, size) in counts.items()}
    high = max(shares, key=lambda group: (shares[group], group))
    low = min(shares, key=lambda group: (shares[group], group))
    p_value = gap_p_value(counts[high], counts[low]) * comb(len(counts), 2)
    return Test(measure, grouping, counts, shares[high] - shares[low], min(p_value, 1.0))


def _split(test: Test, q_value: float, solid_group: int) -> dict[str, Any]:
    measure = test.measure
    return {
        "grouping": test.grouping,
        "stance": measure.stance,
        "option": measure.option,
        "label": measure.label,
        "groups": {
            group: {"held": held, "n": size, "share": number(held / size)}
            for group, (held, size) in sorted(test.counts.items())
        },
        "gap": number(test.gap),
        "p_value": _significant(test.p_value),
        "q_value": _significant(q_value),
        "test": "fisher" if len(test.counts) == 2 else "fisher_widest_pair_bonferroni",
        "tentative": min(size for _, size in test.counts.values()) < solid_group,
    }


def _significant(value: float) -> float:
    """A p-value kept to three significant figures (it can be far below 0.0001)."""
    return float(f"{value:.3g}")
