"""The modality test bed: invented wire sentences, each with one act and the modality a
careful reader gives it (``tests/data/modality_study.tsv``, ``modality_heldout.tsv``:
``modality date roots sentence``; ``roots`` lists the CAMEO roots the act may be coded
with). Media rumours, unnamed sources, analysts' forecasts, conditionals, counterfactuals,
questions, expectations, threats (a threat is an asserted act of its own), denials, acts
not yet done ("has yet to respond"), refusals to comment on a report, modal verbs, hedges
and quoted tweets and statements.

Two scores per file:

- *facts*: the row's act is told as a fact exactly when the reader takes it as one (an
  ``asserted`` row needs an asserted event of one of its roots; any other row needs none,
  so a rumour, forecast or quoted claim coded as a fact is wrong, and an act not coded at
  all is right);
- *exact*: the first event of one of the row's roots carries the row's modality (an act not
  coded is wrong).

Shared by ``tests/events/test_tables.py`` (floors) and ``benchmarks/modality.py``.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from detente.events import Coder
from detente.models import Event

DATA = Path(__file__).resolve().parents[1] / "data"
FILES = ("modality_study.tsv", "modality_heldout.tsv")


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def the_act(events: list[Event], row: dict[str, str]) -> list[Event]:
    """The events of one of the row's roots, in the coder's order."""
    roots = set(row["roots"].split(","))
    return [e for e in events if e.cameo_root in roots]


def fact_right(acts: list[Event], modality: str) -> bool:
    """The act is told as a fact exactly when the row says it is one."""
    told = any(e.modality == "asserted" for e in acts)
    return told if modality == "asserted" else not told


Misses = list[tuple[dict[str, str], list[Event]]]


def score(coder: Coder, path: Path) -> tuple[int, int, int, Misses]:
    """Rows right on facts, rows right exactly, all rows, and the rows wrong on either
    score with the events coded on them."""
    facts = exact = 0
    table = rows(path)
    misses = []
    for row in table:
        events = coder.code_text(row["sentence"], dt.date.fromisoformat(row["date"]))
        acts = the_act(events, row)
        fact = fact_right(acts, row["modality"])
        same = bool(acts) and acts[0].modality == row["modality"]
        facts += fact
        exact += same
        if not (fact and same):
            misses.append((row, events))
    return facts, exact, len(table), misses
