"""Grammar rules of the extractor on hand-built parses (the parser's own mistakes, made on
purpose, so the rule is tested whatever the model does)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from detente.events.grammar import subject_of

_POS = {"to": "ADP", ",": "PUNCT", "the": "DET", "loyal": "ADJ", "freed": "VERB"}


def _parse(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    pos = [_POS.get(w, "VERB" if d == "ROOT" else "NOUN") for w, d in zip(words, deps, strict=True)]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize(
    ("words", "heads", "deps", "subject"),
    [
        # "Ahead of a visit by its president, Rouhani, the authorities freed prisoners" with
        # "Rouhani" misparsed as a second subject: after a comma the nearer one acts
        (
            ["Rouhani", ",", "the", "authorities", "freed", "prisoners"],
            [4, 4, 3, 4, 4, 4],
            ["nsubj", "punct", "det", "nsubj", "ROOT", "dobj"],
            "authorities",
        ),
        # "forces loyal to Hun Sen forced …" with "Sen" misparsed: no comma, and the second
        # stands in the first one's phrase ("to"): the first acts
        (
            ["forces", "loyal", "to", "Sen", "forced", "him"],
            [4, 0, 1, 4, 4, 4],
            ["nsubj", "amod", "prep", "nsubj", "ROOT", "dobj"],
            "forces",
        ),
    ],
)
def test_two_subjects(words, heads, deps, subject):
    doc = _parse(words, heads, deps)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert subject_of(verb).text == subject
