"""Parse repairs on hand-built parses (sentences written for detente)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from detente.nlp.pipeline import listed_kinds, up_to_amounts


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


def _kinds_doc(last):
    words = ["Troops", "launched", "artillery", ",", "mortar", "and", "rocket", last, "."]
    heads = [1, 1, 1, 2, 2, 4, 7, 4, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct", "conj", "cc", "compound", "conj", "punct"]
    pos = ["NOUN", "VERB", "NOUN", "PUNCT", "NOUN", "CCONJ", "NOUN", "NOUN", "PUNCT"]
    lemmas = ["troop", "launch", "artillery", ",", "mortar", "and", "rocket", last, "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    for tok, lemma in zip(doc, lemmas, strict=True):
        tok.lemma_ = lemma
    return doc


def test_bare_nouns_listed_before_a_blow_are_its_kinds():
    """ "launched artillery, mortar and rocket fire": one blow, fire, of three kinds; the
    weapons are no objects of their own."""
    doc = _kinds_doc("fire")
    listed_kinds(doc)
    assert (doc[7].dep_, doc[7].head.i) == ("dobj", 1)
    assert [(doc[i].dep_, doc[i].head.i) for i in (2, 4)] == [("compound", 7)] * 2


def test_a_list_of_things_is_left_alone():
    """ "seized artillery, mortar and rocket launchers": launchers are no blow."""
    doc = _kinds_doc("launcher")
    listed_kinds(doc)
    assert (doc[2].dep_, doc[7].dep_) == ("dobj", "conj")
