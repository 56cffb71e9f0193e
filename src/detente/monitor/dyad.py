"""Dyad series from the store (SQL in DuckDB) and turning points with evidence.

A dyad's series counts asserted events per period by quad class in each direction, with
mean and summed Goldstein scores and a cooperation share. Turning points come from an exact Bayesian
segmentation of the cooperation/conflict counts of both directions together
(:mod:`detente.monitor.counts`): ``turns`` are the reported ones (probability at least
``min_probability``, :data:`~detente.monitor.counts.REPORT_PROBABILITY` = 0.9 by default) and
the phases lie between them; weaker turns down to 0.5 are listed apart as ``possible_turns``,
never mixed with the reported ones. Events dated only to a month or a year ("in 2014") stay out
of day and week series (``date_precision``) and are listed apart; periods without coverage are
gaps, not calm. The series reads the summary tables (``event_days``, ``import_days``: a few
rows per dyad and day, whatever the size of the store) unless ``as_of`` asks what was
published by a day, which only the dyad's mentions know.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from detente.actors.dictionary import load_dictionary
from detente.errors import InputError, UnknownActorError
from detente.monitor.changepoint import ChangePoint
from detente.monitor.counts import (
    POSSIBLE_PROBABILITY,
    REPORT_PROBABILITY,
    count_turns,
    hazard_for,
)
from detente.store import Store, summary

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
    as_of: str | None = None
    # events dated only to a month or year (coarser than ``freq``): counted, not plotted
    imprecise: list[dict[str, Any]] = field(default_factory=list)
    # turns at POSSIBLE_PROBABILITY up to (not including) min_probability: shown, not reported
    possible_turns: list[Turn] = field(default_factory=list)
    min_probability: float = REPORT_PROBABILITY  # the probability turns are reported from

    @property
    def events(self) -> int:
        """Every asserted event of the dyad in range: the series' and the imprecise ones."""
        return sum(r["events"] for r in self.series) + len(self.imprecise)

    @property
    def gaps(self) -> list[str]:
        """Periods without coverage: no document (or imported row) mentions either actor."""
        return [r["period"] for r in self.series if r.get("gap")]

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "freq": self.freq,
            "as_of": self.as_of,
            "events": self.events,
            "series": self.series,
            "gaps": self.gaps,
            "imprecise": self.imprecise,
            "min_probability": self.min_probability,
            "turns": [asdict(t) for t in self.turns],
            "possible_turns": [asdict(t) for t in self.possible_turns],
            "phases": [asdict(p) for p in self.phases],
        }


def threshold_text(probability: float) -> str:
    """A report threshold as text: two decimals, three when it needs them (0.90, 0.995)."""
    return f"{probability:.3f}".removesuffix("0")


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


# Asserted mentions of the dyad known by ``$as_of`` (published and dated by then), one row
# per event: the count of every view (overview, dyad, report, API) comes from here.
_EVENTS_CTE = f"""
dyad_mentions AS (  -- each direction its own branch: the filter reaches the scan (zone maps)
    SELECT * FROM mentions WHERE source_country = $a AND target_country = $b
    UNION ALL
    SELECT * FROM mentions WHERE source_country = $b AND target_country = $a AND $a <> $b
),
known AS (
    SELECT m.event_id, m.date, {summary.DATE_PRECISION} AS date_precision,
           m.source_country, m.cameo, m.quad_class, m.goldstein
    FROM dyad_mentions m LEFT JOIN documents d ON d.doc_id = m.doc_id
    WHERE m.modality = 'asserted'
      AND ($as_of IS NULL OR (m.date <= $as_of AND coalesce(d.date, m.date) <= $as_of))
),
dyad_events AS (
    SELECT event_id, any_value(date) AS date, any_value(date_precision) AS date_precision,
           any_value(source_country) AS source_country, any_value(cameo) AS cameo,
           any_value(quad_class) AS quad_class, any_value(goldstein) AS goldstein,
           count(*) AS n_mentions
    FROM known GROUP BY event_id
)"""

# The dyad's events as ``days`` rows (day, date precision, direction, quad class (-1: none),
# events, Goldstein sum and count), read two ways: one row per event from the mentions
# known by ``$as_of``, or, with no ``$as_of``, the dyad's rows of ``event_days``.
_DAYS_FROM_MENTIONS = (
    _EVENTS_CTE
    + """,
days AS (
    SELECT date, date_precision, CASE WHEN source_country = $a THEN 'ab' ELSE 'ba' END AS dir,
           coalesce(quad_class, -1) AS quad_class, 1 AS events,
           coalesce(goldstein, 0) AS goldstein_sum, (goldstein IS NOT NULL)::INTEGER AS goldstein_n
    FROM dyad_events
)"""
)
_DAYS_FROM_SUMMARY = """
days AS (  -- each direction its own branch: the filter reaches the scan (zone maps)
    SELECT date, date_precision, dir, quad_class, events, goldstein_sum, goldstein_n
    FROM (SELECT *, 'ab' AS dir FROM event_days
          WHERE source_country = $a AND target_country = $b
          UNION ALL
          SELECT *, 'ba' AS dir FROM event_days
          WHERE source_country = $b AND target_country = $a AND $a <> $b)
    WHERE modality = 'asserted'
)"""

