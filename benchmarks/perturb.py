"""Metamorphic robustness on the PLV dev half: edits that must not change the answer.

Usage: python benchmarks/perturb.py [--errors KIND] [--limit N]

The coder finds the marked pair far more often on the wording it was studied on than on
unseen sentences, so its rules are brittle. This bench takes the dev half of
``../shared/gold/plv/PLV_train.tsv`` (never the check half) and, for every pair the coder gets
right as written, rewrites the sentence in ways a news writer might that leave who did what to
whom unchanged; the marked spans are shifted with the text. Each rewrite (a *kind*) is scored
on the pairs it applies to: the share still found (an event whose source and target phrases
overlap the marks) and the share still given the gold root.

Kinds: ``time`` (a leading "On Tuesday, "), ``dateline`` (a leading "BEIRUT (Reuters) - "),
``trail`` (", officials said." at the end), ``lead`` ("Officials said " before the sentence),
``paren`` (a relative clause after the source when it is the subject: "X, which made
headlines last year, …"), ``before`` (a neutral sentence first), ``after`` (a neutral
sentence last). Leading edits go after a wire dateline the sentence already has; the first
letter is put in lower case only when the first word is no proper noun or acronym.

``--errors KIND`` prints the broken dev pairs of one kind (``all``: every kind) with the
events of the sentence before and after the edit.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "events"))

# the sentence editing both robustness benches share (datelines, the first word lowered, …)
from metamorphic_bed import Edit, code_all, ends_plainly, in_front, moved, opening  # noqa: E402

from detente.evaluate.plv import (  # noqa: E402
    MarkedPair,
    answer,
    read_marked,
    root_of,
    split_of,
)
from detente.events import Coder, CoderConfig  # noqa: E402
from detente.models import Event  # noqa: E402

GOLD = ROOT.parent / "shared" / "gold" / "plv" / "PLV_train.tsv"

# A relative clause that says nothing about the event, for a person and for anything else.
PAREN = {"who": ", who made headlines last year,", "which": ", which made headlines last year,"}
# Words that head a phrase naming a person (the relative pronoun is then "who").
PERSON_HEADS = {
    "minister", "president", "leader", "spokesman", "spokeswoman", "spokesperson", "official",
    "officials", "chief", "secretary", "envoy", "ambassador", "premier", "king", "queen",
    "prince", "general", "commander", "prosecutor", "judge", "diplomat", "diplomats",
    "negotiator", "chairman", "head", "mayor", "governor", "senator", "lawmaker", "lawmakers",
    "protesters", "demonstrators", "activists", "rebels", "militants", "soldiers", "police",
    "troops", "fighters", "residents", "people", "man", "men", "woman", "women", "students",
    "workers", "gunmen", "militiamen", "insurgents", "officers", "director", "representative",
    "aide", "aides", "prosecutors", "investigators",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Sentence:
    """What the edits need to know of a sentence: its text and its parse's tokens."""

    text: str
    tokens: list  # spaCy tokens of the coder's own parse


def _leading(piece: str) -> Callable[[Sentence, MarkedPair], Edit | None]:
    def edit(sentence: Sentence, pair: MarkedPair) -> Edit | None:
        return in_front(sentence.text, sentence.tokens, piece)

    return edit


def _dateline(sentence: Sentence, pair: MarkedPair) -> Edit | None:
    if opening(sentence.text):
        return None
    return Edit(((0, 0, "BEIRUT (Reuters) - "),))


def _trail(sentence: Sentence, pair: MarkedPair) -> Edit | None:
    text = sentence.text.rstrip()
    if not ends_plainly(text):
        return None
    return Edit(((len(text) - 1, len(text) - 1, ", officials said"),))


