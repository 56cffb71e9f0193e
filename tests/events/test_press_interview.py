"""A news outlet that questions an official interviews them: "the minister, questioned by
Xinhua, said …" is no investigation of the minister by China. Sentences written for
detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2021, 10, 18)


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the French president, questioned by France Inter, said that he wished for "
        "calm with Algeria.",
        "The Algerian foreign minister, interviewed by Xinhua, praised the friendship with China.",
        "Asked by France 24 about the visas, the Moroccan minister called the measure unjustified.",
    ],
)
def test_questions_of_the_press_are_no_investigation(coder, text):
    assert not [e for e in coder.code_text(text, DAY) if e.cameo_root == "09"]


def test_questioning_by_a_government_body_stays_an_investigation(coder):
    text = "French investigators questioned the Algerian diplomat about the forged visas."
    assert any(e.cameo_root == "09" for e in coder.code_text(text, DAY))


def test_a_side_that_confirms_the_other_s_act_charges_no_one(coder):
    """ "the French army confirmed that Algeria had closed its airspace": the closure is told,
    no French accusation of Algeria comes with it."""
    text = (
        "On Sunday the spokesman of the French army confirmed that Algeria had closed its "
        "airspace to French military planes."
    )
    events = coder.code_text(text, DAY)
    assert any(
        e.cameo_root == "16" and e.source_country == "DZA" and e.modality == "asserted"
        for e in events
    )
    assert not [e for e in events if e.cameo_root == "11"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Erdogan, in an article which he wrote for the Washington Post, said that the order "
            "for the killing came from the highest levels of the Saudi government.",
            "USA",
        ),
        ("Bashar al-Assad gave an interview to the Moscow Times on Monday.", "RUS"),
    ],
)
def test_a_paper_named_after_a_place_is_no_side(coder, text, place):
    """ "the Washington Post", "the Moscow Times": a paper titled after a capital is not the
    capital's state; writing for it or talking to it is no act towards that state."""
    events = coder.code_text(text, DAY)
    assert not [e for e in events if place in (e.source_country, e.target_country)]


def test_the_staff_of_a_paper_named_after_a_place_stay_its_country_media(coder):
    """ "Washington Post reporters": the title names whose people follow."""
    events = coder.code_text("Washington Post reporters met Putin in Moscow.", DAY)
    assert any(e.source_country == "USA" and e.cameo_root == "04" for e in events)
