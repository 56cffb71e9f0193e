"""What the store knew on a given day: events as of a date, a dyad's series and its turns.

*As-of honesty*: a brief written as of day D uses only what was published by D. A coded
mention counts when its document's publication date is on or before D (and the event itself is
dated on or before D); an imported GDELT/ICEWS row, which has no document, counts by its event
date. Mentions are then grouped into events by ``event_id`` exactly as the store's ``events``
view does, but counting only the visible mentions, so a later report of an old event changes
neither its mention count nor its evidence. Events dated only to a year stay out, as in
:func:`detente.monitor.dyad.dyad`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from detente.monitor.counts import count_turns
from detente.monitor.dyad import DyadSeries, Regime, Turn, _period_end, _regime
from detente.store import Store

# Events of A and B with each other.
DYAD = """((m.source_country = $a AND m.target_country = $b)
        OR (m.source_country = $b AND m.target_country = $a))"""
# Events of a third party toward A or B.
THIRD = """m.target_country IN ($a, $b) AND m.source_country NOT IN ($a, $b)
        AND coalesce(m.source_country, '') <> ''"""


def events_cte(scope: str) -> str:
    """``WITH ... ev AS (...)``: one row per event visible as of ``$as_of`` within ``scope``
    (a condition on mentions ``m``), its evidence taken from the earliest-published mention."""
    return f"""
WITH visible AS (
    SELECT m.event_id, m.date, m.date_precision, m.source, m.target,
           m.source_country AS src, m.target_country AS tgt, m.cameo, m.cameo_root, m.plover,
           m.quad_class, m.goldstein, m.modality, m.sentence, m.sentence_id, m.doc_id,
           m.source_start, coalesce(nullif(m.url, ''), d.url, '') AS url,
           coalesce(d.title, '') AS title, coalesce(d.date, m.date) AS published
    FROM mentions m LEFT JOIN documents d ON d.doc_id = m.doc_id
    WHERE m.date <= $as_of AND coalesce(d.date, m.date) <= $as_of
      AND m.date_source IS DISTINCT FROM 'text_year' AND {scope}
),
ranked AS (
    SELECT *, count(*) OVER (PARTITION BY event_id) AS n_mentions,
           row_number() OVER (PARTITION BY event_id
                              ORDER BY published, doc_id, sentence_id) AS mention_rank
    FROM visible
),
ev AS (SELECT * EXCLUDE (mention_rank) FROM ranked WHERE mention_rank = 1)
"""


_SERIES_SQL = (
    events_cte(DYAD)
    + """,
asserted AS (SELECT * FROM ev WHERE modality = 'asserted'),
bounds AS (
    SELECT date_trunc($freq, min(date))::DATE AS lo, date_trunc($freq, $as_of::DATE)::DATE AS hi
    FROM asserted
),
periods AS (
    SELECT unnest(generate_series(lo, hi, ('1 ' || $freq)::INTERVAL))::DATE AS period
    FROM bounds WHERE lo IS NOT NULL
),
per AS (
    SELECT date_trunc($freq, date)::DATE AS period,
           CASE WHEN src = $a THEN 'ab' ELSE 'ba' END AS dir, quad_class, goldstein
    FROM asserted
)
SELECT p.period,
       count(per.quad_class) AS events,
       count(*) FILTER (WHERE per.dir = 'ab') AS events_ab,
       count(*) FILTER (WHERE per.dir = 'ba') AS events_ba,
       count(*) FILTER (WHERE per.quad_class = 0) AS q0,
       count(*) FILTER (WHERE per.quad_class = 1) AS q1,
       count(*) FILTER (WHERE per.quad_class = 2) AS q2,
       count(*) FILTER (WHERE per.quad_class = 3) AS q3,
       count(*) FILTER (WHERE per.quad_class = 4) AS q4,
       coalesce(sum(per.goldstein), 0) AS goldstein_sum,
       coalesce(sum(per.goldstein) FILTER (WHERE per.dir = 'ab'), 0) AS goldstein_sum_ab,
       coalesce(sum(per.goldstein) FILTER (WHERE per.dir = 'ba'), 0) AS goldstein_sum_ba,
       avg(per.goldstein) AS goldstein_mean,
       count(*) FILTER (WHERE per.quad_class IN (1, 2))::DOUBLE
         / nullif(count(*) FILTER (WHERE per.quad_class IN (1, 2, 3, 4)), 0) AS cooperation_share
FROM periods p LEFT JOIN per ON per.period = p.period
GROUP BY p.period ORDER BY p.period
"""
)

# The strongest asserted A–B events of one sign between two days (strength: |Goldstein| ×
# mentions, as the dyad's turn evidence), ties broken by the later date.
_SIGNALS_SQL = (
    events_cte(DYAD)
    + """