# Documents (coded) or rows (imported) that mention either actor, per period of publication:
# imported rows are documents of their own (ids ``provenance:gid``), counted from
# ``import_days``; coded documents are counted once each from their mentions.
_COVERAGE_CTE = """
coded_actor AS (  -- either actor with anyone, one branch per column and actor
    SELECT doc_id, date FROM coded WHERE source_country = $a
    UNION ALL SELECT doc_id, date FROM coded WHERE source_country = $b
    UNION ALL SELECT doc_id, date FROM coded WHERE target_country = $a
    UNION ALL SELECT doc_id, date FROM coded WHERE target_country = $b
),
coverage AS (
    SELECT period, sum(documents) AS coverage FROM (
        SELECT date_trunc($freq, date)::DATE AS period, sum(n_rows) AS documents
        FROM import_days
        WHERE (source_country IN ($a, $b) OR target_country IN ($a, $b))
          AND ($as_of IS NULL OR date <= $as_of)
        GROUP BY ALL
        UNION ALL
        SELECT date_trunc($freq, coalesce(d.date, m.date))::DATE AS period,
               count(DISTINCT m.doc_id) AS documents
        FROM coded_actor m LEFT JOIN documents d ON d.doc_id = m.doc_id
        WHERE $as_of IS NULL OR (m.date <= $as_of AND coalesce(d.date, m.date) <= $as_of)
        GROUP BY ALL
    ) GROUP BY period
)"""

_SERIES_TAIL = """,
dated AS (
    SELECT * FROM days WHERE list_contains($precisions, date_precision)
),
bounds AS (
    SELECT date_trunc($freq, coalesce($since, min(date)))::DATE AS lo,
           date_trunc($freq, coalesce(least($until, $as_of), max(date)))::DATE AS hi
    FROM dated
),
periods AS (
    SELECT unnest(generate_series(lo, hi, ('1 ' || $freq)::INTERVAL))::DATE AS period FROM bounds
),
ev AS (
    SELECT date_trunc($freq, date)::DATE AS period, dir, quad_class, events, goldstein_sum,
           goldstein_n
    FROM dated
    WHERE ($since IS NULL OR date >= $since) AND ($until IS NULL OR date <= $until)
),
per AS (
    SELECT p.period,
           sum(ev.events) FILTER (WHERE ev.quad_class >= 0) AS events,
           sum(ev.events) FILTER (WHERE ev.dir = 'ab') AS events_ab,
           sum(ev.events) FILTER (WHERE ev.dir = 'ba') AS events_ba,
           sum(ev.events) FILTER (WHERE ev.quad_class = 0) AS q0,
           sum(ev.events) FILTER (WHERE ev.quad_class = 1) AS q1,
           sum(ev.events) FILTER (WHERE ev.quad_class = 2) AS q2,
           sum(ev.events) FILTER (WHERE ev.quad_class = 3) AS q3,
           sum(ev.events) FILTER (WHERE ev.quad_class = 4) AS q4,
           sum(ev.goldstein_sum) AS goldstein_sum,
           sum(ev.goldstein_sum) FILTER (WHERE ev.dir = 'ab') AS goldstein_sum_ab,
           sum(ev.goldstein_sum) FILTER (WHERE ev.dir = 'ba') AS goldstein_sum_ba,
           sum(ev.goldstein_sum) / nullif(sum(ev.goldstein_n), 0) AS goldstein_mean,
           any_value(c.coverage) AS coverage
    FROM periods p LEFT JOIN ev ON ev.period = p.period LEFT JOIN coverage c ON c.period = p.period
    GROUP BY p.period
)
SELECT period, coalesce(events, 0)::BIGINT AS events,
       coalesce(events_ab, 0)::BIGINT AS events_ab, coalesce(events_ba, 0)::BIGINT AS events_ba,
       coalesce(q0, 0)::BIGINT AS q0, coalesce(q1, 0)::BIGINT AS q1,
       coalesce(q2, 0)::BIGINT AS q2, coalesce(q3, 0)::BIGINT AS q3,
       coalesce(q4, 0)::BIGINT AS q4, coalesce(goldstein_sum, 0)::DOUBLE AS goldstein_sum,
       coalesce(goldstein_sum_ab, 0)::DOUBLE AS goldstein_sum_ab,
       coalesce(goldstein_sum_ba, 0)::DOUBLE AS goldstein_sum_ba, goldstein_mean,
       (coalesce(q1, 0) + coalesce(q2, 0))::DOUBLE
         / nullif(coalesce(q1, 0) + coalesce(q2, 0) + coalesce(q3, 0) + coalesce(q4, 0), 0)
         AS cooperation_share,
       coalesce(coverage, 0)::BIGINT AS coverage
FROM per ORDER BY period
"""

