"""Parse repairs on hand-built parses (sentences written for detente)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from detente.nlp.pipeline import up_to_amounts


def _doc(words, heads, deps):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


def test_up_to_before_a_number_bounds_the_object():
    """ "arrested up to 200 protesters", parsed as particle "up" and "to … protesters": the
    protesters become the verb's object and "up to" bounds the number."""
    words = ["Police", "arrested", "up", "to", "200", "protesters", "."]
    doc = _doc(
        words, [1, 1, 1, 2, 5, 3, 1], ["nsubj", "ROOT", "prt", "prep", "nummod", "pobj", "punct"]
    )
    up_to_amounts(doc)
    assert (doc[5].dep_, doc[5].head.i) == ("dobj", 1)
    assert (doc[2].head.i, doc[3].head.i) == (4, 4)


def test_up_to_a_place_is_left_alone():
    """ "moved up to the front line": no number, so "up to" keeps its reading."""
    words = ["Troops", "moved", "up", "to", "the", "line", "."]
    doc = _doc(
        words, [1, 1, 1, 2, 5, 3, 1], ["nsubj", "ROOT", "prt", "prep", "det", "pobj", "punct"]
    )
    up_to_amounts(doc)
    assert (doc[5].dep_, doc[5].head.i) == ("pobj", 3)
