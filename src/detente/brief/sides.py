"""Third parties taking sides and gestures left unanswered (rules in :mod:`detente.brief.build`)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from detente.brief import asof
from detente.brief.build import (
    ANSWER_ROOTS,
    GESTURE_ROOTS,
    NON_RESPONSE_ROOTS,
    BriefConfig,
    Side,
    Silence,
    Triad,
    actor_name,
)
from detente.store import Store

# A negated answer-type event is an explicit non-response only when its sentence speaks of an
# answer ("has not responded", "left the offer unanswered", "ignored", "remained silent"); a
# denial that talks are planned is not one.
RESPONSE_CUE = re.compile(
    r"\b(respond\w*|responses?|repl(y|ies|ied|ying)|answer\w*|unanswered|react\w*|ignor\w*|silen\w*)\b",
    re.IGNORECASE,
)

_TRIADS_SQL = (
    asof.events_cte(asof.THIRD)
    + """,
toward AS (
    SELECT *, row_number() OVER (PARTITION BY src, tgt
                                 ORDER BY abs(goldstein) * n_mentions DESC, date DESC,
                                          event_id) AS strength_rank
    FROM ev WHERE modality = 'asserted' AND date BETWEEN $lo AND $as_of
)
SELECT src AS third, tgt AS side, count(*) AS events,
       count(*) FILTER (WHERE quad_class IN (1, 2)) AS coop,
       count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
       avg(goldstein) AS mean_goldstein,
       any_value(struct_pack(date := date, source := source, target := target, cameo := cameo,
                             goldstein := goldstein, sentence := sentence, doc_id := doc_id,
                             url := url))
         FILTER (WHERE strength_rank = 1) AS strongest
FROM toward
GROUP BY src, tgt
ORDER BY src, tgt
"""
)

# Asserted cooperative A–B events (roots 02–08): the gestures and their possible answers.
_FRIENDLY_SQL = (
    asof.events_cte(asof.DYAD)
    + f"""
SELECT date, src, tgt, cameo, cameo_root, sentence, doc_id, url FROM ev
WHERE modality = 'asserted' AND cameo_root IN {tuple(sorted({*GESTURE_ROOTS, *ANSWER_ROOTS}))}
  AND date BETWEEN $lo AND $as_of
ORDER BY date, event_id
"""
)

_NON_RESPONSES_SQL = (
    asof.events_cte(asof.DYAD)
    + f"""
SELECT date, src, tgt, cameo, sentence, doc_id, sentence_id, source_start, url FROM ev
WHERE modality = 'negated' AND cameo_root IN {NON_RESPONSE_ROOTS}
  AND date BETWEEN $lo AND $as_of
