"""How sure a count lets us be: an interval for a share, an exact test of a gap, and the
false discovery rate over every test of a round."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.special import gammaln
from scipy.stats import beta


def share_interval(held: int, n: int, confidence: float) -> tuple[float, float]:
    """The equal-tailed Jeffreys interval of a share: Beta(held + ½, n - held + ½).

    It keeps close to its nominal coverage at the small counts of a round (12 to 60
    answers), where the Wald interval is far too narrow; the ends are 0 and 1 when all or
    none hold the position, as Brown, Cai and DasGupta (2001) advise.
    """
    if n == 0:
        return 0.0, 1.0
    tail = (1 - confidence) / 2
    low = 0.0 if held == 0 else float(beta.ppf(tail, held + 0.5, n - held + 0.5))
    high = 1.0 if held == n else float(beta.ppf(1 - tail, held + 0.5, n - held + 0.5))
    return low, high


def gap_p_value(first: tuple[int, int], second: tuple[int, int]) -> float:
    """Two-sided Fisher's exact test that two groups' shares differ: (held, n) each.

    Exact at any size, so a gap between a group of 5 and one of 9 is judged by what those
    counts can show, not by a normal approximation that needs far more answers. The same
    p-value as scipy's `fisher_exact` (a test checks it): the probability, given the
    margins, of every table no more likely than the one seen; computed from log-gamma
    over the whole support at once, 100 times faster at 100,000 answers.
    """
    (held_a, n_a), (held_b, n_b) = first, second
    held, total = held_a + held_b, n_a + n_b
    support = np.arange(max(0, held - n_b), min(held, n_a) + 1)
    log_p = (
        _log_choose(n_a, support)
        + _log_choose(n_b, held - support)
        - _log_choose(np.int64(total), np.int64(held))
    )
    seen = log_p[held_a - support[0]]
    return float(min(1.0, np.exp(log_p[log_p <= seen + 1e-7]).sum()))


def _log_choose(n: int | np.integer | np.ndarray, k: int | np.integer | np.ndarray) -> np.ndarray:
    logs: np.ndarray = (
        gammaln(np.add(n, 1)) - gammaln(np.add(k, 1)) - gammaln(np.add(np.subtract(n, k), 1))
    )
    return logs


def benjamini_hochberg(p_values: Sequence[float]) -> list[float]:
    """Adjusted p-values (q-values): declare those ≤ q to keep the expected share of false
    discoveries among them at most q (Benjamini and Hochberg, 1995)."""
    count = len(p_values)
    if count == 0:
        return []
    values = np.asarray(p_values, dtype=np.float64)
    order = np.argsort(values, kind="stable")
    scaled = values[order] * count / np.arange(1, count + 1)
    adjusted = np.minimum.accumulate(scaled[::-1])[::-1]
    result = np.empty(count)
    result[order] = np.minimum(adjusted, 1.0)
    return result.tolist()
