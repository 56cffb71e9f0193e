"""What an analyst would not sign in a read-through of wire stories: craft sent to fetch the
stranded shown as force, a tightened watch at home announced as a threat, and a state told
now dated by the year of the clause it is coordinated with (sentences written for detente).
"""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2016, 3, 9)


def _codes(coder, text):
    return [(e.source, e.cameo, e.modality, e.date) for e in coder.code_text(text, PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "Both governments said they would send empty aircraft to bring the stranded tourists home.",
        "Poland will send two planes to evacuate its citizens from Lebanon.",
        "India sent three ships to bring its nationals home from Kuwait.",
    ],
)
def test_craft_sent_to_fetch_people_show_no_force(coder, text):
    # a lift for the stranded is no show of force (15x) and threatens no one (13x)
    roots = {c[1][:2] for c in _codes(coder, text)}
    assert not roots & {"15", "13"}


def test_craft_sent_to_a_sea_still_show_force(coder):
    codes = _codes(coder, "Russia will send warships to the Black Sea next week.")
    assert any(c[1][:2] == "15" for c in codes)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt said it would tighten airport security after the crash.",
        "Belgium will tighten security at train stations, the interior minister said.",
    ],
)
def test_a_tightened_watch_announced_is_no_threat(coder, text):
    codes = _codes(coder, text)
    assert not any(c[1][:2] == "13" for c in codes)


def test_a_present_conjunct_is_not_dated_by_the_first_clause(coder):
    text = "Kosovo declared independence from Serbia in 2008, but Belgrade does not recognise it."
    codes = [c for c in _codes(coder, text) if c[0] == "SRB"]
    assert codes
    assert all(c[3] == PUB for c in codes)


def test_a_past_conjunct_keeps_the_first_clause_date(coder):
    text = "Moscow expelled 20 Polish diplomats on Monday and closed the consulate in Gdansk."
    codes = [c for c in _codes(coder, text) if c[1][:3] == "161"]
    assert codes
    assert all(c[3] == dt.date(2016, 3, 7) for c in codes)


@pytest.mark.parametrize(
    "text",
    [
        "A Russian airliner broke up over Sinai and killed all 224 people on board.",
        "A Turkish passenger plane crashed near Amsterdam, killing nine people.",
        "A Russian military plane crashed near Latakia, killing 39 people.",
    ],
)
def test_a_craft_that_crashes_kills_by_accident(coder, text):
    # the country of a plane that crashed assaults no one
    assert not any(c[1][:2] in ("18", "19", "20") for c in _codes(coder, text))


def test_warplanes_still_strike(coder):
    codes = _codes(coder, "Israeli aircraft struck Hamas positions in Gaza on Monday.")
    assert any(c[0] == "ISR" and c[1][:2] == "19" for c in codes)


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "Foreign Minister Sameh Shoukry said the decision by London was premature and "
            "criticised Britain for releasing intelligence.",
            "EGY",
            "GBR",
        ),
        (
            "Lavrov said the sanctions by Washington were unlawful and accused Germany of "
            "hypocrisy.",
            "RUS",
            "DEU",
        ),
    ],
)
def test_a_spoken_act_joined_to_a_reported_predicate_is_the_speakers(coder, text, speaker, target):
    codes = [
        (e.source, e.target) for e in coder.code_text(text, PUB) if e.cameo_root in ("11", "12")
    ]
    assert any(s.startswith(speaker) and t.startswith(target) for s, t in codes)
    assert not any(s.startswith(("GBR", "USA")) for s, _ in codes)