# The series by period: from the mentions (``$as_of`` given) or from ``event_days``.
_SERIES_SQL = {
    source: "WITH" + days + "," + _COVERAGE_CTE + _SERIES_TAIL
    for source, days in (("mentions", _DAYS_FROM_MENTIONS), ("summary", _DAYS_FROM_SUMMARY))
}

# Events whose date is coarser than the series' periods: counted, listed apart, not plotted.
_IMPRECISE_SQL = (
    "WITH"
    + _EVENTS_CTE
    + """
SELECT date, date_precision, source_country AS source, cameo, quad_class, goldstein, n_mentions
FROM dyad_events
WHERE NOT list_contains($precisions, date_precision)
  AND ($since IS NULL OR date >= date_trunc(date_precision, $since::DATE))
  AND ($until IS NULL OR date <= $until)
ORDER BY date, cameo
"""
)
# Whether ``event_days`` has any such event (the list itself needs the events' mentions).
_ANY_IMPRECISE_SQL = (
    "WITH"
    + _DAYS_FROM_SUMMARY
    + """
SELECT count(*) > 0 AS found FROM days
WHERE NOT list_contains($precisions, date_precision)
  AND ($since IS NULL OR date >= date_trunc(date_precision, $since::DATE))
  AND ($until IS NULL OR date <= $until)
"""
)

# The dyad's mentions in the turn's window, filtered before the mentions of one event are
# counted (an event's mentions share its day, dyad and modality, so all of them are there).
_EVIDENCE_SQL = f"""
WITH m AS (
    SELECT m.* FROM (
        SELECT * FROM mentions WHERE source_country = $a AND target_country = $b
        UNION ALL
        SELECT * FROM mentions WHERE source_country = $b AND target_country = $a AND $a <> $b
    ) m LEFT JOIN documents d ON d.doc_id = m.doc_id
    WHERE m.modality = 'asserted' AND m.date BETWEEN $lo AND $hi
      AND list_contains($precisions, {summary.DATE_PRECISION})
      AND ($as_of IS NULL OR coalesce(d.date, m.date) <= $as_of)
),
counted AS (SELECT *, count(*) OVER (PARTITION BY event_id) AS n_mentions FROM m)
SELECT date, doc_id, sentence, start, "end", source, target, cameo, quad_class, goldstein,
       modality, n_mentions
FROM counted
WHERE sign(goldstein) = $sign
ORDER BY abs(goldstein) * n_mentions DESC, date, doc_id, mention_id  -- ties: same every time
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


def _precisions(freq: str) -> list[str]:
    """Date precisions fine enough for periods of ``freq``."""
    return ["day", "month"] if freq == "month" else ["day"]


def _series(
    store: Store, params: dict[str, Any], *, from_summary: bool
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows of the series and the imprecise events, counted from ``event_days`` or from
    the dyad's mentions (the same answer when ``$as_of`` is None; the mentions also know
    when each document was published)."""
    rows = store.query(_SERIES_SQL["summary" if from_summary else "mentions"], params)
    listing = {k: v for k, v in params.items() if k != "freq"}
    wanted = ("a", "b", "since", "until", "precisions")
    imprecise = (
        store.query(_IMPRECISE_SQL, listing)
        if not from_summary
        or store.query(_ANY_IMPRECISE_SQL, {k: params[k] for k in wanted})[0]["found"]
        else []
    )
    for item in imprecise:
        item["date"] = item["date"].isoformat()
    for row in rows:
        row["period"] = row["period"].isoformat()
        for key in ("goldstein_sum", "goldstein_sum_ab", "goldstein_sum_ba"):
            row[key] = round(float(row[key]), 2)
        row["gap"] = not row["coverage"] and not row["events"]
        for key in ("goldstein_mean", "cooperation_share"):
            row[key] = None if row[key] is None else round(float(row[key]), 3)
    return rows, imprecise


