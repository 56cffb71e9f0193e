"""Real-news evaluation with the pair given: sentences with a marked source and target and a
PLOVER root (the layout of ``PLV_train.tsv``: ``marked_sentence`` wraps the source in
``<s>…</s>`` and the target in ``<t>…</t>``; ``gold_root`` is one of 15 roots).

For each marked pair the coder's answer is the event whose source phrase overlaps the marked
source and whose target phrase overlaps the marked target (the most confident one, asserted
first); no such event is a miss. Reported: macro F1 over the 15 roots, accuracy, the rate of
pairs found, a confusion table, and the reliability of the answered events' confidences (an
event is right when its root is the gold root) with their expected calibration error.

The sentence quad scores the sentence without the pair, as a reader of the coder's output
would: the quad class of its main event (asserted first, then the most confident) against the
gold root's quad class; a sentence with no event is wrong. Who-to-whom scores the same main
event's direction: its source phrase overlaps the marked source and its target phrase the marked
target.

The file is split by a stable hash of the sentence into a *dev* half (read its errors) and a
*check* half (score only): ``split="dev"`` / ``"check"`` / ``"all"``.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from detente.errors import EvalError
from detente.evaluate.reliability import Bin, ece, reliability
from detente.models import Event

ROOTS = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "YIELD", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
# PLOVER 2021 names in our CAMEO table → the 15 roots of the set.
_ROOT_OF = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}
# The quad class of each root, as CAMEO's roots give it: 1 verbal and 2 material cooperation,
# 3 verbal and 4 material conflict.
QUAD_OF = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "YIELD"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}
NONE = "(none)"
SPLITS = ("dev", "check", "all")
# The sentences carry no date; people are resolved by office on this day (the set's stories
# run from about 2010 to 2021).
DEFAULT_DAY = dt.date(2018, 6, 30)
_MARK = re.compile(r"</?[st]>")


@dataclass(frozen=True, slots=True)
class MarkedPair:
    """One gold pair: the sentence, the marked source and target offsets, the gold root."""

    id: str
    text: str
    # every marked mention of each side (a side may be marked twice: "<s>Pakistan</s>
    # refused …, <s>Pakistan</s>'s foreign minister said"); empty: not in the sentence ("a
    # recipient", "an actor")
    sources: tuple[tuple[int, int], ...]
    targets: tuple[tuple[int, int], ...]
    root: str

    @property
    def source(self) -> tuple[int, int] | None:
        """The first marked mention of the source, if any."""
        return self.sources[0] if self.sources else None

    @property
    def target(self) -> tuple[int, int] | None:
        """The first marked mention of the target, if any."""
        return self.targets[0] if self.targets else None


def split_of(text: str) -> str:
    """``dev`` or ``check``, by a stable hash of the sentence (same for every run)."""
    return "dev" if hashlib.sha1(text.strip().encode()).digest()[0] % 2 == 0 else "check"


def _unmark(marked: str) -> tuple[str, dict[str, list[tuple[int, int]]]]:
    """The plain sentence and the offsets of the ``<s>`` and ``<t>`` spans in it."""
    plain: list[str] = []
    opened: dict[str, int] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    length = 0
    position = 0
    for match in _MARK.finditer(marked):
        piece = marked[position : match.start()]
        plain.append(piece)
        length += len(piece)
        tag = match.group(0)
        if tag.startswith("</"):
            spans.setdefault(tag[2], []).append((opened.pop(tag[2], length), length))
        else:
            opened[tag[1]] = length
        position = match.end()
    plain.append(marked[position:])
    return "".join(plain), spans


def is_marked(path: Path) -> bool:
    """``path`` is a marked-pair TSV (its header names ``marked_sentence``)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return "marked_sentence" in handle.readline().split("\t")
    except OSError:
        return False


def read_marked(path: Path) -> list[MarkedPair]:
    """Read a PLV-style TSV (header with ``marked_sentence`` and ``gold_root``)."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise EvalError(f"{path}: {exc.strerror or exc}") from exc
    csv.field_size_limit(sys.maxsize)
    pairs = []
    with handle:
        reader = csv.DictReader(handle, delimiter="\t")
        missing = {"marked_sentence", "gold_root"} - set(reader.fieldnames or ())
        if missing:
            raise EvalError(f"{path}: not a marked-pair file (no {', '.join(sorted(missing))})")
        for number, row in enumerate(reader, 2):
            text, spans = _unmark(row["marked_sentence"])
            root = row["gold_root"].strip().upper()
            if not spans or root not in ROOTS:
                raise EvalError(f"{path}:{number}: needs <s>…</s> or <t>…</t> and a known root")
            key = row.get("sentence_id") or str(number)
            pairs.append(
                MarkedPair(
                    f"{key}:{number}",
                    text,
                    tuple(spans.get("s", ())),
                    tuple(spans.get("t", ())),
                    root,
                )
            )
    return pairs


def root_of(event: Event) -> str:
    """The event's root among the 15 (an empty PLOVER type, as for statements, is none)."""
    return _ROOT_OF.get(event.plover, event.plover) or NONE


