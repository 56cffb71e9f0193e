"""Dyad series from the store (SQL in DuckDB) and turning points with evidence.

A dyad's series counts asserted events per period by quad class in each direction, with
mean and summed Goldstein scores and a cooperation share. Turning points come from an exact Bayesian
segmentation of the cooperation/conflict counts of both directions together
(:mod:`detente.monitor.counts`). Events dated only to a year ("in 2014") stay out of series.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from detente.actors.dictionary import load_dictionary
from detente.errors import InputError, UnknownActorError
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
    raise UnknownActorError(value, _close_names(text))


def _close_names(text: str) -> list[str]:
    """Known names close to ``text``, as "Russia (RUS)", one per code."""
    book = load_dictionary()
    names = difflib.get_close_matches(text.lower(), list(book.aliases), n=5, cutoff=0.75)
    found: dict[str, str] = {}
    for name in names:
        code = book.aliases[name][0].code
        found.setdefault(code, f"{name if name[:1].isupper() else name.title()} ({code})")
    return list(found.values())[:3]


_KNOWN_SQL = """
SELECT 1 FROM mentions
WHERE source_country = $code OR target_country = $code OR source = $code OR target = $code
LIMIT 1
"""
_STORE_CODES_SQL = """
SELECT DISTINCT code FROM (
    SELECT source_country AS code FROM mentions UNION ALL SELECT target_country FROM mentions
) WHERE code IS NOT NULL AND code <> ''
"""


def known_actor(store: Store | None, value: str, *, full_codes: bool = False) -> str:
    """:func:`resolve_country`, but a code must be one the dictionaries or ``store`` know:
    anything else raises :class:`UnknownActorError` with the closest known codes or names.
    With ``full_codes`` a stored actor code of any length ("RUSGOV") is accepted too."""
    book = load_dictionary()
    text = value.strip()
    code = text if full_codes and text.isalpha() and text.isupper() else resolve_country(value)
    codes = {e.code for entries in book.aliases.values() for e in entries}
    if code in codes:
        return code
    if store is not None and store.query(_KNOWN_SQL, {"code": code}):
        return code
    if text.isupper():
        pool = codes | (
            {r["code"] for r in store.query(_STORE_CODES_SQL)} if store is not None else set()
        )
        close = difflib.get_close_matches(text, sorted(pool), n=3, cutoff=0.6)
    else:
        close = _close_names(text)
    raise UnknownActorError(value, list(dict.fromkeys(close)))


def _label(share: float, mean: float) -> str:
    if share >= 0.6 and mean > 0:
        return "cooperative"
    if share <= 0.4 and mean < 0:
        return "conflictual"
    return "mixed"


_SERIES_SQL = """
WITH bounds AS (
    SELECT date_trunc($freq, coalesce($since, min(date)))::DATE AS lo,
           date_trunc($freq, coalesce($until, max(date)))::DATE AS hi
    FROM events
    WHERE modality = 'asserted' AND date_source IS DISTINCT FROM 'text_year'
      AND ((source_country = $a AND target_country = $b)
        OR (source_country = $b AND target_country = $a))
),
periods AS (
    SELECT unnest(generate_series(lo, hi, ('1 ' || $freq)::INTERVAL))::DATE AS period FROM bounds
),
ev AS (
    SELECT date_trunc($freq, date)::DATE AS period,
           CASE WHEN source_country = $a THEN 'ab' ELSE 'ba' END AS dir,
           quad_class, goldstein, n_mentions
    FROM events
    WHERE modality = 'asserted' AND date_source IS DISTINCT FROM 'text_year'
      AND ((source_country = $a AND target_country = $b)
        OR (source_country = $b AND target_country = $a))
      AND ($since IS NULL OR date >= $since) AND ($until IS NULL OR date <= $until)
)
SELECT p.period,
       count(ev.quad_class) AS events,
       count(*) FILTER (WHERE ev.dir = 'ab') AS events_ab,
       count(*) FILTER (WHERE ev.dir = 'ba') AS events_ba,
       count(*) FILTER (WHERE ev.quad_class = 0) AS q0,
       count(*) FILTER (WHERE ev.quad_class = 1) AS q1,
       count(*) FILTER (WHERE ev.quad_class = 2) AS q2,
       count(*) FILTER (WHERE ev.quad_class = 3) AS q3,
       count(*) FILTER (WHERE ev.quad_class = 4) AS q4,
       coalesce(sum(ev.goldstein), 0) AS goldstein_sum,
       coalesce(sum(ev.goldstein) FILTER (WHERE ev.dir = 'ab'), 0) AS goldstein_sum_ab,
       coalesce(sum(ev.goldstein) FILTER (WHERE ev.dir = 'ba'), 0) AS goldstein_sum_ba,
       avg(ev.goldstein) AS goldstein_mean,
       count(*) FILTER (WHERE ev.quad_class IN (1, 2))::DOUBLE
         / nullif(count(*) FILTER (WHERE ev.quad_class IN (1, 2, 3, 4)), 0) AS cooperation_share
FROM periods p LEFT JOIN ev ON ev.period = p.period
GROUP BY p.period ORDER BY p.period
"""

_EVIDENCE_SQL = """
SELECT m.date, m.doc_id, m.sentence, m.start, m."end", m.source, m.target, m.cameo,
       m.quad_class, m.goldstein, m.modality, e.n_mentions
FROM mentions m JOIN events e USING (event_id)
WHERE m.modality = 'asserted' AND m.date BETWEEN $lo AND $hi
  AND sign(m.goldstein) = $sign
  AND ((m.source_country = $a AND m.target_country = $b)
    OR (m.source_country = $b AND m.target_country = $a))
ORDER BY abs(m.goldstein) * e.n_mentions DESC, m.date
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
    a, b = known_actor(store, a), known_actor(store, b)
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
