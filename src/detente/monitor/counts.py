"""Turning points in cooperation/conflict *counts*: exact Bayesian segmentation.

Each period brings ``coop`` cooperative and ``conflict`` conflictual events. Within a regime the
share of cooperation is constant and unknown (Beta prior), so a regime's evidence is a
Beta-Binomial marginal likelihood; a new regime starts at any period with prior probability
``hazard``. Forward-backward sums over *all* segmentations (product-partition model, O(n²))
give the exact posterior probability that a new regime starts at each period, and that at
least one starts inside any window of periods: the probability a turn is reported with.

The hazard is a rate in calendar time (:data:`TURNS_PER_YEAR`), not "one turn per series", so
a turn's probability does not depend on how much history was asked for. Periods without
coverage (no document mentioned either actor) and periods without events carry no evidence
about the share: they are unobserved, not calm. ``benchmarks/calibration.py`` measures how
often turns reported at each probability are real (docs/calibration.md).
"""

from __future__ import annotations

import math

import numpy as np
from scipy.special import betaln, expit, logsumexp

from detente.monitor.changepoint import ChangePoint

PRIOR = (1.0, 1.0)  # Beta prior on the cooperation share of a regime
MIN_EVENTS = 3  # a regime needs this many events to count as one
TURNS_PER_YEAR = 0.5  # prior rate of turns in a dyad's relations (one in two years)
PERIOD_DAYS = {"day": 1.0, "week": 7.0, "month": 365.25 / 12.0}


REPORT_PROBABILITY = 0.9  # turns reported by default: sharp enough to hold per 48 dyads
POSSIBLE_PROBABILITY = 0.5  # below the report threshold, shown apart as possible turns down to this


# Calibration of the posterior window probability p: reported = c * expit(a + b * logit(p)),
# Platt scaling under a ceiling c (a near-certain posterior is still wrong now and then when the
# world is not the model's: a change matched a week off, data that look like two steps).
# Fitted by maximum likelihood on the turns of training dyads from several synthetic worlds
# (``python benchmarks/calibration.py --fit``: seeds 101-110); tested on other seeds.
CALIBRATION = (-0.153, 0.999, 0.9912)


def calibrate(probability: float) -> float:
    """Map a posterior window probability through :data:`CALIBRATION`."""
    a, b, ceiling = CALIBRATION
    p = min(max(probability, 1e-9), 1.0 - 1e-9)
    return float(ceiling * expit(a + b * math.log(p / (1.0 - p))))


def hazard_for(freq: str) -> float:
    """Prior probability that a new regime starts in one period of ``freq``."""
    return TURNS_PER_YEAR * PERIOD_DAYS[freq] / 365.25


class _Segmentation:
    """Forward-backward sums of the product-partition model over one series."""

    def __init__(self, coop: np.ndarray, conflict: np.ndarray, hazard: float) -> None:
        n = len(coop)
        a, b = PRIOR
        self.n = n
        self.cc = np.concatenate([[0.0], np.cumsum(coop)])
        self.ck = np.concatenate([[0.0], np.cumsum(conflict)])
        self.base = betaln(a, b)
        self.log_h, self.log_stay = np.log(hazard), np.log1p(-hazard)
        # alpha[j]: log P(data[:j], a regime ends exactly at j)
        self.alpha = np.full(n + 1, -np.inf)
        self.alpha[0] = 0.0
        for j in range(1, n + 1):
            i = np.arange(j)
            self.alpha[j] = logsumexp(self.alpha[i] + self._weight(i, j) + self.log_h)
        # beta[i]: log P(data[i:] | a regime starts at i); the last regime has no closing change
        self.beta = np.full(n + 1, -np.inf)
        self.beta[n] = 0.0
        for i in range(n - 1, -1, -1):
            self.beta[i] = logsumexp(self._row(i))
        self.total = self.beta[0]

    def _weight(self, i: np.ndarray | int, j: np.ndarray | int) -> np.ndarray:
        """Log evidence of regime ``[i, j)`` times the prior of it lasting that long."""
        a, b = PRIOR
        c = self.cc[j] - self.cc[i]
        k = self.ck[j] - self.ck[i]
        return betaln(a + c, b + k) - self.base + (np.asarray(j) - i - 1) * self.log_stay

    def _row(self, i: int) -> np.ndarray:
        """Log weight of a regime starting at ``i`` and ending at each ``j > i``, then the rest."""
        j = np.arange(i + 1, self.n + 1)
        closing = np.where(j < self.n, self.log_h, 0.0)
        return self._weight(i, j) + closing + self.beta[j]

    def change_probs(self) -> np.ndarray:
        """Posterior probability that a new regime starts at each index (index 0 is 0)."""
        probs = np.exp(self.alpha[1 : self.n] + self.beta[1 : self.n] - self.total)
        return np.concatenate([[0.0], np.clip(probs, 0.0, 1.0)])

    def any_change(self, lo: int, hi: int) -> float:
        """Posterior probability that at least one regime starts in ``lo..hi`` (inclusive)."""
        # No change in lo..hi: one regime [i, j) with i < lo and j > hi covers the window.
        parts = [
            self.alpha[i] + self._row(i)[hi + 1 - (i + 1) :]
            for i in range(lo)
            if np.isfinite(self.alpha[i])
        ]
        none = logsumexp(np.concatenate(parts)) - self.total if parts else -np.inf
        return float(np.clip(-np.expm1(none), 0.0, 1.0))