def _overlaps(spans: tuple[tuple[int, int], ...], start: int | None, end: int | None) -> bool:
    """The phrase overlaps one of the side's marks; an unmarked side (not in the sentence)
    takes any."""
    if not spans:
        return True
    return (
        start is not None
        and end is not None
        and any(start < span[1] and span[0] < end for span in spans)
    )


def answer(pair: MarkedPair, events: Iterable[Event]) -> Event | None:
    """The coder's event for the marked pair: source and target phrases overlap the marks."""
    matching = [
        e
        for e in events
        if _overlaps(pair.sources, e.source_start, e.source_end)
        and _overlaps(pair.targets, e.target_start, e.target_end)
    ]
    return main_event(matching)


def main_event(events: Iterable[Event]) -> Event | None:
    """The event a reader takes first: asserted before not, then the most confident."""
    return max(events, key=lambda e: (e.is_fact, e.confidence), default=None)


@dataclass
class MarkedReport:
    """Scores of one run over marked pairs."""

    split: str
    pairs: int = 0
    found: int = 0
    correct: int = 0
    quad_correct: int = 0
    who_correct: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[dict[str, object]] = field(default_factory=list)
    # (confidence, root right) of each answered pair: the reliability of confidences
    scored: list[tuple[float, bool]] = field(default_factory=list)

    @property
    def reliability(self) -> list[Bin]:
        return reliability(self.scored)

    @property
    def ece(self) -> float:
        return ece(self.reliability)

    def f1(self, root: str) -> float:
        tp = self.confusion[(root, root)]
        predicted = sum(n for (_, ours), n in self.confusion.items() if ours == root)
        gold = sum(n for (g, _), n in self.confusion.items() if g == root)
        return 2 * tp / (predicted + gold) if predicted + gold else 0.0

    @property
    def macro_f1(self) -> float:
        present = [r for r in ROOTS if any(g == r for g, _ in self.confusion)]
        return sum(self.f1(r) for r in present) / len(present) if present else 0.0

    @property
    def pair_found(self) -> float:
        return self.found / self.pairs if self.pairs else 0.0

    @property
    def accuracy(self) -> float:
        return self.correct / self.pairs if self.pairs else 0.0

    @property
    def quad_accuracy(self) -> float:
        return self.quad_correct / self.pairs if self.pairs else 0.0

    @property
    def who_to_whom(self) -> float:
        return self.who_correct / self.pairs if self.pairs else 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "split": self.split,
            "pairs": self.pairs,
            "macro_f1": round(self.macro_f1, 4),
            "accuracy": round(self.accuracy, 4),
            "pair_found": round(self.pair_found, 4),
            "quad_accuracy": round(self.quad_accuracy, 4),
            "who_to_whom": round(self.who_to_whom, 4),
            "ece": round(self.ece, 4),
            "reliability": [b.to_dict() for b in self.reliability],
            "per_root_f1": {r: round(self.f1(r), 4) for r in ROOTS},
            "confusion": [
                {"gold": g, "ours": o, "n": n} for (g, o), n in sorted(self.confusion.items())
            ],
        }


def evaluate_marked(
    pairs: list[MarkedPair],
    code: Callable[[str], list[Event]],
    split: str = "check",
    on_pair: Callable[[], None] | None = None,
) -> MarkedReport:
    """Score ``code`` (sentence → events) on the pairs of ``split``. Errors are recorded for
    the dev half only: the check half is scored, never read."""
    if split not in SPLITS:
        raise EvalError(f"split must be one of {', '.join(SPLITS)}")
    report = MarkedReport(split)
    cache: dict[str, list[Event]] = {}
    for pair in pairs:
        if split != "all" and split_of(pair.text) != split:
            continue
        if pair.text not in cache:
            cache[pair.text] = code(pair.text)
        event = answer(pair, cache[pair.text])
        ours = root_of(event) if event is not None else NONE
        report.pairs += 1
        report.found += event is not None
        report.correct += ours == pair.root
        main = main_event(cache[pair.text])
        report.quad_correct += main is not None and main.quad_class == QUAD_OF[pair.root]
        report.who_correct += main is not None and answer(pair, [main]) is main
        report.confusion[(pair.root, ours)] += 1
        if event is not None:
            report.scored.append((event.confidence, ours == pair.root))
        if ours != pair.root and split == "dev":
            report.errors.append(
                {
                    "id": pair.id,
                    "gold": pair.root,
                    "ours": ours,
                    "source": pair.text[slice(*pair.source)] if pair.source else "",
                    "target": pair.text[slice(*pair.target)] if pair.target else "",
                    "sentence": pair.text,
                    "events": [
                        f"{e.source_name}[{e.source}] {e.cameo} {e.plover} {e.modality} "
                        f"{e.target_name}[{e.target}]"
                        for e in cache[pair.text]
                    ],
                }
            )
        if on_pair is not None:
            on_pair()
    return report
