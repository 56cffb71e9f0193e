"""The real-article test bed: articles in ``tests/data/articles``, the events a careful human
coder would code in ``expected.tsv``, and the matching of those rows to coded events.

Shared by ``tests/events/test_articles.py`` (floors) and ``benchmarks/articles.py`` (table).
A row matches an event in the same sentence (the one containing the row's fragment) with
the same source and target country and the same PLOVER type (CAMEO root for root 01, which
has no PLOVER type). Date and modality agreement are scored separately, on matched rows.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from detente.events.coder import Coder
from detente.ingest.reader import date_from_name
from detente.models import Document, Event

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
EXPECTED = ARTICLES / "expected.tsv"
NO_PLOVER = "-"  # CAMEO root 01 (statements) has no PLOVER type


@dataclass(frozen=True, slots=True)
class Expected:
    """One row of ``expected.tsv``."""

    file: str
    fragment: str
    source: str
    target: str
    plover: str
    cameo_root: str
    date: dt.date
    modality: str
    kind: str  # "event": must be coded; "not": must not be coded as asserted

    @property
    def label(self) -> str:
        what = self.plover if self.plover != NO_PLOVER else f"root {self.cameo_root}"
        return f"{self.source}->{self.target} {what} {self.date} {self.modality}"


@dataclass(frozen=True, slots=True)
class Outcome:
    """A row and the coded event that best matches it (``None``: not coded)."""

    row: Expected
    event: Event | None

    @property
    def found(self) -> bool:
        return self.event is not None

    @property
    def date_ok(self) -> bool:
        return self.event is not None and self.event.date == self.row.date

    @property
    def modality_ok(self) -> bool:
        return self.event is not None and self.event.modality == self.row.modality


@dataclass(frozen=True, slots=True)
class Score:
    """Agreement on one article (or all): recall of event rows, date and modality accuracy
    of the matched ones, and ``not`` rows coded as asserted facts."""

    rows: int
    found: int
    date_ok: int
    modality_ok: int
    violations: int

    @property
    def recall(self) -> float:
        return self.found / self.rows if self.rows else 1.0

    @property
    def date_accuracy(self) -> float:
        return self.date_ok / self.found if self.found else 1.0

    @property
    def modality_accuracy(self) -> float:
        return self.modality_ok / self.found if self.found else 1.0


def load_expected(path: Path = EXPECTED) -> list[Expected]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    return [
        Expected(
            file=rec["file"],
            fragment=rec["sentence_fragment"],
            source=rec["source"],
            target=rec["target"],
            plover=rec["plover"],
            cameo_root=rec["cameo_root"],
            date=dt.date.fromisoformat(rec["date"]),
            modality=rec["modality"],
            kind=rec["kind"],
        )
        for rec in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    ]


def article_files(folder: Path = ARTICLES) -> list[Path]:
    return sorted(folder.glob("*.txt"))


def code_articles(coder: Coder, files: Iterable[Path]) -> dict[str, list[Event]]:
    """Every event (all modalities) of each article, keyed by file name; the publication
    date is read from the name, as ``detente code`` does. The bed measures what the coder
    finds, not how fast: the per-document time budget is off while it codes (on a loaded
    machine a long article could otherwise run over it and be skipped)."""
    documents = []
    for path in files:
        day = date_from_name(path.name)
        assert day is not None, f"{path.name}: no YYYY-MM-DD in the name"
        documents.append(Document(path.name, day, path.read_text(encoding="utf-8")))
    budgeted = coder.config
    coder.config = replace(budgeted, doc_timeout=0)
    try:
        return {doc.id: events for doc, events in coder.code(documents)}
    finally:
        coder.config = budgeted


def _flat(text: str) -> str:
    return " ".join(text.split())


def same_event(row: Expected, event: Event) -> bool:
    """``event`` is the row's event, whatever its date and modality."""
    if row.fragment not in _flat(event.sentence):
        return False
    if (event.source_country, event.target_country) != (row.source, row.target):
        return False
    if row.plover == NO_PLOVER:
        return event.cameo_root == row.cameo_root
    return event.plover == row.plover


def outcome(row: Expected, events: Iterable[Event]) -> Outcome:
    """For an event row, the matching event agreeing best on date and modality; for a
    ``not`` row, a matching event coded as an asserted fact (the violation), if any."""
    found = [e for e in events if same_event(row, e)]
    if row.kind == "not":
        return Outcome(row, next((e for e in found if e.is_fact), None))
    found.sort(key=lambda e: (e.date != row.date, e.modality != row.modality))
    return Outcome(row, found[0] if found else None)


def outcomes(rows: Iterable[Expected], coded: dict[str, list[Event]]) -> list[Outcome]:
    return [outcome(row, coded[row.file]) for row in rows]


def score(results: Iterable[Outcome]) -> Score:
    results = list(results)
    events = [r for r in results if r.row.kind == "event"]
    return Score(
        rows=len(events),
        found=sum(r.found for r in events),
        date_ok=sum(r.date_ok for r in events),
        modality_ok=sum(r.modality_ok for r in events),
        violations=sum(r.found for r in results if r.row.kind == "not"),
    )


def unexpected_facts(rows: Iterable[Expected], events: Iterable[Event]) -> list[Event]:
    """Asserted events with both actors coded that no event row accounts for: the
    candidates for false facts, to be read by a person."""
    rows = [r for r in rows if r.kind == "event"]
    return [
        e
        for e in events
        if e.is_fact
        and e.source_country
        and e.target_country
        and not any(same_event(r, e) for r in rows)
    ]