SELECT * FROM ev
WHERE modality = 'asserted' AND date BETWEEN $lo AND $hi AND sign(goldstein) = $sign
ORDER BY abs(goldstein) * n_mentions * pow(0.5, date_diff('day', date, $as_of) / $half_life)
    DESC, date DESC, event_id
LIMIT $limit
"""
)

LATEST_SQL = """
SELECT max(coalesce(d.date, m.date)) AS latest
FROM mentions m LEFT JOIN documents d ON d.doc_id = m.doc_id
WHERE (m.source_country = $a AND m.target_country = $b)
   OR (m.source_country = $b AND m.target_country = $a)
"""


def latest_date(store: Store, a: str, b: str) -> dt.date | None:
    """The last publication (or, for imported rows, event) date of any A–B mention."""
    rows = store.query(LATEST_SQL, {"a": a, "b": b})
    return rows[0]["latest"] if rows else None


def strongest(
    store: Store,
    a: str,
    b: str,
    as_of: dt.date,
    lo: dt.date,
    hi: dt.date,
    sign: int,
    limit: int,
    half_life: float = 30.0,
) -> list[dict[str, Any]]:
    """The ``limit`` strongest asserted A–B events with Goldstein sign ``sign`` in [lo, hi]:
    |Goldstein| × mentions, halved for every ``half_life`` days before ``as_of`` (what is
    news on the day counts more than an older act of the same weight)."""
    params = {
        "a": a,
        "b": b,
        "as_of": as_of,
        "lo": lo,
        "hi": hi,
        "sign": sign,
        "limit": limit,
        "half_life": float(half_life),
    }
    return store.query(_SIGNALS_SQL, params)


def series_as_of(
    store: Store,
    a: str,
    b: str,
    as_of: dt.date,
    *,
    freq: str = "week",
    min_probability: float = 0.5,
) -> DyadSeries:
    """The A–B series up to ``as_of`` and its turning points and phases, computed as
    :func:`detente.monitor.dyad.dyad` does but from what was published by ``as_of`` only.
    Turn evidence: the strongest visible events in the turn's direction around it."""
    rows = store.query(_SERIES_SQL, {"a": a, "b": b, "as_of": as_of, "freq": freq})
    for row in rows:
        row["period"] = row["period"].isoformat()
        row["goldstein_sum"] = round(float(row["goldstein_sum"]), 2)
        row["goldstein_sum_ab"] = round(float(row["goldstein_sum_ab"]), 2)
        row["goldstein_sum_ba"] = round(float(row["goldstein_sum_ba"]), 2)
        for key in ("goldstein_mean", "cooperation_share"):
            row[key] = None if row[key] is None else round(float(row[key]), 3)
    if not any(r["events"] for r in rows):
        return DyadSeries(a, b, freq, rows, [], [])
    coop = np.array([r["q1"] + r["q2"] for r in rows], dtype=float)
    conflict = np.array([r["q3"] + r["q4"] for r in rows], dtype=float)
    changes = count_turns(coop, conflict, min_probability=min_probability)
    cuts = [0, *[c.index for c in changes], len(rows)]
    phases: list[Regime] = [
        _regime(rows[lo:hi], freq) for lo, hi in zip(cuts, cuts[1:], strict=False) if hi > lo
    ]
    turns = []
    for number, change in enumerate(changes):
        before, after = phases[number], phases[number + 1]
        sign = 1 if after.mean_goldstein >= before.mean_goldstein else -1
        lo = dt.date.fromisoformat(rows[max(change.start - 1, 0)]["period"])
        hi = dt.date.fromisoformat(
            _period_end(rows[min(change.end + 1, len(rows) - 1)]["period"], freq)
        )
        evidence = strongest(store, a, b, as_of, lo, min(hi, as_of), sign, 5)
        turns.append(
            Turn(
                start=rows[change.start]["period"],
                end=_period_end(rows[change.end]["period"], freq),
                date=rows[change.index]["period"],
                probability=round(change.probability, 3),
                direction="to_cooperation" if sign > 0 else "to_conflict",
                before=before,
                after=after,
                evidence=[_evidence(e) for e in evidence],
            )
        )
    return DyadSeries(a, b, freq, rows, turns, phases)


def _evidence(row: dict[str, Any]) -> dict[str, Any]:
    """A turn-evidence item with the keys ``dyad`` gives."""
    return {
        "date": row["date"].isoformat(),
        "doc_id": row["doc_id"],
        "sentence": row["sentence"],
        "source": row["source"],
        "target": row["target"],
        "cameo": row["cameo"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "modality": row["modality"],
        "n_mentions": row["n_mentions"],
        "url": row["url"],
    }