def _evidence(
    store: Store, params: dict[str, Any], rows: list[dict[str, Any]], change: ChangePoint, sign: int
) -> list[dict[str, Any]]:
    """The strongest asserted mentions around ``change`` whose Goldstein sign is ``sign``."""
    freq = params["freq"]
    lo = rows[max(change.start - 1, 0)]["period"]
    hi = _period_end(rows[min(change.end + 1, len(rows) - 1)]["period"], freq)
    wanted = ("a", "b", "as_of", "precisions")
    found = store.query(
        _EVIDENCE_SQL,
        {
            **{k: params[k] for k in wanted},
            "lo": lo,
            "hi": hi,
            "sign": sign,
            "limit": EVIDENCE_PER_TURN,
        },
    )
    for item in found:
        item["date"] = item["date"].isoformat()
    return found


def _turn(
    store: Store,
    params: dict[str, Any],
    rows: list[dict[str, Any]],
    change: ChangePoint,
    before: Regime,
    after: Regime,
) -> Turn:
    sign = 1 if after.mean_goldstein >= before.mean_goldstein else -1
    return Turn(
        start=rows[change.start]["period"],
        end=_period_end(rows[change.end]["period"], params["freq"]),
        date=rows[change.index]["period"],
        probability=round(change.probability, 3),
        direction="to_cooperation" if sign > 0 else "to_conflict",
        before=before,
        after=after,
        evidence=_evidence(store, params, rows, change, sign),
    )


def dyad(
    store: Store,
    a: str,
    b: str,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    freq: str = "week",
    min_probability: float = REPORT_PROBABILITY,
    as_of: dt.date | None = None,
) -> DyadSeries:
    """The A–B series, its turning points (with probability and evidence) and phases.

    ``as_of`` answers as an analyst would have that day: only documents published and events
    dated by then. Periods without coverage are gaps (``gap``: true), unobserved by the
    turn model; events dated only to a month or year stay out of day and week series and are
    listed in ``imprecise``.

    ``turns`` are the turns reported at ``min_probability`` or more (default
    :data:`~detente.monitor.counts.REPORT_PROBABILITY`, 0.9: the sharp turns whose probabilities
    hold dyad set by dyad set, docs/calibration.md), and ``phases`` are the regimes between
    them. Turns from :data:`~detente.monitor.counts.POSSIBLE_PROBABILITY` (0.5) up to
    ``min_probability`` are ``possible_turns``: honest on average but few and their date the
    least certain; each one's ``before``/``after`` are the two parts of the phase it falls in.
    A lower ``min_probability`` reports more turns (and leaves fewer possible ones).
    """
    if freq not in FREQS:
        raise InputError(f"freq must be one of {', '.join(FREQS)}, got {freq!r}")
    if not 0.0 <= min_probability <= 1.0:
        raise InputError(f"min_probability must be between 0 and 1, got {min_probability!r}")
    a, b = known_actor(store, a), known_actor(store, b)
    precisions = _precisions(freq)
    params = {
        "a": a,
        "b": b,
        "freq": freq,
        "since": since,
        "until": until,
        "as_of": as_of,
        "precisions": precisions,
    }
    rows, imprecise = _series(store, params, from_summary=as_of is None)
    stamp = as_of.isoformat() if as_of else None
    if not rows or not any(r["events"] for r in rows):
        return DyadSeries(a, b, freq, rows, [], [], stamp, imprecise, [], min_probability)
    coop = np.array([r["q1"] + r["q2"] for r in rows], dtype=float)
    conflict = np.array([r["q3"] + r["q4"] for r in rows], dtype=float)
    covered = np.array([not r["gap"] for r in rows])
    changes = count_turns(
        coop,
        conflict,
        min_probability=min(min_probability, POSSIBLE_PROBABILITY),
        hazard=hazard_for(freq),
        covered=covered,
    )
    # on the probability as shown (three decimals): every listed turn is on its side of the line
    reported = [c for c in changes if round(c.probability, 3) >= min_probability]
    cuts = [0, *[c.index for c in reported], len(rows)]
    phases = [_regime(rows[lo:hi], freq) for lo, hi in zip(cuts, cuts[1:], strict=False) if hi > lo]
    turns = [
        _turn(store, params, rows, change, phases[number], phases[number + 1])
        for number, change in enumerate(reported)
    ]
    possible = []
    for change in changes:
        if change in reported:
            continue
        # the phase it falls in (windows do not overlap, so it is inside one), split at it
        number = sum(cut <= change.index for cut in cuts[1:-1])
        lo, hi = cuts[number], cuts[number + 1]
        before, after = (
            _regime(rows[lo : change.index], freq),
            _regime(rows[change.index : hi], freq),
        )
        possible.append(_turn(store, params, rows, change, before, after))
    return DyadSeries(a, b, freq, rows, turns, phases, stamp, imprecise, possible, min_probability)
