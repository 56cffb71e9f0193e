"""How far to trust a coded event: the evidence behind it, and the share of such events that
are right.

Each event carries an :class:`Evidence` record; its *strength* counts four signs that the
coder read the sentence well (0–4):

* the sentence was printed in news case (not recased from lower case or ALL CAPS);
* it asserts the event (not a forecast, condition, denial or report, nor a reading the coder
  derives from one: the intent it infers from "will meet", the refusal from "did not agree",
  the teller's charge from "X shelled Y, Yerevan said";
  nor an act the sentence takes for granted beside its main one, in a relative or adverbial
  clause or a participle on a noun: "…, after Tehran executed him", "…, who has clashed with
  the government", see :func:`detente.events.grammar.told_aside`);
* the verb pattern names more than the verb (a particle, object, complement or preposition);
* both sides are known actors (a dictionary name in office), not a pronoun's antecedent, an
  open phrase, the story's main country or a missing target.

The event's ``confidence`` is the precision of events of that strength: the share whose
CAMEO root (PLOVER type) was right, with the pair given, on sentences written for detente
(``tests/data``). The table lives in ``data/confidence.tsv`` and is refitted with
``python benchmarks/fit_confidence.py``; no licensed or borrowed gold set is used to fit it.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from detente.nlp.casing import MIXED, case_style, line_style

KNOWN_ACTOR = 0.7  # resolution confidence of a known actor (1.0 in office, 0.7 former)
MAX_STRENGTH = 4


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the coder saw: how the source and target were resolved (1.0 a known actor in
    office, 0.7 one out of office, 0.6 a pronoun's antecedent, 0.5 an open phrase, 0.4 the
    story's main country; ``None``: no target), the pattern's specificity, the modality and
    whether the sentence was recased."""

    source: float
    target: float | None
    specificity: int
    asserted: bool
    cased: bool = True

    @property
    def strength(self) -> int:
        actors = self.target is not None and min(self.source, self.target) >= KNOWN_ACTOR
        return int(self.cased) + int(self.asserted) + int(self.specificity > 0) + int(actors)


@lru_cache(maxsize=1)
def precision_table() -> dict[int, float]:
    """Strength → precision, as fitted (``data/confidence.tsv``)."""
    path = resources.files("detente") / "data" / "confidence.tsv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    return {
        int(r["strength"]): float(r["precision"]) for r in csv.DictReader(lines, delimiter="\t")
    }


def event_confidence(evidence: Evidence) -> float:
    """The precision of events with this evidence, in [0, 1]."""
    table = precision_table()
    value = table.get(evidence.strength)
    if value is None:  # a level the table lacks: the nearest weaker one
        weaker = [table[s] for s in table if s <= evidence.strength]
        value = max(weaker) if weaker else min(table.values())
    return round(min(1.0, max(0.0, value)), 3)


def news_case(sentence: str) -> bool:
    """``sentence`` is printed in news case (neither lower case, ALL CAPS nor Title Case)."""
    return case_style(sentence) == MIXED and line_style(sentence) == MIXED