def _prepare(
    coop: np.ndarray, conflict: np.ndarray, covered: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray]:
    coop = np.nan_to_num(np.asarray(coop, dtype=float), nan=0.0)
    conflict = np.nan_to_num(np.asarray(conflict, dtype=float), nan=0.0)
    if covered is not None:  # a period nobody reported on says nothing about the share
        seen = np.asarray(covered, dtype=bool)
        coop, conflict = np.where(seen, coop, 0.0), np.where(seen, conflict, 0.0)
    return coop, conflict


def change_probabilities(
    coop: np.ndarray,
    conflict: np.ndarray,
    hazard: float | None = None,
    *,
    covered: np.ndarray | None = None,
) -> np.ndarray:
    """Posterior probability that a new regime starts at each index (index 0 is 0).

    ``hazard`` is the prior probability of a change per period (default: weekly periods,
    :func:`hazard_for`); ``covered`` marks periods with coverage (others are unobserved).
    """
    coop, conflict = _prepare(coop, conflict, covered)
    if len(coop) < 2:
        return np.zeros(len(coop))
    h = hazard if hazard is not None else hazard_for("week")
    return _Segmentation(coop, conflict, min(max(h, 1e-9), 0.5)).change_probs()


def _median(probs: np.ndarray, lo: int, hi: int) -> int:
    """Index of the median of the change mass in ``lo..hi``."""
    cum = np.cumsum(probs[lo : hi + 1])
    return lo + int(np.searchsorted(cum, 0.5 * cum[-1]))


def count_turns(
    coop: np.ndarray,
    conflict: np.ndarray,
    *,
    min_probability: float = REPORT_PROBABILITY,
    radius: int = 2,
    hazard: float | None = None,
    covered: np.ndarray | None = None,
    calibrated: bool = True,
) -> list[ChangePoint]:
    """Turning points, each with the probability that a change lies in ``[start, end]``.

    Windows of ``2 * radius + 1`` periods are taken greedily where the expected number of
    changes is largest (without overlapping); a turn's date is the median of the change mass
    inside, the window is re-centred on it, and its
    probability the exact posterior probability that at least one new regime starts inside
    the window. ``hazard`` and ``covered`` are as in
    :func:`change_probabilities`. With ``calibrated`` (the default) the posterior probability
    goes through :data:`CALIBRATION`, the share of such turns that were real on synthetic dyads.
    By default only turns at :data:`REPORT_PROBABILITY` or more are reported: turns at 0.5-0.9
    are honest on average but few and noisy, and their date is the least certain
    (docs/calibration.md); ask for them with a lower ``min_probability``.
    """
    coop, conflict = _prepare(coop, conflict, covered)
    n = len(coop)
    if n < 2:
        return []
    h = hazard if hazard is not None else hazard_for("week")
    seg = _Segmentation(coop, conflict, min(max(h, 1e-9), 0.5))
    probs = seg.change_probs()
    events = coop + conflict
    # Expected number of changes in the window around each period: windows are centred
    # where the most change mass is, so a turn spread over a coverage gap sits in its middle.
    padded = np.concatenate([np.zeros(radius), probs, np.zeros(radius)])
    mass = np.convolve(padded, np.ones(2 * radius + 1), mode="valid")
    free = np.ones(n, dtype=bool)  # periods not yet inside a reported window
    found: list[ChangePoint] = []
    for t in np.argsort(-mass, kind="stable"):
        lo, hi = max(1, t - radius), min(n - 1, t + radius)
        if mass[t] < 0.02 or lo > hi:
            break
        if not free[lo : hi + 1].all():
            continue
        t = _median(probs, lo, hi)  # centre the window on the change mass inside it
        lo, hi = max(1, t - radius), min(n - 1, t + radius)
        while not free[lo]:
            lo += 1
        while not free[hi]:
            hi -= 1
        free[lo : hi + 1] = False
        if events[:t].sum() < MIN_EVENTS or events[t:].sum() < MIN_EVENTS:
            continue
        probability = seg.any_change(lo, hi)
        if calibrated:
            probability = calibrate(probability)
        if probability >= min_probability:
            found.append(ChangePoint(int(t), probability, int(lo), int(hi)))
    return sorted(found, key=lambda c: c.index)
