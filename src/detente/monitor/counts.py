"""Turning points in cooperation/conflict *counts*: exact Bayesian segmentation.

Each period brings ``coop`` cooperative and ``conflict`` conflictual events. Within a regime the
share of cooperation is constant and unknown (Beta prior), so a regime's evidence is a
Beta-Binomial marginal likelihood; regimes change at any period with prior probability
``hazard``. Forward-backward sums over *all* segmentations (product-partition model, O(n²))
give the exact posterior probability that a new regime starts at each period. Periods without
events carry no evidence, instead of pretending to be neutral zeros.
"""

from __future__ import annotations

import numpy as np
from scipy.special import betaln, logsumexp

from detente.monitor.changepoint import ChangePoint

PRIOR = (1.0, 1.0)  # Beta prior on the cooperation share of a regime
MIN_EVENTS = 3  # a regime needs this many events to count as one


def change_probabilities(
    coop: np.ndarray, conflict: np.ndarray, hazard: float | None = None
) -> np.ndarray:
    """Posterior probability that a new regime starts at each index (index 0 is 0)."""
    coop = np.asarray(coop, dtype=float)
    conflict = np.asarray(conflict, dtype=float)
    n = len(coop)
    if n < 2:
        return np.zeros(n)
    h = hazard if hazard is not None else 1.0 / max(n, 10)
    a, b = PRIOR
    cc = np.concatenate([[0.0], np.cumsum(coop)])
    ck = np.concatenate([[0.0], np.cumsum(conflict)])

    def seg(i: int, j: np.ndarray | int) -> np.ndarray:
        c, k = cc[j] - cc[i], ck[j] - ck[i]
        return betaln(a + c, b + k) - betaln(a, b)

    log_h, log_stay = np.log(h), np.log1p(-h)
    # alpha[j]: log P(data[:j], a regime ends exactly at j)
    alpha = np.full(n + 1, -np.inf)
    alpha[0] = 0.0
    for j in range(1, n + 1):
        i = np.arange(j)
        alpha[j] = logsumexp(alpha[i] + seg(i, j) + (j - i - 1) * log_stay + log_h)
    # beta[i]: log P(data[i:] | a regime starts at i); the last regime has no closing change
    beta = np.full(n + 1, -np.inf)
    beta[n] = 0.0
    for i in range(n - 1, -1, -1):
        j = np.arange(i + 1, n + 1)
        closing = np.where(j < n, log_h, 0.0)
        beta[i] = logsumexp(seg(i, j) + (j - i - 1) * log_stay + closing + beta[j])
    total = beta[0]
    # A change at t: a regime ends at t (alpha[t]) and a new one starts there (beta[t]).
    probs = np.exp(alpha[1:n] + beta[1:n] - total)
    return np.concatenate([[0.0], np.clip(probs, 0.0, 1.0)])


def count_turns(
    coop: np.ndarray,
    conflict: np.ndarray,
    *,
    min_probability: float = 0.5,
    radius: int = 2,
    hazard: float | None = None,
) -> list[ChangePoint]:
    """Turning points with the probability that a change lies within ``radius`` periods."""
    coop = np.asarray(coop, dtype=float)
    conflict = np.asarray(conflict, dtype=float)
    probs = change_probabilities(coop, conflict, hazard)
    events = coop + conflict
    found: list[ChangePoint] = []
    taken = np.zeros(len(probs), dtype=bool)
    for t in np.argsort(-probs):
        if probs[t] < 0.05 or taken[t]:
            continue
        lo, hi = max(1, t - radius), min(len(probs) - 1, t + radius)
        mass = float(min(1.0, probs[lo : hi + 1].sum()))
        taken[max(0, t - 2 * radius) : t + 2 * radius + 1] = True
        if mass < min_probability:
            continue
        if events[:t].sum() < MIN_EVENTS or events[t:].sum() < MIN_EVENTS:
            continue
        window = np.nonzero(probs[lo : hi + 1] > 0.02)[0] + lo
        found.append(ChangePoint(int(t), mass, int(window.min()), int(window.max())))
    return sorted(found, key=lambda c: c.index)
