"""Headlines in the headline present are parsed with their verb read as a verb."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.nlp.headlines import past_tense

DAY = dt.date(2017, 4, 7)


@pytest.mark.parametrize(
    ("lemma", "past"),
    [
        ("fire", "fired"),
        ("attack", "attacked"),
        ("ban", "banned"),
        ("bar", "barred"),
        ("expel", "expelled"),
        ("visit", "visited"),
        ("carry", "carried"),
        ("meet", "met"),
        ("seize", "seized"),
        ("sanction", "sanctioned"),
    ],
)
def test_past_tense(lemma, past):
    assert past_tense(lemma) == past


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("U.S. fires cruise missiles at Syrian air base", ("USA", "SYR", "19")),
        ("Houthi boat attacks Saudi frigate off Yemen coast", ("YEM", "SAU", "19")),
        ("chinese aircraft carrier sails through taiwan strait", ("CHN", "TWN", "15")),
        ("Trump berates Australian leader over refugee deal", ("USA", "AUS", "11")),
        ("Mexican President Cancels Visit To Washington", ("MEX", "USA", "12")),
        ("pakistan releases captured indian pilot", ("PAK", "IND", "08")),
        ("pakistan shells militant camps across border in afghanistan", ("PAK", "AFG", "19")),
        ("thousands protest in london against trump's travel ban", ("GBR", "USA", "14")),
        # a hyphenated pair before an event noun is both parties
        ("Trump-Putin summit in Helsinki", ("RUS", "USA", "04")),
        ("Israel-Hamas war enters its second week", ("ISR", "PSE", "19")),
    ],
)
def test_verb_read_as_noun_in_a_headline(coder, text, fact):
    events = coder.code_text(text, DAY)
    assert fact in [(e.source_country, e.target_country, e.cameo_root) for e in events]
    assert all(e.date == DAY for e in events)


def test_offsets_stay_on_the_original_text(coder):
    text = "U.S. fires cruise missiles at Syrian air base"
    (event,) = coder.code_text(text, DAY)
    assert text[event.start : event.end].startswith("U.S. fires")
    assert text[event.target_start : event.target_end] == "Syrian air base"


def test_a_blank_line_ends_a_sentence(coder):
    text = "Ankara and Moscow after the crisis\n\nTurkish jets shot down a Russian bomber."
    events = coder.code_text(text, DAY)
    assert {(e.source_country, e.target_country) for e in events} == {("TUR", "RUS")}
