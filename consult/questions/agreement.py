"""How much networks agree: on an ordinal scale, and on an order of options."""

from __future__ import annotations

import numpy as np


def tastle_wierman(counts: np.ndarray) -> float | None:
    """Consensus on an ordinal scale of len(counts) points: 1 all agree, 0 split at the ends.

    Cns = 1 + Σ p_i log2(1 - |i - μ| / (max - min))  (Tastle & Wierman, 2007).
    """
    total = counts.sum()
    if total == 0 or len(counts) < 2:
        return None
    points = np.arange(1, len(counts) + 1, dtype=np.float64)
    shares = counts / total
    mean = float((shares * points).sum())
    width = len(counts) - 1
    distances = 1 - np.abs(points - mean) / width
    used = shares > 0
    # distance is 0 only where all answers sit at the other end: then consensus is 0
    with np.errstate(divide="ignore"):
        terms = shares[used] * np.log2(distances[used])
    value = 1 + float(terms.sum())
    return max(0.0, min(1.0, value))


def kendalls_w(positions: np.ndarray) -> float | None:
    """Kendall's coefficient of concordance for complete rankings (raters by items, 0-based).

    1 when every network ranks the options in the same order, 0 when orders cancel out.
    """
    raters, items = positions.shape
    if raters < 2 or items < 2:
        return None
    rank_sums = (positions + 1).sum(axis=0).astype(np.float64)
    mean = raters * (items + 1) / 2
    spread = float(((rank_sums - mean) ** 2).sum())
    return float(12 * spread / (raters**2 * (items**3 - items)))
