"""Are reported turn probabilities true? Calibration of dyad turning points on synthetic dyads.

Usage: python benchmarks/calibration.py [--dyads 48] [--seeds 1 2 3] [--png docs/calibration.png]

Each synthetic dyad is a run of 26–104 weeks of daily events (Poisson, 0.3–3 a day, so many
empty days). Each event is cooperative with the dyad's current share (the rest conflictual).
Half of the dyads keep one share throughout; the other half change it once, on a random day
at least four weeks from either end, by a random amount (0.05–0.7 in either direction, kept
inside 0.02–0.98). Some dyads also lose coverage for a few weeks (no documents, so no events).
Days are summed into weeks as ``detente dyad --freq week`` does and
:func:`detente.monitor.counts.count_turns` runs with its defaults.

A reported turn is *real* when it lies within two weeks of the week of the true change (one
report per change). Scores per seed and overall:

* ECE — expected calibration error of reported turns: ten equal bins of reported probability,
  |mean probability − share real| weighted by the bin's share of reports;
* Brier — mean (probability − real)² over reported turns;
* strong recall ≥ 0.9 — share of strong changes (cooperation share moving ≥ 0.3) found by a
  turn reported at probability ≥ 0.9; all-change recall the same for every change;
* false turns — reported turns that are not real (at ≥ 0.5 and at ≥ 0.9).

``--png`` draws the reliability diagram (matplotlib, a dev-only dependency).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass

import numpy as np

from detente.monitor.counts import count_turns

TOLERANCE = 2  # weeks between a reported turn and the true change
STRONG = 0.3  # a strong change moves the cooperation share by at least this much
BINS = np.linspace(0.0, 1.0, 11)


@dataclass(frozen=True, slots=True)
class Dyad:
    coop: np.ndarray  # weekly cooperative events (NaN-free; gap weeks are zero)
    conflict: np.ndarray
    covered: np.ndarray  # weeks with coverage
    change: int | None  # week of the true change
    strength: float  # |share after − share before| (0 without a change)


def simulate(rng: np.random.Generator) -> Dyad:
    """One synthetic dyad (see the module docstring)."""
    weeks = int(rng.integers(26, 105))
    days = weeks * 7
    rate = float(rng.uniform(0.3, 3.0))
    before = float(rng.uniform(0.1, 0.9))
    share = np.full(days, before)
    change, strength = None, 0.0
    if rng.random() < 0.5:
        day = int(rng.integers(28, days - 28))
        move = float(rng.uniform(0.05, 0.7))
        sign = 1.0 if rng.random() < 0.5 else -1.0
        if not 0.02 <= before + sign * move <= 0.98:
            sign = -sign
        after = float(np.clip(before + sign * move, 0.02, 0.98))
        share[day:] = after
        change, strength = day // 7, abs(after - before)
    daily = rng.poisson(rate, size=days)
    covered = np.ones(weeks, dtype=bool)
    if rng.random() < 0.3:  # a coverage gap of 2–6 weeks
        length = int(rng.integers(2, 7))
        first = int(rng.integers(0, weeks - length))
        covered[first : first + length] = False
        daily = daily * np.repeat(covered, 7)
    coop = rng.binomial(daily, share)
    conflict = daily - coop
    return Dyad(
        coop.reshape(weeks, 7).sum(1).astype(float),
        conflict.reshape(weeks, 7).sum(1).astype(float),
        covered,
        change,
        strength,
    )


def judge(d: Dyad, turns: list) -> list[tuple[float, bool]]:
    """(probability, real) per reported turn; one turn per true change, likeliest first."""
    out, matched = [], False
    for t in sorted(turns, key=lambda t: -t.probability):
        real = d.change is not None and abs(t.index - d.change) <= TOLERANCE and not matched
        matched = matched or real
        out.append((t.probability, real))
    return out


def score(dyads: list[Dyad], use_coverage: bool = True) -> dict[str, object]:
    """Reported turns against the truth: ECE, Brier, recall, false turns, reliability bins."""
    reported: list[tuple[float, bool]] = []
    strong = strong_hit = changes = change_hit = 0
    for d in dyads:
        covered = d.covered if use_coverage else None
        judged = judge(d, count_turns(d.coop, d.conflict, covered=covered))
        reported += judged
        found_at_09 = any(real and p >= 0.9 for p, real in judged)
        if d.change is not None:
            changes += 1
            change_hit += found_at_09
            if d.strength >= STRONG:
                strong += 1
                strong_hit += found_at_09
    p = np.array([r[0] for r in reported])
    y = np.array([r[1] for r in reported], dtype=float)
    bins = []
    ece = 0.0
    for k, (lo, hi) in enumerate(zip(BINS[:-1], BINS[1:], strict=True)):
        inside = (p >= lo) & ((p < hi) if k < len(BINS) - 2 else (p <= hi))
        if inside.any():
            gap = abs(p[inside].mean() - y[inside].mean())
            ece += gap * inside.sum() / len(p)
            bins.append(
                {
                    "bin": f"{lo:.1f}-{hi:.1f}",
                    "turns": int(inside.sum()),
                    "mean_probability": round(float(p[inside].mean()), 3),
                    "share_real": round(float(y[inside].mean()), 3),
                }
            )
    return {
        "dyads": len(dyads),
        "changes": changes,
        "strong_changes": strong,
        "reported": len(reported),
        "ece": round(ece, 4),
        "brier": round(float(np.mean((p - y) ** 2)), 4) if len(p) else None,
        "strong_recall_at_0.9": round(strong_hit / strong, 3) if strong else None,
        "recall_at_0.9": round(change_hit / changes, 3) if changes else None,
        "false_turns": int((y == 0).sum()),
        "false_turns_at_0.9": int(((y == 0) & (p >= 0.9)).sum()),
        "reliability": bins,
    }


def fit(seeds: list[int], dyads_per_seed: int) -> tuple[float, float]:
    """Platt scaling of the raw posterior: ``logit(real) = a + b * logit(p)``, by maximum
    likelihood over every candidate turn (raw probability >= 0.05) of the training dyads."""
    from scipy.optimize import minimize
    from scipy.special import expit, logit

    pairs: list[tuple[float, bool]] = []
    for seed in seeds:
        rng = np.random.default_rng(seed)
        for _ in range(dyads_per_seed):
            d = simulate(rng)
            turns = count_turns(
                d.coop, d.conflict, covered=d.covered, min_probability=0.05, calibrated=False
            )
            pairs += judge(d, turns)
    x = logit(np.clip([q for q, _ in pairs], 1e-6, 1 - 1e-6))
    y = np.array([r for _, r in pairs], dtype=float)

    def loss(ab: np.ndarray) -> float:
        q = np.clip(expit(ab[0] + ab[1] * x), 1e-12, 1 - 1e-12)
        return float(-np.sum(y * np.log(q) + (1 - y) * np.log1p(-q)))

    a, b = minimize(loss, np.array([0.0, 1.0]), method="Nelder-Mead").x
    return round(float(a), 3), round(float(b), 3)


def draw(result: dict[str, object], path: str) -> None:
    """Reliability diagram: share of reported turns that are real against reported probability."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    bins = result["reliability"]
    assert isinstance(bins, list)
    fig, ax = plt.subplots(figsize=(5.2, 5.2), dpi=120)
    ax.plot([0, 1], [0, 1], color="0.6", linestyle="--", linewidth=1, label="perfectly calibrated")
    xs = [b["mean_probability"] for b in bins]
    ys = [b["share_real"] for b in bins]
    sizes = [20 + 4 * b["turns"] for b in bins]
    ax.plot(xs, ys, color="tab:blue", linewidth=1)
    ax.scatter(xs, ys, s=sizes, color="tab:blue", zorder=3, label="reported turns (area = count)")
    for b in bins:
        ax.annotate(
            str(b["turns"]),
            (b["mean_probability"], b["share_real"]),
            textcoords="offset points",
            xytext=(6, -12),
            fontsize=8,
        )
    ax.set_xlim(0, 1.02)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("reported turn probability (bin mean)")
    ax.set_ylabel("share of reported turns that are real")
    ax.set_title(
        f"Turn calibration: ECE {result['ece']:.3f}, Brier {result['brier']:.3f}\n"
        f"{result['dyads']} synthetic dyads, {result['reported']} reported turns",
        fontsize=10,
    )
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dyads", type=int, default=48, help="dyads per seed")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--png", help="write the reliability diagram (all seeds) here")
    parser.add_argument("--ignore-coverage", action="store_true", help="treat gaps as calm")
    parser.add_argument(
        "--fit",
        action="store_true",
        help="fit the calibration map on training seeds 101-110 (200 dyads each) and print it",
    )
    args = parser.parse_args()
    if args.fit:
        print(fit(list(range(101, 111)), 200))
        return
    every: list[Dyad] = []
    out: dict[str, object] = {"per_seed": {}}
    for seed in args.seeds:
        rng = np.random.default_rng(seed)
        dyads = [simulate(rng) for _ in range(args.dyads)]
        every += dyads
        result = score(dyads, not args.ignore_coverage)
        result.pop("reliability")
        out["per_seed"][seed] = result  # type: ignore[index]
    out["all"] = score(every, not args.ignore_coverage)
    print(json.dumps(out, indent=2))
    if args.png:
        draw(out["all"], args.png)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
