"""Are reported turn probabilities true? Calibration of dyad turning points on synthetic dyads.

Usage: python benchmarks/calibration.py [--dyads 48] [--seeds 1 2 3] [--world ours]
       [--tolerance 2] [--min-probability P] [--through-dyad] [--png docs/calibration.png]
       [--fit]

Each synthetic dyad of the default world (``ours``) is a run of 26–104 weeks of daily events
(Poisson, 0.3–3 a day, so many empty days). Each event is cooperative with the dyad's current
share (the rest conflictual). Half of the dyads keep one share throughout; the other half change
it once, on a random day at least four weeks from either end, by a random amount (0.05–0.7 in
either direction, kept inside 0.02–0.98). Some dyads also lose coverage for a few weeks (no
documents, so no events). Days are summed into weeks as ``detente dyad --freq week`` does and
:func:`detente.monitor.counts.count_turns` runs with its defaults: the turns the product
reports by default (``dyad()``, ``detente dyad``, ``/api/dyad``: ``turns``, probability 0.9 or
more; the possible turns they list apart are not scored). ``--min-probability`` scores from
another probability (0.5: reported and possible turns together). ``--through-dyad`` writes each
seed's dyads into a temporary store as events and scores the turns
:func:`detente.monitor.dyad.dyad` reports with its defaults, end to end (slower; the same turns).

A reported turn is *real* when it lies within two weeks of the week of the true change (one
report per change). ``--world`` draws from another simulator, to check that the calibration
is not one of our world only: ``short`` (13–52 weeks), ``long`` (104–260 weeks), ``uniform``
(shares before and after drawn independently), ``strong`` (moves of 0.3–0.8), ``weekly``
(the change on the first day of a week, at least two weeks from either end), ``edges`` (the
change as close as a week to either end, no gaps), ``tol1`` / ``tol3`` (a turn matched within
one or three weeks; ``--tolerance`` overrides any world's) and ``bursty`` (a day's events
share one mood: the day's share is Beta around the regime's, concentration 20).

Scores per seed, their spread over seeds and overall:

* ECE — expected calibration error of reported turns: ten equal bins of reported probability,
  |mean probability − share real| weighted by the bin's share of reports;
* Brier — mean (probability − real)² over reported turns;
* strong recall ≥ 0.9 — share of strong changes (cooperation share moving ≥ 0.3) found by a
  turn reported at probability ≥ 0.9; all-change recall the same for every change;
* false turns — reported turns that are not real (all, and those at ≥ 0.9);
* summary — mean and worst per-seed ECE, strong recall and false turns, and how many seeds
  reach ECE ≤ 0.05 and strong recall ≥ 0.8.

``--fit`` fits the calibration map on training seeds 101–110 of the worlds ours, short, long,
uniform and weekly, matched within one to three weeks (never the seeds reported). ``--png``
draws the reliability diagram (matplotlib, a dev-only dependency).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from detente.actors.dictionary import country_names
from detente.models import Document, Event
from detente.monitor.counts import REPORT_PROBABILITY, count_turns
from detente.monitor.dyad import dyad
from detente.store import Store

STRONG = 0.3  # a strong change moves the cooperation share by at least this much
BINS = np.linspace(0.0, 1.0, 11)


@dataclass(frozen=True, slots=True)
class Dyad:
    coop: np.ndarray  # weekly cooperative events (NaN-free; gap weeks are zero)
    conflict: np.ndarray
    covered: np.ndarray  # weeks with coverage
    change: int | None  # week of the true change
    strength: float  # |share after − share before| (0 without a change)


@dataclass(frozen=True, slots=True)
class World:
    """A synthetic world: how dyads are drawn and how a reported turn is matched."""

    weeks: tuple[int, int] = (26, 104)  # length of a dyad, inclusive
    rate: tuple[float, float] = (0.3, 3.0)  # events a day
    move: tuple[float, float] = (0.05, 0.7)  # size of the change of cooperation share
    independent: bool = False  # shares before and after drawn independently (0.02-0.98)
    margin: int = 28  # days between the change and either end
    weekly: bool = False  # the change falls on the first day of a week
    gaps: float = 0.3  # share of dyads with a coverage gap of 2-6 weeks
    burst: float = 0.0  # > 0: each day's share is Beta around the regime's, this concentration
    tolerance: int = 2  # weeks between a reported turn and the true change


WORLDS = {
    "ours": World(),
    "short": World(weeks=(13, 52)),
    "long": World(weeks=(104, 260)),
    "uniform": World(independent=True),
    "strong": World(move=(0.3, 0.8)),
    "weekly": World(weekly=True, margin=14),
    "edges": World(margin=7, gaps=0.0),
    "tol1": World(tolerance=1),
    "tol3": World(tolerance=3),
    "bursty": World(burst=20.0),
}


def simulate(rng: np.random.Generator, world: World = WORLDS["ours"]) -> Dyad:
    """One synthetic dyad of ``world`` (see the module docstring)."""
    weeks = int(rng.integers(world.weeks[0], world.weeks[1] + 1))
    days = weeks * 7
    rate = float(rng.uniform(*world.rate))
    before = float(rng.uniform(0.1, 0.9))
    share = np.full(days, before)
    change, strength = None, 0.0
    if rng.random() < 0.5:
        day = int(rng.integers(world.margin, days - world.margin))
        if world.weekly:
            day -= day % 7
        if world.independent:
            after = float(rng.uniform(0.02, 0.98))
        else:
            move = float(rng.uniform(*world.move))
            sign = 1.0 if rng.random() < 0.5 else -1.0
            if not 0.02 <= before + sign * move <= 0.98:
                sign = -sign
            after = float(np.clip(before + sign * move, 0.02, 0.98))
        share[day:] = after
        change, strength = day // 7, abs(after - before)
    daily = rng.poisson(rate, size=days)
    covered = np.ones(weeks, dtype=bool)
    if rng.random() < world.gaps:  # a coverage gap of 2–6 weeks
        length = int(rng.integers(2, 7))
        first = int(rng.integers(0, weeks - length))
        covered[first : first + length] = False
        daily = daily * np.repeat(covered, 7)
    if world.burst > 0:  # news comes in stories: a day's events share one mood
        share = rng.beta(world.burst * share, world.burst * (1.0 - share))
    coop = rng.binomial(daily, share)
    conflict = daily - coop
    return Dyad(
        coop.reshape(weeks, 7).sum(1).astype(float),
        conflict.reshape(weeks, 7).sum(1).astype(float),
        covered,
        change,
        strength,
    )


def judge(d: Dyad, turns: list, tolerance: int = 2) -> list[tuple[float, bool]]:
    """(probability, real) per reported turn; one turn per true change, likeliest first."""
    out, matched = [], False
    for t in sorted(turns, key=lambda t: -t.probability):
        real = d.change is not None and abs(t.index - d.change) <= tolerance and not matched
        matched = matched or real
        out.append((t.probability, real))
    return out


def turns_of(d: Dyad, use_coverage: bool = True, **options: object) -> list:
    """The turns :func:`count_turns` reports for one dyad (its defaults unless overridden)."""
    return count_turns(d.coop, d.conflict, covered=d.covered if use_coverage else None, **options)


FIRST_WEEK = dt.date(2020, 1, 6)  # a Monday: week 0 of every dyad written to a store


def _event(doc: Document, n: int, pair: tuple[str, str], day: dt.date, coop: bool) -> Event:
    """One asserted A→B event; the sector (``n``) keeps same-day events apart."""
    a, b = pair
    return Event(
        doc_id=doc.id, sentence_id=n, sentence="x", start=0, end=1, date=day,
        date_source="publication", source=f"{a}X{n}", source_country=a, source_sector=f"X{n}",
        source_name=a, target=b, target_country=b, target_sector="", target_name=b,
        cameo="051" if coop else "112", cameo_root="05" if coop else "11",
        plover="SUPPORT" if coop else "ACCUSE", quad_class=1 if coop else 3,
        goldstein=3.4 if coop else -2.0,
    )  # fmt: skip


def turns_via_dyad(dyads: list[Dyad], **options: object) -> list[list]:
    """The turns :func:`detente.monitor.dyad.dyad` reports for each dyad (its defaults unless
    overridden), written into a temporary store (one document per dyad and week with events,
    each event on its week's Monday; weeks without events have no document: gaps), as week
    indices."""
    codes = sorted(country_names())
    pairs = [(codes[2 * n], codes[2 * n + 1]) for n in range(len(dyads))]
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "c.duckdb") as store:
        coded = []
        for n, d in enumerate(dyads):
            for week, (coop, conflict) in enumerate(zip(d.coop, d.conflict, strict=True)):
                if not coop + conflict:
                    continue
                day = FIRST_WEEK + dt.timedelta(weeks=week)
                doc = Document(f"d{n}-{week}", day, "x")
                kinds = [True] * int(coop) + [False] * int(conflict)
                coded.append((doc, [_event(doc, k, pairs[n], day, c) for k, c in enumerate(kinds)]))
        store.write(coded)
        out = []
        for pair in pairs:
            result = dyad(store, *pair, **options)  # type: ignore[arg-type]
            out.append(
                [
                    SimpleNamespace(
                        index=(dt.date.fromisoformat(t.date) - FIRST_WEEK).days // 7,
                        probability=t.probability,
                    )
                    for t in result.turns
                ]
            )
    return out


def score(runs: list[tuple[Dyad, list]], tolerance: int = 2) -> dict[str, object]:
    """Reported turns against the truth: ECE, Brier, recall, false turns, reliability bins."""
    reported: list[tuple[float, bool]] = []
    strong = strong_hit = changes = change_hit = 0
    for d, turns in runs:
        judged = judge(d, turns, tolerance)
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
        "dyads": len(runs),
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


def summary(per_seed: dict[int, dict[str, object]]) -> dict[str, object]:
    """Per-seed spread: mean and worst ECE, strong recall and false turns; seeds that pass."""
    ece = np.array([r["ece"] for r in per_seed.values()], dtype=float)
    recall = np.array(
        [
            r["strong_recall_at_0.9"]
            for r in per_seed.values()
            if r["strong_recall_at_0.9"] is not None
        ]
    )
    false = np.array([r["false_turns"] for r in per_seed.values()])
    return {
        "seeds": len(per_seed),
        "ece_mean": round(float(ece.mean()), 4),
        "ece_worst": round(float(ece.max()), 4),
        "seeds_ece_le_0.05": int((ece <= 0.05).sum()),
        "strong_recall_mean": round(float(recall.mean()), 3),
        "strong_recall_worst": round(float(recall.min()), 3),
        "seeds_strong_recall_ge_0.8": int((recall >= 0.8).sum()),
        "false_turns_mean": round(float(false.mean()), 2),
        "false_turns_worst": int(false.max()),
    }


FIT_WORLDS = ("ours", "short", "long", "uniform", "weekly")
FIT_TOLERANCES = (1, 2, 3)


def fit(seeds: list[int], dyads_per_seed: int, worlds: tuple[str, ...] = FIT_WORLDS) -> tuple:
    """The calibration map ``c * expit(a + b * logit(p))`` of the raw posterior p, fitted on
    training dyads of several worlds, so that it does not hold for one simulator only.

    ``a`` and ``b`` by maximum likelihood over the candidate turns (raw probability >= 0.3),
    matched within two weeks; the ceiling ``c`` so that the turns reported by default (at
    ``REPORT_PROBABILITY`` or more) are on average as likely as the share of them that was real
    when a turn is matched within one, two or three weeks (:data:`FIT_TOLERANCES`).
    """
    from scipy.optimize import minimize
    from scipy.special import expit, logit

    judged: dict[int, list[tuple[float, bool]]] = {t: [] for t in FIT_TOLERANCES}
    for name in worlds:
        for seed in seeds:
            rng = np.random.default_rng(seed)
            for _ in range(dyads_per_seed):
                d = simulate(rng, WORLDS[name])
                turns = turns_of(d, min_probability=0.3, calibrated=False)
                for tolerance, pairs in judged.items():
                    pairs += judge(d, turns, tolerance)

    def arrays(pairs: list[tuple[float, bool]]) -> tuple[np.ndarray, np.ndarray]:
        x = logit(np.clip([q for q, _ in pairs], 1e-9, 1 - 1e-9))
        return x, np.array([r for _, r in pairs], dtype=float)

    x, y = arrays(judged[2])

    def loss(ab: np.ndarray) -> float:
        q = np.clip(expit(ab[0] + ab[1] * x), 1e-12, 1 - 1e-12)
        return float(-np.sum(y * np.log(q) + (1 - y) * np.log1p(-q)))

    a, b = minimize(loss, np.array([0.0, 1.0]), method="Nelder-Mead").x
    x, y = arrays([pair for pairs in judged.values() for pair in pairs])
    q, c = expit(a + b * x), 1.0
    for _ in range(20):  # the reported set depends on c: iterate to the fixed point
        top = c * q >= REPORT_PROBABILITY
        c = min(1.0, float(y[top].mean() / q[top].mean()))
    return round(float(a), 3), round(float(b), 3), round(c, 4)


def draw(result: dict[str, object], path: str, shown_from: float = REPORT_PROBABILITY) -> None:
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
    ax.scatter(xs, ys, s=sizes, color="tab:blue", zorder=3, label="turns (area = count)")
    for b in bins:
        ax.annotate(
            str(b["turns"]),
            (b["mean_probability"], b["share_real"]),
            textcoords="offset points",
            xytext=(6, -12),
            fontsize=8,
        )
    ax.axvline(REPORT_PROBABILITY, color="tab:red", linewidth=1, linestyle=":")
    ax.annotate(
        "reported by default",
        (REPORT_PROBABILITY, 0.05),
        textcoords="offset points",
        xytext=(-4, 0),
        ha="right",
        fontsize=8,
        color="tab:red",
    )
    ax.set_xlim(0, 1.02)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("turn probability (bin mean)")
    ax.set_ylabel("share of turns that are real")
    ax.set_title(
        f"Turn calibration: ECE {result['ece']:.3f}, Brier {result['brier']:.3f}\n"
        f"{result['dyads']} synthetic dyads, {result['reported']} turns at >= {shown_from:.1f}",
        fontsize=10,
    )
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left", fontsize=8, markerscale=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dyads", type=int, default=48, help="dyads per seed")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--world", choices=sorted(WORLDS), default="ours", help="synthetic world")
    parser.add_argument("--tolerance", type=int, help="weeks a turn may be off (world's default)")
    parser.add_argument(
        "--min-probability",
        type=float,
        help="report turns from this probability (default: the model's)",
    )
    parser.add_argument(
        "--through-dyad",
        action="store_true",
        help="score the turns dyad() reports from a store of the events (end to end, slower)",
    )
    parser.add_argument("--png", help="write the reliability diagram (all seeds) here")
    parser.add_argument("--ignore-coverage", action="store_true", help="treat gaps as calm")
    parser.add_argument(
        "--fit",
        action="store_true",
        help="fit the calibration map on training seeds 101-110 (200 dyads a seed and world)",
    )
    args = parser.parse_args()
    if args.fit:
        print(fit(list(range(101, 111)), 200))
        return
    world = WORLDS[args.world]
    tolerance = world.tolerance if args.tolerance is None else args.tolerance
    options = {} if args.min_probability is None else {"min_probability": args.min_probability}
    every: list[tuple[Dyad, list]] = []
    per_seed: dict[int, dict[str, object]] = {}
    for seed in args.seeds:
        rng = np.random.default_rng(seed)
        dyads = [simulate(rng, world) for _ in range(args.dyads)]
        if args.through_dyad:
            runs = list(zip(dyads, turns_via_dyad(dyads, **options), strict=True))
        else:
            runs = [(d, turns_of(d, not args.ignore_coverage, **options)) for d in dyads]
        every += runs
        result = score(runs, tolerance)
        result.pop("reliability")
        per_seed[seed] = result
    reported = "dyad()" if args.through_dyad else "count_turns"
    floor = REPORT_PROBABILITY if args.min_probability is None else args.min_probability
    out = {
        "world": args.world,
        "tolerance": tolerance,
        "scored": f"turns {reported} reports at >= {floor}",
        "per_seed": per_seed,
    }
    out["summary"] = summary(per_seed)
    out["all"] = score(every, tolerance)
    print(json.dumps(out, indent=2))
    if args.png:
        shown = REPORT_PROBABILITY if args.min_probability is None else args.min_probability
        draw(out["all"], args.png, shown)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
