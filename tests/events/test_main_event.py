"""Which of a sentence's events a reader takes first (sentences written for detente).

An act the sentence tells beside its main one (in a relative or adverbial clause, a participle
on a noun, a phrase of time or cause) is taken for granted there, not asserted: its evidence
is weaker and it is listed after the main act, so the main event
(:func:`detente.evaluate.plv.main_event`: asserted first, then the most confident, then the
first) is the act the sentence tells.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.evaluate.plv import main_event
from detente.events.grammar import embedding

PUB = dt.date(2019, 5, 9)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an adverbial clause before the main act
        (
            "After Podgorica expelled Serbia's envoy, Serbia recalled its ambassador from "
            "Montenegro.",
            "SRB",
            "MNE",
        ),
        # a phrase of cause before it
        (
            "Under pressure from Washington, Israel allowed aid trucks into Gaza through the "
            "Kerem Shalom crossing.",
            "ISR",
            "PSE",
        ),
        # a participle set before the subject
        ("Backed by Russian jets, Syrian troops shelled rebel-held villages in Idlib.", "SYR", ""),
        # a participle on the subject
        ("Syrian warplanes backed by Russia bombed rebel-held towns in Idlib.", "SYR", ""),
        # the act in a relative clause on the object
        (
            "Moldova's president dismissed the chief prosecutor, who had accused Russia of "
            "funding the opposition.",
            "MDA",
            "",
        ),
        # the act a listener is pressed on is the matter of the talk, told beside the pressing
        (
            "Germany's foreign minister pressed Azerbaijan's president on the shelling of "
            "Armenian villages by Azerbaijani troops.",
            "DEU",
            "AZE",
        ),
        # a wire attribution after the act: the teller's charge the coder infers from it is
        # weaker than the act told
        (
            "Sudan's Rapid Support Forces attacked a camp for displaced families outside El "
            "Fasher, killing at least twenty people, the United Nations said.",
            "SDN",
            "",
        ),
    ],
)
def test_the_main_event_is_the_act_the_sentence_tells(coder, text, source, target):
    main = main_event(coder.code_text(text, PUB))
    assert main is not None
    assert main.source_country == source
    assert not target or main.target_country == target


def test_an_act_told_beside_the_main_one_is_weaker_evidence(coder):
    """The same act, told as the main one and beside another: the second is less sure."""
    alone = coder.code_text("Podgorica expelled Serbia's envoy.", PUB)
    beside = coder.code_text(
        "After Podgorica expelled Serbia's envoy, Serbia recalled its ambassador.", PUB
    )
    told = [e for e in alone if e.source_country == "MNE"]
    aside = [e for e in beside if e.source_country == "MNE"]
    assert told and aside
    assert aside[0].confidence < told[0].confidence


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Indian Prime Minister Narendra Modi, left, and Japanese Prime Minister Shinzo Abe, "
            "right, attended a summit in Tokyo.",
            "IND",
            "JPN",
        ),
        (
            "Kenyan and British armed forces have agreed to hold a joint military exercise "
            "next year.",
            "KEN",
            "GBR",
        ),
    ],
)
def test_an_act_of_two_sides_is_read_first_as_the_sentence_names_them(coder, text, source, target):
    main = main_event(coder.code_text(text, PUB))
    assert main is not None
    assert (main.source_country, main.target_country) == (source, target)


@pytest.mark.parametrize(
    ("text", "plover", "target"),
    [
        # what a document says is the act its issuer does by it, not an aside
        (
            "The Senate passed a bill urging Saudi Arabia to lift its blockade of Yemen, a day "
            "after Houthi rebels fired missiles at Riyadh.",
            "REQUEST",
            "SAU",
        ),
        # the words (a statement, a letter: no PLOVER type) come after the act they carry
        ("The EU issued a statement condemning Russia's missile strike on Kyiv.", "ACCUSE", "RUS"),
        (
            "Germany sent a letter to Poland urging Warsaw to drop its claim for war reparations.",
            "REQUEST",
            "POL",
        ),
    ],
)
def test_the_act_a_document_or_statement_carries_is_the_main_event(coder, text, plover, target):
    main = main_event(coder.code_text(text, PUB))
    assert main is not None
    assert (main.plover, main.target_country) == (plover, target)


def test_an_act_a_noun_names_for_the_side_of_another_comes_after_it(coder):
    """The offensive says who was supported: the support is the news, listed first and the
    main event, though both are equally sure."""
    events = coder.code_text(
        "The Russian-led offensive in eastern Ukraine has received financial support from Belarus.",
        PUB,
    )
    roots = [e.cameo_root for e in events]
    assert sorted(roots) == ["07", "19"]
    assert roots[0] == "07"
    main = main_event(events)
    assert main is not None and (main.source_country, main.cameo_root) == ("BLR", "07")


@pytest.mark.parametrize(
    ("text", "lemma", "depth"),
    [
        # the main clause's verb and its conjunct
        ("Serbia recalled its ambassador and closed the border.", "close", 0),
        # what a verb of saying says is the news, not below it
        ("Officials said Russia shelled Kharkiv overnight.", "shell", 0),
        # a noun the main verb takes as its object
        ("Washington will continue its military aid to Egypt.", "aid", 0),
        # a purpose clause and a complement sit one level below
        ("Kyiv asked Berlin for tanks to repel the offensive.", "repel", 1),
        ("Ankara agreed to meet the rebels in Geneva.", "meet", 1),
        # a noun in a prepositional phrase of its clause
        ("Merkel phoned Erdogan after the bombing of the embassy.", "bombing", 1),
        # a noun in a phrase of a purpose clause: two levels
        ("Kyiv asked Berlin for tanks to push back after the attack on Kharkiv.", "attack", 2),
    ],
)
def test_embedding_counts_the_levels_an_act_sits_below_the_main_clause(coder, text, lemma, depth):
    doc = coder.nlp(text)
    word = next(t for t in doc if t.lemma_ == lemma)
    assert embedding(word) == depth
