"""Rules found on the sixteenth January-February 2017 headline set
(tests/data/headlines_heldout16.tsv), each tried on invented lines.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2017, 2, 10)


def _events(coder, text: str) -> list[tuple[str, str, str, str]]:
    return [
        (e.source_country, e.target_country, e.cameo, e.target_name)
        for e in coder.code_text(text, DAY)
        if e.is_fact
    ]


def _roots(coder, text: str) -> set[str]:
    return {cameo[:2] for _, _, cameo, _ in _events(coder, text)}


# Stopping buying from a side is an embargo of that side, as "halted imports" is; a buyer who
# stops buying what it fancies names no seller.
STOPPED_BUYING = [
    ("beijing stops buying north korean coal for the rest of the year", ("CHN", "PRK")),
    ("Indian refiners ceased importing Iranian crude after the sanctions.", ("IND", "IRN")),
    ("China stopped buying soybeans from the United States.", ("CHN", "USA")),
]


@pytest.mark.parametrize(("text", "pair"), STOPPED_BUYING)
def test_stopping_buying_is_an_embargo(coder, text, pair):
    assert any((s, t) == pair and c[:2] == "16" for s, t, c, _ in _events(coder, text))


def test_stopping_buying_bread_is_no_event(coder):
    assert _events(coder, "They stopped buying bread at the shop.") == []


# Ground taken from a side named after "from" is taken from that side, not from the place
# (nor from the country of the place's owner, "mosul's airport").
TAKEN_FROM = [
    ("iraqi troops seize mosul's airport from the islamic state", "ISI"),
    ("The Taliban captured the district from Afghan forces on Monday.", "AFG"),
    ("Kurdish fighters took the town from the Islamic State.", "ISI"),
]


@pytest.mark.parametrize(("text", "target"), TAKEN_FROM)
def test_ground_taken_from_a_side(coder, text, target):
    assert any(t == target and c[:2] == "19" for _, t, c, _ in _events(coder, text))


def test_ground_taken_with_no_from_keeps_its_place(coder):
    assert any(t == "UKR" for _, t, _, _ in _events(coder, "Russian forces seized Crimea."))


# An envoy "called home" is recalled, as one "called back" is.
CALLED_HOME = [
    ("tokyo calls home its ambassador from south korea over the statue in busan", "KOR"),
    ("Japan called home its ambassador to South Korea.", "KOR"),
]


@pytest.mark.parametrize(("text", "target"), CALLED_HOME)
def test_envoy_called_home_is_recalled(coder, text, target):
    assert any(t == target and c == "161" for _, t, c, _ in _events(coder, text))


# "Threatens to" and something going wrong of itself, with nothing it is done to, is a risk
# (a dam, a truce, a quarrel); a threat to do something to someone stays one.
GOING_WRONG = [
    ("the spillway at oroville dam threatens to fail, and thousands flee", set()),
    ("The truce between the two factions threatens to unravel.", set()),
    ("The dispute threatens to spill over into trade.", set()),
    ("Rebels threatened to blow up the bridge.", {"13"}),
    ("North Korea threatened to sink the aircraft carrier.", {"13"}),
]


@pytest.mark.parametrize(("text", "roots"), GOING_WRONG)
def test_threat_of_going_wrong_is_a_risk(coder, text, roots):
    assert _roots(coder, text) == roots


# Water and the works that hold it act for no one.
WATER = [
    "oroville dam threatens to fail, forcing 180,000 to evacuate ; water poured over an"
    " emergency spillway.",
    "Floodwaters swept away the bridge on Sunday.",
]


@pytest.mark.parametrize("text", WATER)
def test_water_and_dams_are_no_doers(coder, text):
    assert _events(coder, text) == []


# A person's attack on the press, one made where words are put out (on Twitter, at a news
# conference) and a person's attack on a person are criticism; armed men and jets attacking a
# place, and an attack on press freedom, keep their codes.
ATTACKS = [
    ("trump attacks the press for 77 minutes at a news conference", "111"),
    (
        "nordstrom drops ivanka trump's clothing line, and the president attacks the store on"
        " twitter",
        "111",
    ),
    ("john lewis's district draws visitors after trump's attack on the congressman", "111"),
    ("Erdogan attacked the media in a speech on Tuesday.", "111"),
    ("The president attacked press freedom in his decree.", "1721"),
    ("Rebels attacked the convoy at a checkpoint.", "190"),
    ("Putin's attack on Ukraine drew condemnation.", "190"),
]


@pytest.mark.parametrize(("text", "code"), ATTACKS)
def test_attacks_in_words(coder, text, code):
    codes = {c for _, _, c, _ in _events(coder, text)}
    assert code in codes and not codes & ({"111", "190", "1721"} - {code})
