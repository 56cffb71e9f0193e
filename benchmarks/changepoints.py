"""Benchmark for ``detente.monitor.changepoint`` on synthetic series with known changes.

Run:  python benchmarks/changepoints.py [--seeds N] [--quick]

The suite mimics the structure of real annotated series (TCPD): mean shifts of
varying size and noise, slow trends, slope changes, outliers, seasonality,
autocorrelated noise, random walks, Poisson event counts with gap days,
variance changes, short series, multivariate counts and no-change series.
Each series gets five simulated annotators (true changes with +-2 jitter,
subtle changes missed by some).  Scores:

* TCPD F1 (van den Burg & Williams 2020): index 0 added to predictions and to
  every annotator set; precision against the union of annotations, recall
  averaged over annotators, margin 5, one prediction per annotation.
* detection rate, false alarms / 100 points, median delay, plain F1 (margin 5).
* calibration: reported probability bins vs. fraction of reports that are true.

Baselines: ruptures Binseg and Pelt (l2 cost, BIC-like penalty 3 log(n) s^2
with s the MAD noise scale), and "report nothing".
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from detente.monitor.changepoint import detect_changepoints  # noqa: E402

MARGIN = 5
Series = tuple[np.ndarray, list[int], list[list[int]], str]


# ----------------------------------------------------------------- generators
def _annotators(
    rng: np.random.Generator, cps: list[int], n: int, subtle: set[int]
) -> list[list[int]]:
    sets = []
    for _ in range(5):
        marks = [
            int(np.clip(c + rng.integers(-2, 3), 1, n - 1))
            for c in cps
            if not (c in subtle and rng.random() < 0.5)
        ]
        sets.append(sorted(set(marks)))
    return sets


def _cps(rng: np.random.Generator, n: int, k: int, gap: int = 10) -> list[int]:
    for _ in range(100):
        c = sorted(rng.choice(np.arange(gap, n - gap), size=k, replace=False).tolist())
        if all(b - a >= gap for a, b in zip(c, c[1:], strict=False)):
            return c
    return sorted(rng.choice(np.arange(gap, n - gap), size=1).tolist())


def _levels(n: int, cps: list[int], sizes: list[float]) -> np.ndarray:
    out = np.zeros(n)
    for c, s in zip(cps, sizes, strict=False):
        out[c:] += s
    return out


def _ar(rng: np.random.Generator, n: int, phi: float) -> np.ndarray:
    e = rng.normal(size=n)
    out = np.zeros(n)
    for t in range(n):
        out[t] = (phi * out[t - 1] if t else 0.0) + e[t]
    return out * np.sqrt(1 - phi * phi)


def make_suite(seed: int) -> list[Series]:
    rng = np.random.default_rng(seed)
    suite: list[Series] = []

    def add(name: str, x: np.ndarray, cps: list[int], subtle: set[int] | None = None) -> None:
        suite.append((x, cps, _annotators(rng, cps, len(x), subtle or set()), name))

    def signs(k: int) -> np.ndarray:
        return rng.choice([-1.0, 1.0], size=k)

    for delta in (1.0, 2.0, 4.0):  # mean shifts of varying size
        n = int(rng.integers(60, 500))
        k = int(rng.integers(1, 4))
        c = _cps(rng, n, k)
        add(
            f"shift{delta:g}",
            _levels(n, c, list(delta * signs(k))) + rng.normal(size=n),
            c,
            set(c) if delta <= 1 else None,
        )
    n = int(rng.integers(80, 400))  # big shift, huge values
    c = _cps(rng, n, 2)
    add("huge", 1e9 + 1e7 * (_levels(n, c, [5.0, -3.0]) + rng.normal(size=n)), c)
    for n in (15, 30):  # short series
        c = [n // 2 + int(rng.integers(-2, 3))]
        add(f"short{n}", _levels(n, c, [4.0 * signs(1)[0]]) + rng.normal(size=n), c)
    add("short_none", rng.normal(size=int(rng.integers(15, 40))), [])
    for _ in range(2):  # no change
        add("noise", rng.normal(size=int(rng.integers(50, 600))) * rng.uniform(0.1, 10), [])
    n = int(rng.integers(100, 500))  # slow trend, no change
    add("trend", np.linspace(0, rng.uniform(3, 15), n) + rng.normal(size=n), [])
    n = int(rng.integers(100, 500))  # trend + level shift
    c = _cps(rng, n, 1, 30)
    add(
        "trend_shift",
        np.linspace(0, 8, n) + _levels(n, c, [4.0 * signs(1)[0]]) + rng.normal(size=n),
        c,
    )
    n = int(rng.integers(100, 500))  # slope change (continuous)
    c = _cps(rng, n, 1, 30)
    t = np.arange(n, dtype=float)
    slope = rng.uniform(0.05, 0.15)
    add("slope_change", np.where(t < c[0], 0.0, slope * (t - c[0])) + rng.normal(size=n), c)
    n = int(rng.integers(100, 500))  # outliers, with and without shift
    spikes = (rng.random(n) < 0.02) * rng.choice([-8.0, 8.0], size=n)
    add("outliers", rng.normal(size=n) + spikes, [])
    c = _cps(rng, n, 1)
    add("outliers_shift", _levels(n, c, [3.0 * signs(1)[0]]) + rng.normal(size=n) + spikes, c)
    n = int(rng.integers(96, 480))  # seasonality, with and without shift
    season = 2.0 * np.sin(2 * np.pi * np.arange(n) / 12.0)
    add("seasonal", season + rng.normal(size=n), [])
    c = _cps(rng, n, 1, 24)
    add("seasonal_shift", season + _levels(n, c, [4.0 * signs(1)[0]]) + rng.normal(size=n), c)
    n = int(rng.integers(100, 500))  # autocorrelated noise
    add("ar0.7", _ar(rng, n, 0.7), [])
    c = _cps(rng, n, 1)
    add("ar_shift", _ar(rng, n, 0.5) + _levels(n, c, [3.0 * signs(1)[0]]), c)
    add("random_walk", np.cumsum(rng.normal(size=int(rng.integers(100, 400)))), [])
    n = int(rng.integers(100, 400))  # random walk with a big jump
    c = _cps(rng, n, 1, 20)
    add("rw_jump", np.cumsum(rng.normal(size=n)) + _levels(n, c, [25.0 * signs(1)[0]]), c)
    n = int(rng.integers(120, 480))  # trend + seasonality + shift
    c = _cps(rng, n, 1, 24)
    add(
        "trend_season_shift",
        np.linspace(0, 6, n)
        + 1.5 * np.sin(2 * np.pi * np.arange(n) / 12.0)
        + _levels(n, c, [4.0 * signs(1)[0]])
        + rng.normal(size=n),
        c,
    )
    n = int(rng.integers(100, 500))  # heavy tails (Student t, 3 dof)
    add("heavy_tails", rng.standard_t(3, size=n), [])
    c = _cps(rng, n, 1)
    add("heavy_shift", rng.standard_t(3, size=n) + _levels(n, c, [4.0 * signs(1)[0]]), c)
    n = int(rng.integers(100, 500))  # slow wave (no abrupt change)
    add(
        "slow_wave",
        3.0 * np.sin(2 * np.pi * np.arange(n) / (n / rng.uniform(1, 2.5))) + rng.normal(size=n),
        [],
    )
    n = int(rng.integers(60, 400))  # variance change
    c = _cps(rng, n, 1, 20)
    add("variance", rng.normal(size=n) * np.where(np.arange(n) < c[0], 1.0, 4.0), c)
    for base in (1.0, 8.0):  # daily event counts with gap days
        n = int(rng.integers(90, 600))
        c = _cps(rng, n, int(rng.integers(0, 3)), 20)
        rate = base * np.exp(_levels(n, c, list(np.log(3.0) * signs(len(c)))))
        x = rng.poisson(rate).astype(float)
        x[rng.random(n) < 0.05] = 0.0
        add(f"counts{base:g}", x, c)
    n = int(rng.integers(60, 300))  # multivariate counts by quad class
    c = _cps(rng, n, 1, 20)
    rates = np.column_stack(
        [np.full(n, 5.0), np.full(n, 2.0), np.where(np.arange(n) < c[0], 1.0, 4.0), np.full(n, 1.0)]
    )
    add("quad_counts", rng.poisson(rates).astype(float), c)
    return suite


# -------------------------------------------------------------------- metrics
def true_positives(truth: list[int], pred: list[int], margin: int = MARGIN) -> set[int]:
    """Annotations matched by a distinct prediction within ``margin`` (closest first)."""
    left = set(pred)
    hits = set()
    for tau in truth:
        close = sorted((abs(tau - x), x) for x in left if abs(tau - x) <= margin)
        if close:
            hits.add(tau)
            left.discard(close[0][1])
    return hits


def tcpd_f1(annotations: list[list[int]], pred: list[int], margin: int = MARGIN) -> float:
    """F1 of van den Burg & Williams (2020) with index 0 counted on both sides."""
    x = sorted(set(pred) | {0})
    sets = [sorted(set(a) | {0}) for a in annotations]
    union = sorted(set().union(*sets))
    precision = len(true_positives(union, x, margin)) / len(x)
    recall = float(np.mean([len(true_positives(a, x, margin)) / len(a) for a in sets]))
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


# ----------------------------------------------------------------- detectors
def _noise_scale(x: np.ndarray) -> float:
    d = np.diff(x, axis=0).ravel()
    s = 1.4826 * np.median(np.abs(d - np.median(d))) / np.sqrt(2)
    return float(s) if s > 0 else float(np.std(x) + 1e-12)


def ruptures_detector(kind: str) -> Callable[[np.ndarray], list[tuple[int, float]]]:
    def run(x: np.ndarray) -> list[tuple[int, float]]:
        import ruptures as rpt

        sig = x.reshape(len(x), -1)
        algo = (rpt.Binseg if kind == "binseg" else rpt.Pelt)(model="l2", min_size=2, jump=1)
        pen = 3.0 * np.log(len(x)) * _noise_scale(sig) ** 2 * sig.shape[1]
        bkps = algo.fit(sig).predict(pen=pen)
        return [(b, 1.0) for b in bkps[:-1]]

    return run


def ours(**kw: float) -> Callable[[np.ndarray], list[tuple[int, float]]]:
    def run(x: np.ndarray) -> list[tuple[int, float]]:
        return [(c.index, c.probability) for c in detect_changepoints(x, **kw)]

    return run


def evaluate(
    name: str,
    detector: Callable[[np.ndarray], list[tuple[int, float]]],
    suites: list[Series],
    show_groups: bool = False,
) -> dict[str, float]:
    f1s, hits, n_true, false, points, delays, tp_all, pred_all = [], 0, 0, 0, 0, [], 0, 0
    by_group: dict[str, list[float]] = {}
    t0 = time.perf_counter()
    for x, cps, ann, group in suites:
        pred = sorted(i for i, _ in detector(x))
        f1s.append(tcpd_f1(ann, pred))
        by_group.setdefault(group, []).append(f1s[-1])
        tp = true_positives(cps, pred)
        hits += len(tp)
        n_true += len(cps)
        matched = len(true_positives(pred, cps))
        false += len(pred) - matched
        points += len(x)
        tp_all += matched
        pred_all += len(pred)
        for c in tp:
            delays.append(min((abs(p - c), p - c) for p in pred)[1])
    prec = tp_all / pred_all if pred_all else 1.0
    rec = hits / n_true if n_true else 1.0
    res = {
        "tcpd_f1": float(np.mean(f1s)),
        "detect": rec,
        "fa_per_100": 100 * false / points,
        "delay": float(np.median(delays)) if delays else float("nan"),
        "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        "secs": time.perf_counter() - t0,
    }
    print(
        f"{name:<22} TCPD-F1 {res['tcpd_f1']:.3f}  detect {res['detect']:.3f}  "
        f"FA/100 {res['fa_per_100']:.3f}  delay {res['delay']:+.1f}  F1 {res['f1']:.3f}  "
        f"({res['secs']:.1f}s)"
    )
    if show_groups:
        print("   " + "  ".join(f"{g}:{np.mean(v):.2f}" for g, v in by_group.items()))
    return res


def calibration(suites: list[Series]) -> None:
    bins = np.array([0.05, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001])
    counts = np.zeros(len(bins) - 1)
    true = np.zeros(len(bins) - 1)
    mean_p = np.zeros(len(bins) - 1)
    for x, cps, _, _ in suites:
        for c in detect_changepoints(x, min_probability=0.05):
            b = int(np.searchsorted(bins, c.probability, side="right") - 1)
            counts[b] += 1
            mean_p[b] += c.probability
            true[b] += any(abs(c.index - t) <= MARGIN for t in cps)
    print("\nCalibration (all reports with p >= 0.05; true = within 5 points of a real change)")
    print(f"{'bin':>13} {'reports':>8} {'mean p':>7} {'frac true':>9}")
    for k in range(len(bins) - 1):
        if counts[k]:
            print(
                f"[{bins[k]:.2f},{min(bins[k + 1], 1):.2f}) {int(counts[k]):>8} "
                f"{mean_p[k] / counts[k]:>7.2f} {true[k] / counts[k]:>9.2f}"
            )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=8)
    ap.add_argument("--groups", action="store_true", help="print TCPD-F1 per series type")
    args = ap.parse_args()
    suites = [s for seed in range(args.seeds) for s in make_suite(seed)]
    print(
        f"{len(suites)} series, {sum(len(s[0]) for s in suites)} points, "
        f"{sum(len(s[1]) for s in suites)} true changes, margin {MARGIN}\n"
    )
    evaluate("detente (defaults)", ours(), suites, args.groups)
    evaluate("report nothing", lambda x: [], suites, args.groups)
    evaluate("ruptures Binseg", ruptures_detector("binseg"), suites, args.groups)
    evaluate("ruptures Pelt", ruptures_detector("pelt"), suites, args.groups)
    calibration(suites)


if __name__ == "__main__":
    main()
