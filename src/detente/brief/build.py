"""The analyst's brief on a dyad, as of a day: state, turn, signals, third parties, silences.

Everything comes from events visible as of the brief's day (:mod:`detente.brief.asof`):

* **turn / turns** — the turning points of the A–B series up to ``as_of`` reported as ``dyad``
  reports them (probability ``min_probability``, 0.9 by default, or more); ``turn`` is the
  latest one. **possible_turns** — weaker ones (0.5 up to ``min_probability``), listed apart:
  they steer neither the signals nor the window.
* **signals / counter_signals** — the strongest asserted A–B events (|Goldstein| × mentions,
  halved for every ``half_life`` days, 30 by default, before ``as_of``) from the start of the
  latest turn to ``as_of`` whose Goldstein sign matches the turn's direction (signals) or
  goes against it (counter-signals). Without a turn, the direction is
  the sign of the present phase's mean Goldstein and the span is the context window.
* **window** — the context for triads and silences: from the latest turn's start, or
  ``days`` before ``as_of`` if that is earlier (no turn: ``days`` before ``as_of``).
* **triads** — third parties with asserted events toward both A and B in the window. Toward
  each side a third party *leans cooperative* when it has more cooperative (quad 1–2) than
  conflictual (quad 3–4) events and a positive mean Goldstein, *conflictual* in the mirror
  case. It ``sides_with`` B when it leans cooperative toward B and conflictual toward A (and
  vice versa); otherwise ``sides_with`` is null.
* **silences** — asserted cooperative gestures of one side toward the other (CAMEO roots
  02–05: appeals, offers and intents, meetings, praise) in the window that got no answer
  within ``silence_days``: an *answer* is an asserted event of the other side back toward the
  gesturer with CAMEO root 03–08 (intent to cooperate, consultation, diplomatic or material
  cooperation, aid, yielding) dated on or after the gesture. A gesture that itself follows a
  cooperative event (roots 02–08) of the other side toward it within ``silence_days`` before,
  or that is the first answer to a still open gesture of the other side, is a reply in a
  running exchange, not an overture, and is not expected to be answered. A
  gesture less than
  ``silence_days`` old is not yet a silence. ``days_unanswered`` counts to the late answer
  (``answered``) or, when none came, to ``as_of``. Explicit non-responses ("Moscow has not
  responded to the offer") are the coder's *negated* events with answer-type roots 03–05 in a
  sentence that speaks of an answer (respond, reply, answer, react, ignore, silent): the
  negated event's source is the silent side, so the silence runs from its target to its
  source, ``days_unanswered`` counting from the statement. When one sentence yields such
  events in both directions, the one whose source phrase comes first (the sentence's subject)
  is kept.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from detente.actors.dictionary import country_names
from detente.brief import asof
from detente.cameo import lookup
from detente.errors import InputError
from detente.monitor.counts import REPORT_PROBABILITY
from detente.monitor.dyad import FREQS, DyadSeries, Turn, dyad, known_actor
from detente.store import Store

GESTURE_ROOTS = ("02", "03", "04", "05")
ANSWER_ROOTS = ("03", "04", "05", "06", "07", "08")
NON_RESPONSE_ROOTS = ("03", "04", "05")


@dataclass(frozen=True, slots=True)
class BriefConfig:
    """How a brief is drawn; the defaults are the documented ones."""

    silence_days: int = 14  # a gesture unanswered this long is a silence
    days: int = 90  # the context window reaches at least this far back
    signals: int = 10  # signals and counter-signals kept (each)
    half_life: float = 30.0  # days over which a signal's weight halves (recency)
    triads: int = 10  # third parties kept
    freq: str = "week"
    min_probability: float = REPORT_PROBABILITY  # turns reported from here, as in ``dyad``


@dataclass(frozen=True, slots=True)
class Side:
    """A third party's asserted events toward one side of the dyad."""

    events: int
    coop: int
    conflict: int
    mean_goldstein: float

    @property
    def lean(self) -> str:
        if self.coop > self.conflict and self.mean_goldstein > 0:
            return "cooperative"
        if self.conflict > self.coop and self.mean_goldstein < 0:
            return "conflictual"
        return "neutral"


@dataclass(frozen=True, slots=True)
class Triad:
    third: str
    name: str
    sides_with: str | None
    with_a: Side
    with_b: Side
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["with_a"]["lean"] = self.with_a.lean
        data["with_b"]["lean"] = self.with_b.lean
        return data


@dataclass(frozen=True, slots=True)
class Silence:
    date: str
    from_: str
    to: str
    cameo: str
    sentence: str
    doc_id: str
    url: str
    days_unanswered: int
    kind: str  # unanswered / explicit
    answered: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["from"] = data.pop("from_")
        data["cameo_name"] = cameo_name(self.cameo)
        return data


