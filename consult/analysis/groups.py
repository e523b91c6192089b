"""Opinion groups: networks clustered by how they answered, as Pol.is does for statements.

Each network's closed answers become a vector (agreement scales and statements in -1..1,
choices one-hot, rankings as normalised Borda points, unanswered as 0); PCA reduces it to
two dimensions; k-means tries k = 2..5 and keeps the k with the best silhouette whose every
group has at least `min_size` networks. Seeded, so the same answers give the same groups.
Beyond 2,000 networks k-means learns its centres from a seeded sample of 2,000 and assigns
everyone to the nearest: in two dimensions the sample places the centres just as well.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.metrics import silhouette_score

from consult.analysis.columns import MISSING, Column

SEED = 0
MAX_GROUPS = 5
SILHOUETTE_SAMPLE = 1000
FIT_SAMPLE = 2000
GROUP_NAMES = "ABCDE"


def answer_vectors(columns: Sequence[Column]) -> np.ndarray:
    """Respondents by features; the features of every closed question side by side."""
    parts = [part for column in columns if (part := _features(column)) is not None]
    if not parts:
        return np.zeros((0, 0))
    return np.hstack(parts)


def _features(column: Column) -> np.ndarray | None:
    kind = column.kind
    if kind in ("likert", "rating"):
        codes = column.codes.astype(np.float64)  # type: ignore[union-attr]
        middle = (len(column.categories) - 1) / 2
        scaled = np.where(codes == MISSING, 0.0, (codes - middle) / middle)
        return scaled[:, None]
    if kind == "statement":
        codes = column.codes  # type: ignore[union-attr]
        return np.select([codes == 0, codes == 1], [1.0, -1.0], 0.0)[:, None]
    if kind == "single_choice":
        codes = column.codes  # type: ignore[union-attr]
        return (codes[:, None] == np.arange(len(column.categories))[None, :]).astype(np.float64)
    if kind == "multi_choice":
        return np.where(column.matrix == 1, 1.0, 0.0)  # type: ignore[operator]
    if kind == "ranking":
        items = len(column.categories)
        matrix = column.matrix.astype(np.float64)  # type: ignore[union-attr]
        return np.where(matrix == MISSING, 0.0, (items - 1 - 2 * matrix) / (items - 1))
    return None


def opinion_groups(vectors: np.ndarray, min_size: int, min_networks: int) -> np.ndarray | None:
    """A group index per respondent (0 = the largest group), or None when there are none."""
    count = len(vectors)
    if count < max(min_networks, 2 * min_size) or vectors.shape[1] == 0:
        return None
    points = PCA(n_components=min(2, vectors.shape[1]), random_state=SEED).fit_transform(vectors)
    if np.allclose(points, points[0]):
        return None
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
        return None
    return _largest_first(best[1])


def _largest_first(labels: np.ndarray) -> np.ndarray:
    """Renumber groups by size (ties by first member) so names do not depend on k-means."""
    sizes = np.bincount(labels)
    first_seen = np.unique(labels, return_index=True)[1]
    order = sorted(range(len(sizes)), key=lambda label: (-sizes[label], first_seen[label]))
    mapping = np.empty(len(sizes), dtype=np.int64)
    mapping[order] = np.arange(len(sizes))
    return mapping[labels]


def group_name(index: int) -> str:
    return GROUP_NAMES[index]
