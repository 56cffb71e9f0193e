"""Dyad turning points on synthetic event streams with known changes.

Usage: python benchmarks/dyad_turns.py [--series 300] [--seed 1] [--min-probability P]

Each synthetic dyad has daily event counts (Poisson, 0.2–3 events a day, so many empty days)
whose cooperative share changes once (e.g. 0.8 → 0.3) or never. Days are summed into weeks
as `detente dyad` does and `detente.monitor.counts.count_turns` runs with its defaults: the
turns `detente dyad` reports (probability 0.9 or more; the possible turns it lists apart are
not counted). `--min-probability 0.5` counts the possible turns too.
Reports detection rate (a turn within ±2 weeks of the true change), false alarms per 100
weeks, median delay in weeks, and calibration (reported probability vs share of reported turns
that are real).
"""

from __future__ import annotations

import argparse
import json

import numpy as np

from detente.monitor.counts import REPORT_PROBABILITY, count_turns


def _series(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, int | None]:
    weeks = int(rng.integers(20, 80))
    rate = float(rng.uniform(0.2, 3.0))
    daily = rng.poisson(rate, size=weeks * 7)
    change = None
    share = np.full(weeks * 7, rng.uniform(0.2, 0.85))
    if rng.random() < 0.6:
        change = int(rng.integers(5, weeks - 5))
        before = share[0]
        after = np.clip(before + rng.choice([-1, 1]) * rng.uniform(0.25, 0.6), 0.05, 0.95)
        share[change * 7 :] = after
    coop = rng.binomial(daily, share)
    conflict = daily - coop
    return coop.reshape(weeks, 7).sum(1), conflict.reshape(weeks, 7).sum(1), change


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--series", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--min-probability",
        type=float,
        default=REPORT_PROBABILITY,
        help="count turns from this probability (default: those dyad reports, 0.9)",
    )
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    hits = changes = false_alarms = weeks_total = 0
    delays: list[int] = []
    reported: list[tuple[float, bool]] = []
    for _ in range(args.series):
        coop, conflict, change = _series(rng)
        weeks_total += len(coop)
        turns = count_turns(coop, conflict, min_probability=args.min_probability)
        matched = False
        for turn in turns:
            real = change is not None and abs(turn.index - change) <= 2 and not matched
            reported.append((turn.probability, real))
            if real:
                matched = True
                delays.append(turn.index - change)
            else:
                false_alarms += 1
        if change is not None:
            changes += 1
            hits += matched
    bins = [(0.5, 0.7), (0.7, 0.9), (0.9, 1.01)]
    calibration = []
    for lo, hi in bins:
        inside = [real for p, real in reported if lo <= p < hi]
        if inside:
            calibration.append(
                {
                    "probability": f"{lo:.1f}-{min(hi, 1.0):.1f}",
                    "turns": len(inside),
                    "share_real": round(sum(inside) / len(inside), 3),
                }
            )
    print(
        json.dumps(
            {
                "series": args.series,
                "min_probability": args.min_probability,
                "true_changes": changes,
                "weeks": weeks_total,
                "detection_rate": round(hits / changes, 3) if changes else None,
                "false_alarms_per_100_weeks": round(100 * false_alarms / weeks_total, 3),
                "median_delay_weeks": float(np.median(delays)) if delays else None,
                "calibration": calibration,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
