"""Opinion groups: networks clustered by how they answered, as Pol.is does for statements.

Each network's closed answers become a vector (agreement scales and statements in -1..1,
choices one-hot, rankings as normalised Borda points, unanswered as 0); PCA reduces it to
two dimensions; k-means tries k = 2..5 and keeps the k with the best silhouette whose every
group has at least `min_size` networks. Seeded, so the same answers give the same groups.
Beyond 2,000 networks k-means learns its centres from a seeded sample of 2,000 and assigns
everyone to the nearest: in two dimensions the sample places the centres just as well.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.metrics import silhouette_score

from consult.analysis.columns import Respondent
from consult.analysis.positions import Position, group_counts
from consult.questions import question_type
from consult.questions.arrays import Column

SEED = 0
MAX_GROUPS = 5
SILHOUETTE_SAMPLE = 1000
FIT_SAMPLE = 2000
GROUP_NAMES = "ABCDE"
DISTINCTIVE = 3
MAX_LISTED = 500


def answer_vectors(columns: Sequence[Column]) -> np.ndarray:
    """Respondents by features; the features of every closed question side by side."""
    parts = [
        part
        for column in columns
        if (part := question_type(column.kind).features(column)) is not None
    ]
    if not parts:
        return np.zeros((0, 0))
    return np.hstack(parts)


@dataclass(frozen=True)
class OpinionGroups:
    """The clustering found, and whether it is distinct enough to show."""

    labels: np.ndarray | None  # a group index per respondent (0 = the largest)
    silhouette: float | None
    reason: str  # shown, too_few_answers, no_closed_questions, small_groups, weak_structure

    @property
    def shown(self) -> bool:
        return self.reason == "shown"


def opinion_groups(vectors: np.ndarray, min_size: int, threshold: float) -> OpinionGroups:
    """The best k-means grouping of the answer vectors, shown only when every group has at
    least `min_size` networks and its silhouette reaches `threshold`."""
    count = len(vectors)
    if count < 2 * min_size:
        return OpinionGroups(None, None, "too_few_answers")
    if vectors.shape[1] == 0:
        return OpinionGroups(None, None, "no_closed_questions")
    if np.ptp(vectors, axis=0).max() == 0:  # everyone answered alike: nothing to cluster
        return OpinionGroups(None, None, "weak_structure")
    points = PCA(n_components=min(2, vectors.shape[1]), random_state=SEED).fit_transform(vectors)
    if np.allclose(points, points[0]):
        return OpinionGroups(None, None, "weak_structure")
    best: tuple[float, np.ndarray] | None = None
    sample = points
    if count > FIT_SAMPLE:
        rows = np.random.default_rng(SEED).choice(count, FIT_SAMPLE, replace=False)
        sample = points[np.sort(rows)]
    distinct = len(np.unique(sample.round(9), axis=0))
    for k in range(2, min(MAX_GROUPS, count // min_size, distinct) + 1):
        labels = KMeans(n_clusters=k, n_init=4, random_state=SEED).fit(sample).predict(points)
        sizes = np.bincount(labels, minlength=k)
        if sizes.min() < min_size or len(set(labels)) < 2:
            continue
        score = silhouette_score(
            points, labels, sample_size=min(count, SILHOUETTE_SAMPLE), random_state=SEED
        )
        if best is None or score > best[0] + 1e-9:
            best = (float(score), labels)
    if best is None:
        return OpinionGroups(None, None, "small_groups")
    silhouette, labels = best
    reason = "shown" if silhouette >= threshold else "weak_structure"
    return OpinionGroups(_largest_first(labels), silhouette, reason)


def describe(
    found: OpinionGroups,
    respondents: Sequence[Respondent],
    candidates: Sequence[Position],
) -> list[dict[str, Any]]:
    """Each shown group: its size, make-up and the positions that most set it apart."""
    if not found.shown or found.labels is None:
        return []
    described = []
    for index in range(int(found.labels.max()) + 1):
        inside = found.labels == index
        members = [respondents[int(i)] for i in np.flatnonzero(inside)]
        described.append(
            {
                "name": group_name(index),
                "size": len(members),
                "networks": [member.network_id for member in members][:MAX_LISTED],
                "make_up": {
                    "kind": _tally(member.kind for member in members),
                    "mou": _tally("mou" if member.mou else "no_mou" for member in members),
                    "province": _tally(member.province or "—" for member in members),
                },
                "distinctive": _distinctive(inside, candidates),
            }
        )
    return described


def _tally(values: Iterable[str]) -> dict[str, int]:
    counted = Counter(values)
    return dict(sorted(counted.items(), key=lambda item: (-item[1], item[0])))


def _distinctive(inside: np.ndarray, candidates: Sequence[Position]) -> list[dict[str, Any]]:
    """The positions most of the group holds and the rest holds least (Pol.is's
    representative comments): ranked by the gap of smoothed shares, one per question."""
    scored = []
    for position in candidates:
        counts = group_counts(position, {"inside": inside, "outside": ~inside})
        held_in, n_in = counts.get("inside", (0, 0))
        held_out, n_out = counts.get("outside", (0, 0))
        if not n_in or 2 * held_in <= n_in:
            continue
        gap = (held_in + 1) / (n_in + 2) - (held_out + 1) / (n_out + 2)
        scored.append((gap, position, (held_in, n_in), (held_out, n_out)))
    scored.sort(key=lambda item: (-item[0], item[1].question, item[1].option or ""))
    chosen: dict[str, dict[str, Any]] = {}
    for gap, position, (held_in, n_in), (held_out, n_out) in scored:
        if position.question in chosen or gap <= 0:
            continue
        chosen[position.question] = {
            "question": position.question,
            "stance": position.stance,
            "option": position.option,
            "label": position.label,
            "inside": {"held": held_in, "n": n_in},
            "outside": {"held": held_out, "n": n_out},
        }
        if len(chosen) == DISTINCTIVE:
            break
    return list(chosen.values())


def _largest_first(labels: np.ndarray) -> np.ndarray:
    """Renumber groups by size (ties by first member) so names do not depend on k-means."""
    sizes = np.bincount(labels)
    first_seen = np.unique(labels, return_index=True)[1]
    order = sorted(range(len(sizes)), key=lambda label: (-sizes[label], first_seen[label]))
    mapping = np.empty(len(sizes), dtype=np.int64)
    mapping[order] = np.arange(len(sizes))
    renumbered: np.ndarray = mapping[labels]
    return renumbered


def group_name(index: int) -> str:
    return GROUP_NAMES[index]
