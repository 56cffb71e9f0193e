"""Score coded events against gold sentences: P/R/F1 per level, confusion, calibration, errors.

Events are compared per sentence as multisets of keys. The headline level ``root`` is
(source country, target country, CAMEO root); countries are the first three letters of an
actor code, on both sides, so sector suffixes never count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from detente.actors.dictionary import load_dictionary
from detente.cameo import CameoCode, lookup
from detente.evaluate.readers import GoldEvent, GoldSentence
from detente.events import Coder
from detente.models import Document, Event

LEVELS = ("root", "code", "quad", "plover", "source", "target")
CALIBRATION_BINS = (0.0, 0.5, 0.7, 0.8, 0.9, 1.01)


@lru_cache(maxsize=1)
def _igo_codes() -> frozenset[str]:
    book = load_dictionary()
    return frozenset(
        e.code for entries in book.aliases.values() for e in entries if e.kind == "igo"
    )


def _country(code: str) -> str:
    """First three letters of an actor code; every international organisation is "IGO",
    since gold sets name them at different granularity ("IGO", "IGOEEU", "UNO", "EU"); no
    actor is "" (PETRARCH writes it "---")."""
    code = code.strip().upper().strip("-")
    if code.startswith("IGO") or code in _igo_codes():
        return "IGO"
    return code[:3]


def lists_one_sided(gold: Iterable[GoldSentence]) -> bool:
    """Whether a gold set lists one-sided events (a target with no country, PETRARCH's
    "---"). A set that lists none is pair-level, as PETRARCH-2 writes with ``require_dyads``:
    an act with no country on its target side has no pair to compare."""
    return any(not _country(g.target) for s in gold for g in s.events)


def country_paired(event: Event) -> bool:
    """Whether the event names a country on both sides. An open actor (a phrase no code
    resolves: "gunmen", "the bushfires") is kept by the coder but names no country."""
    return bool(event.source_country) and bool(event.target_country)


def _info(code: str) -> CameoCode | None:
    try:
        return lookup(code) if code else None
    except KeyError:
        return None


def _gold_key(event: GoldEvent, level: str) -> tuple[str, ...]:
    src, tgt = _country(event.source), _country(event.target)
    info = _info(event.code)
    value = {
        "root": event.code[:2],
        "code": event.code,
        "quad": str(info.quad_class) if info else "",
        "plover": event.plover or (info.plover if info else ""),
    }
    if level == "source":
        return (src,)
    if level == "target":
        return (tgt,)
    return (src, tgt, value[level])


def _our_key(event: Event, level: str) -> tuple[str, ...]:
    src, tgt = _country(event.source_country), _country(event.target_country)
    value = {
        "root": event.cameo_root,
        "code": event.cameo,
        "quad": str(event.quad_class),
        "plover": event.plover,
    }
    if level == "source":
        return (src,)
    if level == "target":
        return (tgt,)
    return (src, tgt, value[level])


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class EvalReport:
    sentences: int = 0
    gold_events: int = 0
    scores: dict[str, Score] = field(default_factory=lambda: {lv: Score() for lv in LEVELS})
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    calibration: list[dict[str, float]] = field(default_factory=list)
    plover_single: Score = field(default_factory=Score)
    errors: list[dict[str, object]] = field(default_factory=list)
    # whether only events naming a country on both sides were compared
    pair_level: bool = False

    @property
    def plover_accuracy(self) -> float:
        total = self.plover_single.tp + self.plover_single.fn
        return self.plover_single.tp / total if total else 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "sentences": self.sentences,
            "gold_events": self.gold_events,
            "pair_level": self.pair_level,
            "scores": {lv: s.to_dict() for lv, s in self.scores.items()},
            "plover_accuracy_single_event": round(self.plover_accuracy, 4),
            "plover_single_event_sentences": self.plover_single.tp + self.plover_single.fn,
            "confusion_by_root": [
                {"gold": g, "ours": o, "n": n} for (g, o), n in sorted(self.confusion.items())
            ],
            "calibration": self.calibration,
        }


def _match(gold: Sequence[tuple[str, ...]], ours: Sequence[tuple[str, ...]]) -> Score:
    g, o = Counter(gold), Counter(ours)
    tp = sum((g & o).values())
    return Score(tp, sum(o.values()) - tp, sum(g.values()) - tp)


def _coded_in_order(coder: Coder, docs: list[Document]) -> Iterator[list[Event]]:
    """The events of each document, in order; a document the coder skipped for its time
    budget has none (so its gold events count as missed, not as absent)."""
    position = 0
    for document, events in coder.code(docs):
        while docs[position] is not document:
            yield []
            position += 1
        yield events
        position += 1
    for _ in range(position, len(docs)):
        yield []


def evaluate(
    gold: Iterable[GoldSentence],
    coder: Coder,
    *,
    modalities: frozenset[str] = frozenset({"asserted"}),
    on_sentence: Callable[[], None] | None = None,
    pair_level: bool | None = None,
) -> EvalReport:
    """Code every gold sentence on its date and compare with the gold events. A pair-level
    comparison takes only our events that name a country on both sides; by default it is
    used when the gold set lists no one-sided event (:func:`lists_one_sided`)."""
    sentences = list(gold)
    if pair_level is None:
        pair_level = not lists_one_sided(sentences)
    report = EvalReport(pair_level=pair_level)
    docs = [Document(s.id, s.date, s.text) for s in sentences]
    confidences: list[tuple[float, bool]] = []
    for sentence, coded in zip(sentences, _coded_in_order(coder, docs), strict=True):
        # Country-level gold compares coded actors: an event whose source phrase has no code
        # (an open actor) is kept by the coder but is not a country-coded event. A pair-level
        # set leaves out one-sided events too, but for the source level and the PLOVER type
        # of one-event sentences.
        ours = [e for e in coded if e.modality in modalities and e.source_country]
        paired = [e for e in ours if country_paired(e)] if pair_level else ours
        report.sentences += 1
        report.gold_events += len(sentence.events)
        has_codes = any(e.code for e in sentence.events) or not sentence.events
        for level in LEVELS:
            if level in ("root", "code", "quad") and not has_codes:
                continue
            gk = [_gold_key(e, level) for e in sentence.events]
            ok = [_our_key(e, level) for e in (ours if level == "source" else paired)]
            part = _match(gk, ok)
            total = report.scores[level]
            total.tp, total.fp, total.fn = (
                total.tp + part.tp,
                total.fp + part.fp,
                total.fn + part.fn,
            )
        _confusion(report, sentence, paired)
        gold_root = Counter(
            _gold_key(e, "root" if has_codes else "plover") for e in sentence.events
        )
        for event in paired:
            key = _our_key(event, "root" if has_codes else "plover")
            hit = gold_root[key] > 0
            if hit:
                gold_root[key] -= 1
            confidences.append((event.confidence, hit))
        _plover_single(report, sentence, ours)
        _errors(report, sentence, paired, "root" if has_codes else "plover")
        if on_sentence is not None:
            on_sentence()
    report.calibration = _calibration(confidences)
    return report


def _confusion(report: EvalReport, sentence: GoldSentence, ours: list[Event]) -> None:
    """Gold root vs our root for the same dyad; "none" where one side has no event."""
    mine = {(_country(e.source_country), _country(e.target_country)): e.cameo_root for e in ours}
    theirs = {(_country(g.source), _country(g.target)): g.code[:2] for g in sentence.events}
    for dyad in mine.keys() | theirs.keys():
        report.confusion[(theirs.get(dyad, "none"), mine.get(dyad, "none"))] += 1


def _plover_single(report: EvalReport, sentence: GoldSentence, ours: list[Event]) -> None:
    types = {e.plover or getattr(_info(e.code), "plover", "") for e in sentence.events}
    if len(types) != 1:
        return
    predicted = Counter(e.plover for e in ours if e.plover).most_common(1)
    if predicted and predicted[0][0] == next(iter(types)):
        report.plover_single.tp += 1
    else:
        report.plover_single.fn += 1


def _errors(report: EvalReport, sentence: GoldSentence, ours: list[Event], level: str) -> None:
    gold = Counter(_gold_key(e, level) for e in sentence.events)
    mine = Counter(_our_key(e, level) for e in ours)
    for kind, keys in (("miss", gold - mine), ("extra", mine - gold)):
        for key in keys.elements():
            report.errors.append(
                {
                    "kind": kind,
                    "id": sentence.id,
                    "sentence": sentence.text,
                    "key": list(key),
                    "gold": [[g.source, g.target, g.code or g.plover] for g in sentence.events],
                    "ours": [[e.source, e.target, e.cameo, e.modality] for e in ours],
                }
            )


def _calibration(pairs: list[tuple[float, bool]]) -> list[dict[str, float]]:
    rows = []
    for low, high in zip(CALIBRATION_BINS, CALIBRATION_BINS[1:], strict=False):
        inside = [hit for conf, hit in pairs if low <= conf < high]
        if inside:
            rows.append(
                {
                    "low": low,
                    "high": min(high, 1.0),
                    "events": len(inside),
                    "precision": round(sum(inside) / len(inside), 4),
                }
            )
    return rows