def _paren(sentence: Sentence, pair: MarkedPair) -> Edit | None:
    """After the source phrase when it is the subject right before its verb."""
    if pair.source is None:
        return None
    end = pair.source[1]
    inside = [t for t in sentence.tokens if pair.source[0] <= t.idx < end]
    after = next((t for t in sentence.tokens if t.idx >= end), None)
    if not inside or after is None or after.idx != end + 1 or sentence.text[end] != " ":
        return None
    head = inside[-1]
    if not head.dep_.startswith("nsubj") or after.pos_ not in ("VERB", "AUX"):
        return None
    person = head.ent_type_ == "PERSON" or head.lower_ in PERSON_HEADS
    return Edit(((end, end, PAREN["who" if person else "which"]),))


def _before(sentence: Sentence, pair: MarkedPair) -> Edit | None:
    at = opening(sentence.text)
    return Edit(((at, at, "The talks were held in Geneva. "),))


def _after(sentence: Sentence, pair: MarkedPair) -> Edit | None:
    text = sentence.text.rstrip()
    return Edit(((len(text), len(text), " Further details were not immediately available."),))


KINDS: dict[str, Callable[[Sentence, MarkedPair], Edit | None]] = {
    "time": _leading("On Tuesday, "),
    "dateline": _dateline,
    "trail": _trail,
    "lead": _leading("Officials said "),
    "paren": _paren,
    "before": _before,
    "after": _after,
}


def _show(events: list[Event]) -> str:
    return "; ".join(
        f"{e.source_name}[{e.source}] {e.cameo} {e.plover} {e.modality} {e.target_name}[{e.target}]"
        for e in events
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", metavar="KIND", help="print the broken pairs of a kind")
    parser.add_argument("--limit", type=int, help="only the first N dev pairs")
    parser.add_argument("--gold", type=Path, default=GOLD)
    args = parser.parse_args()
    if not args.gold.exists():
        print(f"perturb: {args.gold} not found, skipped")
        return
    if args.errors and args.errors not in (*KINDS, "all"):
        parser.error(f"--errors takes one of {', '.join(KINDS)}, all")
    pairs = [p for p in read_marked(args.gold) if split_of(p.text) == "dev"]
    pairs = pairs[: args.limit] if args.limit else pairs
    coder = Coder(CoderConfig())
    plain = code_all(coder, [p.text for p in pairs])
    right = [p for p in pairs if (e := answer(p, plain[p.text])) and root_of(e) == p.root]
    parses = {
        t: Sentence(t, list(coder.nlp(coder.tagger.prepare(t))))
        for t in dict.fromkeys(p.text for p in right)
    }
    edited: dict[str, list[tuple[MarkedPair, MarkedPair]]] = {}
    for kind, make in KINDS.items():
        for pair in right:
            edit = make(parses[pair.text], pair)
            if edit is not None:
                edited.setdefault(kind, []).append((pair, moved(pair, edit)))
    coded = code_all(coder, [m.text for rows in edited.values() for _, m in rows])
    print(f"dev pairs {len(pairs)}, right as written {len(right)}")
    print(f"{'kind':<10}{'n':>6}{'found':>8}{'root':>8}{'broken':>8}")
    broken: list[tuple[str, MarkedPair, MarkedPair, Event | None]] = []
    for kind, rows in edited.items():
        found = root = 0
        for pair, variant in rows:
            event = answer(variant, coded[variant.text])
            found += event is not None
            ok = event is not None and root_of(event) == pair.root
            root += ok
            if not ok and args.errors in (kind, "all"):
                broken.append((kind, pair, variant, event))
        n = len(rows)
        print(f"{kind:<10}{n:>6}{found / n:>8.3f}{root / n:>8.3f}{n - root:>8}")
    for kind, pair, variant, event in broken:
        got = root_of(event) if event is not None else "(not found)"
        source = variant.text[slice(*variant.source)] if variant.source else ""
        target = variant.text[slice(*variant.target)] if variant.target else ""
        print(f"[{kind}] {pair.id} gold {pair.root} got {got} | {source} -> {target}")
        print(f"    {variant.text}")
        print(f"    before: {_show(plain[pair.text])}")
        print(f"    after:  {_show(coded[variant.text])}")


if __name__ == "__main__":
    main()
