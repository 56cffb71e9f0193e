"""What the store knew on a given day: events as of a date, the strongest signals (the series
and its turns come from :func:`detente.monitor.dyad.dyad` with ``as_of``).

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
