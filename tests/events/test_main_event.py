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