ORDER BY date, doc_id, sentence_id, source_start NULLS LAST
"""
)


def _side(row: dict[str, Any] | None) -> Side:
    if row is None:
        return Side(0, 0, 0, 0.0)
    return Side(row["events"], row["coop"], row["conflict"], round(float(row["mean_goldstein"]), 2))


def _sides_with(a: str, b: str, with_a: Side, with_b: Side) -> str | None:
    if with_b.lean == "cooperative" and with_a.lean == "conflictual":
        return b
    if with_a.lean == "cooperative" and with_b.lean == "conflictual":
        return a
    return None


def triads(
    store: Store, a: str, b: str, as_of: dt.date, lo: dt.date, config: BriefConfig
) -> list[Triad]:
    """Third parties with asserted events toward both A and B between ``lo`` and ``as_of``:
    those taking a side first, then the busiest."""
    rows = store.query(_TRIADS_SQL, {"a": a, "b": b, "as_of": as_of, "lo": lo})
    by_third: dict[str, dict[str, dict[str, Any]]] = {}
    for row in rows:
        by_third.setdefault(row["third"], {})[row["side"]] = row
    found = []
    for third, sides in by_third.items():
        if a not in sides or b not in sides:
            continue
        with_a, with_b = _side(sides[a]), _side(sides[b])
        evidence = []
        for code in (a, b):
            item = dict(sides[code]["strongest"])
            item["date"] = item["date"].isoformat()
            item["to"] = code
            evidence.append(item)
        found.append(
            Triad(third, actor_name(third), _sides_with(a, b, with_a, with_b), with_a, with_b,
                  evidence)
        )  # fmt: skip
    found.sort(key=lambda t: (t.sides_with is None, -(t.with_a.events + t.with_b.events), t.third))
    return found[: config.triads]


def _is_reply(g: dict[str, Any], friendly: list[dict[str, Any]], days: int) -> bool:
    """A gesture within ``days`` after a cooperative event of the other side, or the first
    answer to a gesture of the other side that was still open, is a reply, not an overture."""
    back = [f for f in friendly if f["src"] == g["tgt"] and f["date"] <= g["date"]]
    if any((g["date"] - f["date"]).days <= days for f in back):
        return True
    if g["cameo_root"] not in ANSWER_ROOTS:
        return False
    mine = [f for f in friendly if f["src"] == g["src"] and f["cameo_root"] in ANSWER_ROOTS]
    return any(
        h["cameo_root"] in GESTURE_ROOTS
        and not any(h["date"] <= f["date"] < g["date"] for f in mine)
        for h in back
    )


def _unanswered(store: Store, params: dict[str, Any], days: int) -> list[Silence]:
    as_of, lo = params["as_of"], params["lo"]
    # Context: events up to ``days`` before the window can make a gesture in it a reply.
    friendly = store.query(_FRIENDLY_SQL, {**params, "lo": lo - dt.timedelta(days=days)})
    found = []
    for g in friendly:
        if g["date"] < lo or g["cameo_root"] not in GESTURE_ROOTS:
            continue
        if _is_reply(g, friendly, days):
            continue
        answers = [
            f["date"]
            for f in friendly
            if f["src"] == g["tgt"] and f["cameo_root"] in ANSWER_ROOTS and f["date"] >= g["date"]
        ]
        answered = min(answers, default=None)
        waited = ((answered or as_of) - g["date"]).days
        if waited < days or (answered is not None and waited <= days):
            continue
        late = answered.isoformat() if answered else None
        found.append(_silence(g, g["src"], g["tgt"], waited, "unanswered", late))
    return found


def _silence(
    row: dict[str, Any], from_: str, to: str, days: int, kind: str, answered: str | None = None
) -> Silence:
    """A silence of ``from_`` toward ``to`` told by the event ``row`` (the gesture left
    unanswered, or the sentence saying there was no answer)."""
    return Silence(
        date=row["date"].isoformat(),
        from_=from_,
        to=to,
        cameo=row["cameo"],
        sentence=row["sentence"],
        doc_id=row["doc_id"],
        url=row["url"],
        days_unanswered=days,
        kind=kind,
        answered=answered,
    )


def silences(
    store: Store, a: str, b: str, as_of: dt.date, lo: dt.date, config: BriefConfig
) -> list[Silence]:
    """Gestures between ``lo`` and ``as_of`` unanswered within ``config.silence_days`` and
    explicit non-responses, in date order."""
    params = {"a": a, "b": b, "as_of": as_of, "lo": lo}
    found = _unanswered(store, params, config.silence_days)
    seen: set[tuple[str, int]] = set()
    for row in store.query(_NON_RESPONSES_SQL, params):
        key = (row["doc_id"], row["sentence_id"])
        if (
            not RESPONSE_CUE.search(row["sentence"] or "") or key in seen
        ):  # the same sentence read both ways: its subject is the silent side
            continue
        seen.add(key)
        found.append(_silence(row, row["tgt"], row["src"], (as_of - row["date"]).days, "explicit"))
    found.sort(key=lambda s: (s.date, s.kind, s.from_))
    return found
