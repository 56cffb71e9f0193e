"""The brief's summary: three to six sentences of prose from the data, by fixed templates.

1. the state of the relationship (the present phase), 2. the latest turn with its date range
and probability (or that there is none), 3. the strongest signals for it, 4. what speaks
against it, then, when there are any, 5. third parties taking sides and 6. silences.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from detente.brief.build import Brief, actor_name
from detente.monitor.dyad import threshold_text

# What an event of a CAMEO code (or, failing that, its root) did, as "<source> <verb> <target>".
VERBS = {
    "01": "made a statement about",
    "016": "rejected claims of",
    "02": "appealed to",
    "03": "signalled willingness to cooperate with",
    "036": "offered talks to",
    "04": "consulted",
    "042": "visited",
    "043": "hosted",
    "046": "negotiated with",
    "05": "engaged diplomatically with",
    "051": "praised",
    "057": "signed an agreement with",
    "06": "cooperated with",
    "07": "gave aid to",
    "08": "yielded to",
    "085": "eased sanctions on",
    "09": "investigated",
    "10": "made demands of",
    "11": "criticised",
    "111": "denounced",
    "112": "accused",
    "12": "rejected",
    "13": "threatened",
    "14": "protested against",
    "15": "showed force against",
    "16": "cut ties with",
    "163": "imposed an embargo on",
    "17": "coerced",
    "174": "expelled citizens of",
    "18": "assaulted",
    "19": "fought",
    "20": "used mass violence against",
}
_ARTICLE = ("United", "Russian Federation", "Netherlands", "Philippines", "European", "Republic")
MAX_NAMED = 3  # signals named in one sentence


def name(code: str) -> str:
    text = actor_name(code)
    return "the " + text if text.startswith(_ARTICLE) else text


def day(value: str) -> str:
    """``2017-02-02`` → ``2 February 2017``."""
    date = dt.date.fromisoformat(value)
    return f"{date.day} {date:%B %Y}"


def verb(cameo: str) -> str:
    for key in (cameo, cameo[:3], cameo[:2]):
        if key in VERBS:
            return VERBS[key]
    return "acted toward"


def act(item: dict[str, Any]) -> str:
    when = day(item["date"])
    if item.get("date_precision") == "month":
        when = "in " + when.split(" ", 1)[1]
    else:
        when = "on " + when
    return f"{name(item['source'])} {verb(item['cameo'])} {name(item['target'])} {when}"


def _listing(items: list[dict[str, Any]]) -> str:
    named = list(dict.fromkeys(act(i) for i in items))[:MAX_NAMED]
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def summarise(brief: Brief) -> str:
    a, b = name(brief.a), name(brief.b)
    series = brief.series
    events = sum(r["events"] for r in series.series)
    if not events:
        return (
            f"As of {day(brief.as_of)}, no asserted events between {a} and {b} had been "
            "published. Without events there is no phase and no turning point to report. "
            "Code more news about the two, or import event data, and ask again."
        )
    phase = series.phases[-1]
    sentences = [
        f"As of {day(brief.as_of)}, relations between {a} and {b} are {phase.label}: "
        f"mean Goldstein {phase.mean_goldstein:+.1f} over {_count(phase.events, 'event')} "
        f"since {day(phase.start)}."
    ]
    turn = brief.turn
    # the latest possible turn after the latest reported one, in the same sentence (not a
    # sentence of its own: the summary stays at most six)
    later = [t for t in series.possible_turns if turn is None or t.date > turn.date]
    maybe = ""
    if later:
        direction = later[-1].direction.replace("_", " ")
        maybe = (
            f"; a{' later' if turn is not None else ''} possible turn, {direction} around "
            f"{day(later[-1].date)}, has probability {later[-1].probability:.2f}"
        )
    floor = threshold_text(brief.config.min_probability)
    if turn is not None:
        sentences.append(
            f"The latest turn, {turn.direction.replace('_', ' ')}, came around {day(turn.date)} "
            f"(between {day(turn.start)} and {day(turn.end)}) with probability "
            f"{turn.probability:.2f}, after a {turn.before.label} phase of "
            f"{turn.before.events} events (mean Goldstein {turn.before.mean_goldstein:+.1f})"
            + (f"{maybe}, below the {floor} at which a turn is reported" if maybe else "")
            + "."
        )
        way = "for it"
    else:
        sentences.append(
            f"No turning point reaches probability {floor} in the "
            f"{len(series.series)} {series.freq}s of data up to that day{maybe}."
        )
        way = "for this state"
    since = day(brief.signals_since)
    if brief.signals:
        sentences.append(f"Signals {way}: {_listing(brief.signals)}.")
    else:
        sentences.append(f"No event since {since} points that way.")
    if brief.counter_signals:
        sentences.append(f"Against it: {_listing(brief.counter_signals)}.")
    else:
        sentences.append(f"Nothing since {since} speaks against it.")
    taking = [t for t in brief.triads if t.sides_with]
    if taking:
        parts = []
        for t in taking[:MAX_NAMED]:
            friend, foe = (t.with_b, t.with_a) if t.sides_with == brief.b else (t.with_a, t.with_b)
            other = brief.a if t.sides_with == brief.b else brief.b
            parts.append(
                f"{name(t.third)} sides with {name(t.sides_with or '')} "
                f"({_count(friend.coop, 'cooperative event')} toward it, "
                f"{foe.conflict} conflictual toward {name(other)})"
            )
        sentences.append(_capital("; ".join(parts)) + ".")
    elif brief.triads:
        sentences.append(
            f"{len(brief.triads)} third parties dealt with both sides without taking one."
        )
    if brief.silences:
        last = brief.silences[-1]
        sentences.append(
            f"{len(brief.silences)} cooperative gestures went unanswered for "
            f"{brief.config.silence_days} days or more, the latest by {name(last.from_)} "
            f"toward {name(last.to)} on {day(last.date)}."
            if len(brief.silences) > 1
            else f"One cooperative gesture went unanswered: {name(last.from_)} toward "
            f"{name(last.to)} on {day(last.date)}, {last.days_unanswered} days without answer."
        )
    return " ".join(sentences)
