"""Dyad series from the store (SQL in DuckDB) and turning points with evidence.

A dyad's series counts asserted events per period by quad class in each direction, with
mean and summed Goldstein scores and a cooperation share. Turning points come from an exact Bayesian
segmentation of the cooperation/conflict counts of both directions together
(:mod:`detente.monitor.counts`). Events dated only to a year ("in 2014") stay out of series.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from detente.actors.dictionary import load_dictionary
from detente.errors import InputError
from detente.monitor.counts import count_turns
from detente.store import Store

FREQS = ("day", "week", "month")
EVIDENCE_PER_TURN = 5


@dataclass(frozen=True, slots=True)
class Regime:
    label: str  # cooperative / mixed / conflictual
    start: str
    end: str
    events: int
    mean_goldstein: float
    cooperation_share: float

    def describe(self) -> str:
        return f"{self.label}: mean Goldstein {self.mean_goldstein:+.1f} over {self.events} events"


@dataclass(frozen=True, slots=True)
class Turn:
    start: str
    end: str
    date: str
    probability: float
    direction: str  # to_conflict / to_cooperation
    before: Regime
    after: Regime
    evidence: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class DyadSeries:
    a: str
    b: str
    freq: str
    series: list[dict[str, Any]]
    turns: list[Turn]
    phases: list[Regime]

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "freq": self.freq,
            "series": self.series,
            "turns": [asdict(t) for t in self.turns],
            "phases": [asdict(p) for p in self.phases],
        }


def resolve_country(value: str) -> str:
    """An ISO3/IGO code or any alias ("Russia", "the Kremlin", "russian") → its code."""
    text = value.strip()
    if not text:
        raise InputError("empty actor name")
    entry = load_dictionary().lookup(text.removeprefix("the ").removeprefix("The "))
    if entry is not None:
        return entry.code
    if text.isalpha() and text.isupper() and 2 <= len(text) <= 4:
        return text
    raise InputError(f"unknown actor {value!r}: give an ISO3 code (e.g. RUS) or a country name")


def _label(share: float, mean: float) -> str:
    if share >= 0.6 and mean > 0:
        return "cooperative"
    if share <= 0.4 and mean < 0:
        return "conflictual"
    return "mixed"


# From ``event_days`` (distinct events per directed dyad and day, kept by every write): the
# same numbers as counting the ``events`` view, reading only this dyad's few rows. Each
# direction is its own branch so that its filter reaches the table scan (zone maps).
_SERIES_SQL = """
WITH d AS (
    SELECT date, dir, nullif(quad_class, -1) AS quad_class, events, goldstein_sum, goldstein_n
    FROM (SELECT *, 'ab' AS dir FROM event_days
          WHERE source_country = $a AND target_country = $b
          UNION ALL
          SELECT *, 'ba' AS dir FROM event_days
          WHERE source_country = $b AND target_country = $a AND $a <> $b)
    WHERE modality = 'asserted' AND NOT year_only
),
bounds AS (
    SELECT date_trunc($freq, coalesce($since, min(date)))::DATE AS lo,
           date_trunc($freq, coalesce($until, max(date)))::DATE AS hi
    FROM d
),
periods AS (
    SELECT unnest(generate_series(lo, hi, ('1 ' || $freq)::INTERVAL))::DATE AS period FROM bounds
),
ev AS (
    SELECT date_trunc($freq, date)::DATE AS period, dir, quad_class, events, goldstein_sum,
           goldstein_n
    FROM d
    WHERE ($since IS NULL OR date >= $since) AND ($until IS NULL OR date <= $until)
),
per AS (
    SELECT p.period,
           coalesce(sum(ev.events) FILTER (WHERE ev.quad_class IS NOT NULL), 0) AS events,
           coalesce(sum(ev.events) FILTER (WHERE ev.dir = 'ab'), 0) AS events_ab,
           coalesce(sum(ev.events) FILTER (WHERE ev.dir = 'ba'), 0) AS events_ba,
           coalesce(sum(ev.events) FILTER (WHERE ev.quad_class = 0), 0) AS q0,
           coalesce(sum(ev.events) FILTER (WHERE ev.quad_class = 1), 0) AS q1,
           coalesce(sum(ev.events) FILTER (WHERE ev.quad_class = 2), 0) AS q2,
           coalesce(sum(ev.events) FILTER (WHERE ev.quad_class = 3), 0) AS q3,
           coalesce(sum(ev.events) FILTER (WHERE ev.quad_class = 4), 0) AS q4,
           coalesce(sum(ev.goldstein_sum), 0) AS goldstein_sum,
           coalesce(sum(ev.goldstein_sum) FILTER (WHERE ev.dir = 'ab'), 0) AS goldstein_sum_ab,
           coalesce(sum(ev.goldstein_sum) FILTER (WHERE ev.dir = 'ba'), 0) AS goldstein_sum_ba,
           sum(ev.goldstein_sum) / nullif(sum(ev.goldstein_n), 0) AS goldstein_mean
    FROM periods p LEFT JOIN ev ON ev.period = p.period
    GROUP BY p.period
)
SELECT period, events::BIGINT AS events, events_ab::BIGINT AS events_ab,
       events_ba::BIGINT AS events_ba, q0::BIGINT AS q0, q1::BIGINT AS q1, q2::BIGINT AS q2,
       q3::BIGINT AS q3, q4::BIGINT AS q4, goldstein_sum::DOUBLE AS goldstein_sum,
       goldstein_sum_ab::DOUBLE AS goldstein_sum_ab,
       goldstein_sum_ba::DOUBLE AS goldstein_sum_ba, goldstein_mean,
       (q1 + q2)::DOUBLE / nullif(q1 + q2 + q3 + q4, 0) AS cooperation_share