@dataclass(frozen=True, slots=True)
class Brief:
    a: str
    b: str
    a_name: str
    b_name: str
    as_of: str
    window: tuple[str, str]
    signals_since: str
    summary: str
    series: DyadSeries
    signals: list[dict[str, Any]]
    counter_signals: list[dict[str, Any]]
    triads: list[Triad]
    silences: list[Silence]
    config: BriefConfig

    @property
    def turns(self) -> list[Turn]:
        return self.series.turns

    @property
    def possible_turns(self) -> list[Turn]:
        return self.series.possible_turns

    @property
    def turn(self) -> Turn | None:
        return self.series.turns[-1] if self.series.turns else None

    def to_dict(self) -> dict[str, Any]:
        series = self.series.to_dict()
        return {
            "a": self.a,
            "b": self.b,
            "as_of": self.as_of,
            "summary": self.summary,
            "turn": series["turns"][-1] if series["turns"] else None,
            "turns": series["turns"],
            "possible_turns": series["possible_turns"],
            "min_probability": self.config.min_probability,
            "signals": self.signals,
            "counter_signals": self.counter_signals,
            "triads": [t.to_dict() for t in self.triads],
            "silences": [s.to_dict() for s in self.silences],
            "a_name": self.a_name,
            "b_name": self.b_name,
            "window": {"start": self.window[0], "end": self.window[1]},
            "signals_since": self.signals_since,
            "silence_days": self.config.silence_days,
            "freq": self.series.freq,
            "series": series["series"],
            "phases": series["phases"],
        }


def actor_name(code: str) -> str:
    return country_names().get(code, code)


def cameo_name(code: str) -> str:
    try:
        return lookup(code).name
    except KeyError:
        return ""


def signal_record(row: dict[str, Any]) -> dict[str, Any]:
    """An event row as a signal: country codes as ``source``/``target``, the full actor
    codes (with sector) as ``source_actor``/``target_actor``."""
    return {
        "date": row["date"].isoformat(),
        "date_precision": row["date_precision"] or "day",
        "source": row["src"],
        "target": row["tgt"],
        "source_actor": row["source"],
        "target_actor": row["target"],
        "cameo": row["cameo"],
        "cameo_name": cameo_name(row["cameo"]),
        "plover": row["plover"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "modality": row["modality"],
        "sentence": row["sentence"],
        "doc_id": row["doc_id"],
        "title": row["title"],
        "url": row["url"],
        "n_mentions": row["n_mentions"],
    }


def parse_actors(a: str, b: str, store: Store | None = None) -> tuple[str, str]:
    """Both actors' codes; one that neither the dictionaries nor ``store`` know is an
    :class:`~detente.errors.UnknownActorError` (with a did-you-mean)."""
    code_a, code_b = known_actor(store, a), known_actor(store, b)
    if code_a == code_b:
        raise InputError(f"a brief needs two different actors, got {code_a} twice")
    return code_a, code_b


def brief(
    store: Store,
    a: str,
    b: str,
    as_of: dt.date | None = None,
    config: BriefConfig | None = None,
) -> Brief:
    """The brief on A–B as of ``as_of`` (default: the last day any A–B mention was published),
    from nothing published after that day."""
    from detente.brief.prose import summarise
    from detente.brief.sides import silences, triads

    config = config or BriefConfig()
    if config.freq not in FREQS:
        raise InputError(f"freq must be one of {', '.join(FREQS)}, got {config.freq!r}")
    a, b = parse_actors(a, b, store)
    day = as_of or asof.latest_date(store, a, b) or dt.date.today()
    series = dyad(store, a, b, freq=config.freq, min_probability=config.min_probability, as_of=day)
    turn = series.turns[-1] if series.turns else None
    earliest = day - dt.timedelta(days=config.days)
    if turn is not None:
        start = dt.date.fromisoformat(turn.start)
        window = (min(start, earliest), day)
        since, sign = start, 1 if turn.direction == "to_cooperation" else -1
    else:
        window = (earliest, day)
        mean = series.phases[-1].mean_goldstein if series.phases else 0.0
        since, sign = earliest, 1 if mean >= 0 else -1
    found = {
        s: [
            signal_record(r)
            for r in asof.strongest(
                store, a, b, day, since, day, s, config.signals, config.half_life
            )
        ]
        for s in (sign, -sign)
    }
    result = Brief(
        a=a,
        b=b,
        a_name=actor_name(a),
        b_name=actor_name(b),
        as_of=day.isoformat(),
        window=(window[0].isoformat(), window[1].isoformat()),
        signals_since=since.isoformat(),
        summary="",
        series=series,
        signals=found[sign],
        counter_signals=found[-sign],
        triads=triads(store, a, b, day, window[0], config),
        silences=silences(store, a, b, day, window[0], config),
        config=config,
    )
    return replace(result, summary=summarise(result))
