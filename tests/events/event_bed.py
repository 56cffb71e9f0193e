"""The every-event test bed: wire-style sentences with every event a careful CAMEO coder
would list (``tests/data/events_study.tsv``, ``events_heldout.tsv``, ``events_heldout2.tsv``,
``events_heldout3.tsv``, and the CAMEO-root audit's ``events_study2.tsv`` and
``events_heldout4.tsv``, and the wire-story forms' ``wire_forms_study.tsv`` and
``wire_forms_heldout.tsv``: conditional threats, troops sent to a host, fire "from" a place,
two acts of force, agentless passives, and ``thing_targets_study.tsv`` /
``thing_targets_heldout.tsv``: things acted on that name no one, and
``second_verbs_study.tsv`` / ``second_verbs_heldout.tsv``: a second act told by a coordinated,
participial, complement, relative or reported verb whose object is an actor, and
``place_targets_study.tsv`` / ``place_targets_heldout.tsv``: acts done in a place to no named
state actor, whose country is the target, and venues that are not, and
``verb_final_study.tsv`` / ``verb_final_heldout.tsv``: clauses translated with the verb last;
benchmark only, no floor),
scored on (source country, target country, CAMEO root) with
:func:`detente.evaluate.evaluate`.

A file whose header holds ``# strict targets`` also counts an open target with no actor code
("called for restraint" → target "restraint") as a wrong target: country-level scoring
cannot tell such a target from none, and telling them apart is what those files measure.

Shared by ``tests/events/test_event_pairs.py`` (floors) and ``benchmarks/event_pairs.py``
(scores and errors). The layout is described in the files' header comments.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from detente.evaluate import EvalReport, GoldEvent, GoldSentence, evaluate
from detente.events import Coder
from detente.models import Document, Event

DATA = Path(__file__).resolve().parents[1] / "data"
FILES = tuple(
    DATA / f"events_{name}.tsv"
    for name in ("study", "heldout", "heldout2", "heldout3", "study2", "heldout4")
) + tuple(
    DATA / f"{family}_{name}.tsv"
    for family in ("wire_forms", "thing_targets", "second_verbs", "place_targets", "verb_final")
    for name in ("study", "heldout")
)
# An open target with no actor code, scored apart from "no target" in strict files (a gold
# target of that name is someone rightly the target whom no code names: "the mediators").
UNCODED_TARGET = "OPEN"
DEFAULT_DATE = dt.date(2023, 5, 15)


def read_events(path: Path) -> list[GoldSentence]:
    """Sentences with their gold events: a row with an id starts a sentence, rows with an
    empty id add events to it; ``# date: YYYY-MM-DD`` in the header sets the coding date."""
    day = DEFAULT_DATE
    body = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# date:"):
            day = dt.date.fromisoformat(line.split(":", 1)[1].strip())
        elif line.strip() and not line.startswith("#"):
            body.append(line)
    sentences: list[tuple[str, str, list[GoldEvent]]] = []
    for row in csv.DictReader(body, delimiter="\t"):
        if row["id"]:
            sentences.append((row["id"], row["sentence"], []))
        if row["code"]:
            sentences[-1][2].append(GoldEvent(row["source"], row["target"], row["code"]))
    return [GoldSentence(sid, text, day, tuple(events)) for sid, text, events in sentences]


def strict_targets(path: Path) -> bool:
    """The file's header asks that a target naming no one count as a wrong target."""
    return any(
        line.strip() == "# strict targets" for line in path.read_text(encoding="utf-8").splitlines()
    )


def _marked(event: Event) -> Event:
    """An event whose target phrase has no actor code gets a target that matches no gold."""
    if event.target_name and not event.target_country:
        return dataclasses.replace(event, target_country=UNCODED_TARGET)
    return event


class _StrictCoder:
    """The coder, with open targets that name no one marked (see :func:`_marked`)."""

    def __init__(self, coder: Coder) -> None:
        self.coder = coder

    def code(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        for document, events in self.coder.code(docs):
            yield document, [_marked(e) for e in events]


def score(coder: Coder, path: Path) -> EvalReport:
    """Every asserted event against every gold event, sentence by sentence."""
    if strict_targets(path):
        return evaluate(read_events(path), _StrictCoder(coder))  # type: ignore[arg-type]
    return evaluate(read_events(path), coder)
