"""Phone calls told by what was said in them (events/calls.py): the call is coded between
the speaker and the one spoken to, each with the other, beside the verb's own act. Sentences
invented for detente about real kinds of episodes."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2022, 8, 19)


def _calls(events, a, b):
    return {
        (e.source_country, e.target_country)
        for e in events
        if e.cameo == "041" and {e.source_country, e.target_country} == {a, b}
    }


@pytest.mark.parametrize(
    "text, a, b, act",
    [
        # the line as the means, with the one thanked, praised or told as the object
        ("Israeli Prime Minister Yair Lapid thanked Erdogan by telephone.", "ISR", "TUR", "05"),
        ("Putin congratulated Tokayev by phone on his reelection.", "RUS", "KAZ", "05"),
        ("Netanyahu apologised by telephone to Erdogan for the raid.", "ISR", "TUR", "05"),
        # the call the verb is said in, with its own "with" phrase, before or after the verb
        (
            "In a telephone conversation with Erdogan, Egyptian President Sisi congratulated "
            "him on his victory.",
            "EGY",
            "TUR",
            "05",
        ),
        (
            "Biden in a telephone conversation with Putin proposed a summit in a third country.",
            "USA",
            "RUS",
            "03",
        ),
        # hung by the parser on the verb's object
        (
            "Blinken condemned the attack in a phone call with Jordanian Foreign Minister "
            "Ayman Safadi.",
            "USA",
            "JOR",
            "11",
        ),
    ],
)
def test_a_call_told_by_what_was_said_is_a_call_both_ways(coder, text, a, b, act):
    events = [e for e in coder.code_text(text, PUB) if e.is_fact]
    assert _calls(events, a, b) == {(a, b), (b, a)}, events
    assert any(e.cameo_root == act and e.source_country == a for e in events), events


def test_a_call_among_the_speakers_named_as_one(coder):
    events = coder.code_text(
        "In a telephone conversation the presidents of Russia and Turkey agreed to extend the "
        "grain deal.",
        PUB,
    )
    assert _calls(events, "RUS", "TUR") == {("RUS", "TUR"), ("TUR", "RUS")}, events


@pytest.mark.parametrize(
    "text",
    [
        "Macron criticised the decision by Putin to recognise the two regions.",
        "Erdogan thanked Putin for the grain deal.",
        "The French ambassador said by phone that nobody had been hurt.",
    ],
)
def test_no_call_without_a_line_and_a_partner(coder, text):
    events = coder.code_text(text, PUB)
    assert not [e for e in events if e.cameo == "041"], events


def test_a_denied_apology_by_phone_is_no_call_made(coder):
    events = coder.code_text("Netanyahu will not apologise by phone to Erdogan.", PUB)
    assert not [e for e in events if e.cameo == "041" and e.is_fact], events


@pytest.mark.parametrize(
    "text",
    [
        "Two Britons were arrested on charges of spying for Iran, after which London summoned "
        "the Iranian ambassador.",
        "Police held a French aid worker on charges of smuggling, following which Paris "
        "recalled its ambassador from Niamey.",
    ],
)
def test_what_came_next_is_no_part_of_a_charge(coder, text):
    # "…, after which X did Y": the story's next act, though the parser hangs it on a noun
    # inside the charge
    acts = [e for e in coder.code_text(text, PUB) if e.source_country in ("GBR", "FRA")]
    assert acts and all(e.modality == "asserted" for e in acts), acts


def test_two_calls_of_one_pair_on_two_days_are_two_acts(coder):
    text = (
        "Erdogan in March 2021 in a telephone conversation congratulated the Israeli President "
        "Isaac Herzog, and in June the court freed two Israeli tourists, after which Israeli "
        "Prime Minister Naftali Bennett thanked Erdogan by telephone."
    )
    calls = {
        e.date.month
        for e in coder.code_text(text, PUB)
        if e.cameo == "041" and e.source_country == "ISR" and e.target_country == "TUR"
    }
    assert calls == {3, 6}, calls
