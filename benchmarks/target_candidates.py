"""Where the marked target lies when the coder found the marked source's event but gave it
another target (the "target_else" misses of a PLV split), measured against the target
candidates the grammar gave that source's triples (``Triple.targets``).

Run:  python benchmarks/target_candidates.py dev|check [PLV_train.tsv]

Prints counts only, never sentences (the check half is only ever scored), one class a miss:

- ``chosen_no_overlap``: the gold lies in the whole phrase of the candidate the coder chose,
  not in the event's span (a span convention);
- ``in_primary`` / ``in_fallback``: in another candidate, where the grammar puts the target
  or further on (a choice among candidates);
- ``in_subtree``: deeper inside a candidate's subtree than its phrase (a noun complement, a
  clause of the object);
- ``in_source_phrase``: inside the source's own phrase ("protesters in the town of X");
- ``in_word_subtree``: elsewhere in the event word's clause (a candidate never generated);
- ``outside``: elsewhere in the sentence; ``no_triple_seen``: no triple has the source.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import detente.events.coder as coder_module  # noqa: E402
from detente.actors.resolve import mention, phrase_span  # noqa: E402
from detente.evaluate.plv import (  # noqa: E402
    DEFAULT_DAY,
    MarkedPair,
    _overlaps,
    answer,
    read_marked,
    split_of,
)
from detente.events import Coder, CoderConfig  # noqa: E402
from detente.events.triple import Triple  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "gold" / "plv" / "PLV_train.tsv"


def _subtree_span(tok) -> tuple[int, int]:
    tokens = list(tok.subtree)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _target_else(pair: MarkedPair, events: list) -> list | None:
    """The events that have the marked source but another target, if that is the miss."""
    if answer(pair, events) is not None:
        return None
    src = [e for e in events if _overlaps(pair.sources, e.source_start, e.source_end)]
    tgt = [e for e in events if _overlaps(pair.targets, e.target_start, e.target_end)]
    reversed_ = [
        e
        for e in events
        if _overlaps(pair.sources, e.target_start, e.target_end)
        and _overlaps(pair.targets, e.source_start, e.source_end)
    ]
    if reversed_ or (src and tgt) or not src or all(e.target_start is None for e in src):
        return None
    return src


def classify(pair: MarkedPair, src: list, triples: list[Triple]) -> str:
    """The class of one target_else miss (see the module docstring)."""

    def hit(span: tuple[int, int]) -> bool:
        return _overlaps(pair.targets, *span)

    mine = [
        t
        for t in triples
        if any(_overlaps(pair.sources, *phrase_span(mention(h))) for h in t.sources)
    ]
    if not mine:
        return "no_triple_seen"
    chosen = [
        h
        for t in mine
        for group in t.targets
        for h in group
        if any(
            e.target_start is not None
            and e.target_start < phrase_span(h, whole=True)[1]
            and phrase_span(h, whole=True)[0] < e.target_end
            for e in src
        )
    ]
    heads = [(t, i, h) for t in mine for i, group in enumerate(t.targets) for h in group]
    if any(hit(phrase_span(h, whole=True)) for h in chosen):
        return "chosen_no_overlap"
    if any(hit(phrase_span(h, whole=True)) for t, i, h in heads if i < t.primary):
        return "in_primary"
    if any(hit(phrase_span(h, whole=True)) for _, _, h in heads):
        return "in_fallback"
    if any(hit(_subtree_span(h)) for _, _, h in heads):
        return "in_subtree"
    if any(hit(_subtree_span(mention(h))) for t in mine for h in t.sources):
        return "in_source_phrase"
    if any(hit(_subtree_span(t.word)) for t in mine):
        return "in_word_subtree"
    return "outside"


def main() -> None:
    split = sys.argv[1] if len(sys.argv) > 1 else "dev"
    gold = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_GOLD
    seen: list[Triple] = []
    pairs_of = coder_module.pairs_of

    def recording(triple: Triple, *args, **kwargs):
        seen.append(triple)
        return pairs_of(triple, *args, **kwargs)

    coder_module.pairs_of = recording
    coder = Coder(CoderConfig())
    counts: Counter[str] = Counter()
    for pair in (p for p in read_marked(gold) if split_of(p.text) == split):
        seen.clear()
        events = coder.code_text(pair.text, DEFAULT_DAY)
        src = _target_else(pair, events)
        if src is not None:
            counts[classify(pair, src, list(seen))] += 1
    print(split, "target_else", sum(counts.values()), dict(counts.most_common()))


if __name__ == "__main__":
    main()
