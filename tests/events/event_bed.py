"""The every-event test bed: wire-style sentences with every event a careful CAMEO coder
would list (``tests/data/events_study.tsv``, ``events_heldout.tsv``, ``events_heldout2.tsv``,
``events_heldout3.tsv``, and the CAMEO-root audit's ``events_study2.tsv`` and
``events_heldout4.tsv``, and the wire-story forms' ``wire_forms_study.tsv`` and
``wire_forms_heldout.tsv``: conditional threats, troops sent to a host, fire "from" a place,
two acts of force, agentless passives), scored on (source country, target country, CAMEO root) with
:func:`detente.evaluate.evaluate`.

Shared by ``tests/events/test_event_pairs.py`` (floors) and ``benchmarks/event_pairs.py``
(scores and errors). The layout is described in the files' header comments.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from detente.evaluate import EvalReport, GoldEvent, GoldSentence, evaluate
from detente.events import Coder

DATA = Path(__file__).resolve().parents[1] / "data"
FILES = tuple(
    DATA / f"events_{name}.tsv"
    for name in ("study", "heldout", "heldout2", "heldout3", "study2", "heldout4")
) + tuple(DATA / f"wire_forms_{name}.tsv" for name in ("study", "heldout"))
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


def score(coder: Coder, path: Path) -> EvalReport:
    """Every asserted event against every gold event, sentence by sentence."""
    return evaluate(read_events(path), coder)