FROM per ORDER BY period
"""

# The dyad's mentions in the turn's window, filtered before the mentions of one event are
# counted (an event's mentions share its day, dyad and modality, so all of them are there).
_EVIDENCE_SQL = """
WITH m AS (
    SELECT event_id, date, doc_id, sentence, start, "end", source, target, cameo, quad_class,
           goldstein, modality
    FROM (SELECT * FROM mentions WHERE source_country = $a AND target_country = $b
          UNION ALL
          SELECT * FROM mentions WHERE source_country = $b AND target_country = $a AND $a <> $b)
    WHERE modality = 'asserted' AND date BETWEEN $lo AND $hi
),
counted AS (SELECT *, count(*) OVER (PARTITION BY event_id) AS n_mentions FROM m)
SELECT date, doc_id, sentence, start, "end", source, target, cameo, quad_class, goldstein,
       modality, n_mentions
FROM counted
WHERE sign(goldstein) = $sign
ORDER BY abs(goldstein) * n_mentions DESC, date
LIMIT $limit
"""


def _regime(rows: list[dict[str, Any]], freq: str) -> Regime:
    events = sum(r["events"] for r in rows)
    total = sum(r["goldstein_sum"] for r in rows)
    coop = sum(r["q1"] + r["q2"] for r in rows)
    conflict = sum(r["q3"] + r["q4"] for r in rows)
    share = coop / (coop + conflict) if coop + conflict else 0.5
    mean = total / events if events else 0.0
    return Regime(
        _label(share, mean),
        rows[0]["period"],
        _period_end(rows[-1]["period"], freq),
        events,
        round(mean, 2),
        round(share, 3),
    )


def _period_end(period: str, freq: str) -> str:
    day = dt.date.fromisoformat(period)
    if freq == "day":
        return period
    if freq == "week":
        return (day + dt.timedelta(days=6)).isoformat()
    nxt = day.replace(year=day.year + day.month // 12, month=day.month % 12 + 1)
    return (nxt - dt.timedelta(days=1)).isoformat()


def dyad(
    store: Store,
    a: str,
    b: str,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    freq: str = "week",
    min_probability: float = 0.5,
) -> DyadSeries:
    """The A–B series, its turning points (with probability and evidence) and phases."""
    if freq not in FREQS:
        raise InputError(f"freq must be one of {', '.join(FREQS)}, got {freq!r}")
    a, b = resolve_country(a), resolve_country(b)
    params = {"a": a, "b": b, "freq": freq, "since": since, "until": until}
    rows = store.query(_SERIES_SQL, params)
    for row in rows:
        row["period"] = row["period"].isoformat()
        row["goldstein_sum"] = round(float(row["goldstein_sum"]), 2)
        for key in ("goldstein_mean", "cooperation_share"):
            row[key] = None if row[key] is None else round(float(row[key]), 3)
    if not rows or not any(r["events"] for r in rows):
        return DyadSeries(a, b, freq, rows, [], [])
    coop = np.array([r["q1"] + r["q2"] for r in rows], dtype=float)
    conflict = np.array([r["q3"] + r["q4"] for r in rows], dtype=float)
    changes = count_turns(coop, conflict, min_probability=min_probability)
    cuts = [0, *[c.index for c in changes], len(rows)]
    phases = [_regime(rows[lo:hi], freq) for lo, hi in zip(cuts, cuts[1:], strict=False) if hi > lo]
    turns = []
    for number, change in enumerate(changes):
        before, after = phases[number], phases[number + 1]
        sign = 1 if after.mean_goldstein >= before.mean_goldstein else -1
        lo = rows[max(change.start - 1, 0)]["period"]
        hi = _period_end(rows[min(change.end + 1, len(rows) - 1)]["period"], freq)
        evidence = store.query(
            _EVIDENCE_SQL,
            {"a": a, "b": b, "lo": lo, "hi": hi, "sign": sign, "limit": EVIDENCE_PER_TURN},
        )
        for item in evidence:
            item["date"] = item["date"].isoformat()
        turns.append(
            Turn(
                start=rows[change.start]["period"],
                end=_period_end(rows[change.end]["period"], freq),
                date=rows[change.index]["period"],
                probability=round(change.probability, 3),
                direction="to_cooperation" if sign > 0 else "to_conflict",
                before=before,
                after=after,
                evidence=evidence,
            )
        )
    return DyadSeries(a, b, freq, rows, turns, phases)
