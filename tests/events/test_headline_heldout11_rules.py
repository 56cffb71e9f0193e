"""Rules found on the November-December 2016 headline set (tests/data/headlines_heldout11.tsv),
each tried on invented lines.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2016, 12, 10)


def _facts(coder, text: str) -> list[tuple[str, str, str]]:
    return [
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, DAY)
        if e.is_fact
    ]


def _roots(coder, text: str) -> set[str]:
    return {root for _, _, root in _facts(coder, text)}


# A candidate who beats another in a vote wins it: no blow is struck. Police who beat voters
# at one still strike them.
ELECTORAL_WINS = [
    ("alexander van der bellen beats norbert hofer in austria's runoff", False),
    ("karen handel beats jon ossoff in georgia's house race", False),
    ("Turkish police beat Kurdish voters in the runoff.", True),
    ("chinese guards beat an indian soldier in ladakh", True),
]


@pytest.mark.parametrize(("text", "struck"), ELECTORAL_WINS)
def test_a_win_in_a_vote_is_no_blow(coder, text, struck):
    assert ("18" in _roots(coder, text)) is struck


# An honour the tagger reads as a name is no person with a title: the words before it name
# the honour, not what is accepted ("peace"); a peace plan accepted still settles.
HONOURS_ACCEPTED = [
    ("juan manuel santos accepts the nobel peace prize in oslo", False),
    ("the dalai lama accepts the templeton peace award in london", False),
    ("Kim accepted the peace plan of Norway.", True),
]


@pytest.mark.parametrize(("text", "settles"), HONOURS_ACCEPTED)
def test_an_honour_accepted_is_no_settlement(coder, text, settles):
    assert ("03" in _roots(coder, text)) is settles


def _pairs(coder, text: str) -> set[tuple[str, str]]:
    return {(source, target) for source, target, _ in _facts(coder, text)}


# A city set before a suspect or an attacker names the deed's place, not the doer's country
# ("the Berlin suspect" was a Tunisian); a city's police are still the city's.
DEEDS_BY_PLACE = [
    ("the berlin suspect is shot dead by police in a suburb of milan", ("ITA", "DEU"), False),
    ("Italian police killed the Berlin attacker near Milan.", ("ITA", "DEU"), False),
    ("Berlin police detained a Syrian suspect.", ("DEU", "SYR"), True),
]


@pytest.mark.parametrize(("text", "pair", "found"), DEEDS_BY_PLACE)
def test_a_suspect_named_by_a_city_is_not_its(coder, text, pair, found):
    assert (pair in _pairs(coder, text)) is found


# Ties switched away from a government break them with the side the "from" phrase names;
# ties switched to one alone recognise it.
SWITCHED_TIES = [
    ("sao tome and principe switches its ties from taiwan to beijing", ("STP", "TWN", "16")),
    ("El Salvador switched its diplomatic ties from Taiwan to China.", ("SLV", "TWN", "16")),
    ("Panama switched relations to Beijing.", ("PAN", "CHN", "05")),
]


@pytest.mark.parametrize(("text", "wanted"), SWITCHED_TIES)
def test_ties_switched_from_a_side_are_cut(coder, text, wanted):
    assert wanted in _facts(coder, text)


# A side's exports capped are restricted (163), as curbed ones are; a side punished for a
# deed has its relations cut (160); a threat to punish stays a threat.
CAPS_AND_PUNISHMENTS = [
    ("the security council caps north korea's coal exports in new sanctions", ("UNO", "PRK", "16")),
    ("Japan capped Chinese steel imports.", ("JPN", "CHN", "16")),
    ("obama punishes russia for the hacking", ("USA", "RUS", "16")),
    ("The EU punished Belarus for the forced landing of the Ryanair jet.", ("EU", "BLR", "16")),
]


@pytest.mark.parametrize(("text", "wanted"), CAPS_AND_PUNISHMENTS)
def test_caps_and_punishments_are_sanctions(coder, text, wanted):
    assert wanted in _facts(coder, text)


def test_a_threat_to_punish_stays_a_threat(coder):
    roots = _roots(coder, "Iran vowed to punish Israel for the strike on its consulate.")
    assert "13" in roots and "16" not in roots


# A year or a holiday rung in is a feast, no call; a person rung is called.
RUNG_IN = [
    "revelers pack times square under tight security to ring in 2017",
    "Crowds in Sydney rang in the new year with fireworks.",
]


@pytest.mark.parametrize("text", RUNG_IN)
def test_a_year_rung_in_is_no_call(coder, text):
    assert "04" not in _roots(coder, text)


# Investors' words and weighing are a market's mood, no act of a side; a state that weighs a
# plan still considers it.
MARKET_MOODS = [
    ("the peso slides to a record low as investors weigh trump's trade plans", False),
    ("Investors weighed the Fed's plans on Monday.", False),
    ("Germany weighs Trump's trade plans.", True),
]


@pytest.mark.parametrize(("text", "considered"), MARKET_MOODS)
def test_investors_weighing_is_a_mood(coder, text, considered):
    assert ("01" in _roots(coder, text)) is considered


# A blast told with what set it off by mishap (gas, fireworks, chemicals) is an accident, no
# attack; a blast at a checkpoint is still one.
BLASTS = [
    ("a blast at a fireworks market near mexico city kills 31", False),
    ("An explosion at a chemical plant in Tianjin killed 173 people.", False),
    ("A blast at a checkpoint in Kabul killed ten Afghan soldiers.", True),
]


@pytest.mark.parametrize(("text", "attack"), BLASTS)
def test_a_blast_by_mishap_is_no_attack(coder, text, attack):
    assert ("19" in _roots(coder, text)) is attack
