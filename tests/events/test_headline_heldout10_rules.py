"""Rules found on the May-June 2017 headline set (tests/data/headlines_heldout10.tsv), each
tried on invented lines.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2016, 3, 10)


def _facts(coder, text: str) -> list[tuple[str, str, str]]:
    return [
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, DAY)
        if e.is_fact
    ]


# A headline run into its snippet with a semicolon, its -s verb read as a plural noun hung
# on the snippet's verb, is read again with the verb in the past, as a headline alone is.
TITLES_BEFORE_SNIPPETS = [
    ("putin hosts turkey's erdogan in sochi ; they discussed syria.", ("RUS", "TUR", "04")),
    (
        "the u.s. sanctions a russian bank over its dealings with syria ; the bank was barred "
        "from american markets.",
        ("USA", "RUS", "16"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), TITLES_BEFORE_SNIPPETS)
def test_title_before_snippet_keeps_its_verb(coder, text, wanted):
    assert wanted in _facts(coder, text)


def _threats(coder, text: str) -> list[tuple[str, str]]:
    return [
        (e.source_country, e.target_country)
        for e in coder.code_text(text, DAY)
        if e.is_fact and e.cameo_root == "13"
    ]


# Two sides named in one subject that will fight each other: a bout or a war ahead, no
# threat either makes; one side's own "will attack" still threatens.
MUTUAL_FIGHTS = [
    ("russia and ukraine will fight over crimea", []),
    ("israel and hezbollah will fight on the border", []),
    ("North Korea will attack Guam, its army said.", [("PRK", "GUM")]),
]


@pytest.mark.parametrize(("text", "threats"), MUTUAL_FIGHTS)
def test_fight_between_the_subjects_is_no_threat(coder, text, threats):
    assert _threats(coder, text) == threats


def _asserted_roots(coder, text: str) -> list[str]:
    return [e.cameo_root for e in coder.code_text(text, DAY) if e.is_fact]


# A company's post named in the "as" phrase of a resignation is given up, no side accedes to
# another's demand; a minister's post keeps the act.
POSTS_GIVEN_UP = [
    ("Marissa Mayer steps down as chief executive of Yahoo.", False),
    ("john smith resigns as the bank's chief after the losses", False),
    ("Ivanov resigns as Russia's defense minister after the protests.", True),
]


@pytest.mark.parametrize(("text", "conceded"), POSTS_GIVEN_UP)
def test_company_post_named_by_as_is_given_up(coder, text, conceded):
    assert ("08" in _asserted_roots(coder, text)) is conceded


# What a court or a legislature "strikes down" it voids: a ruling, no blow; gunmen who
# strike down a mayor still attack.
STRUCK_DOWN = [
    ("A federal judge struck down the state's voter map on Tuesday.", False),
    ("the appeals court strikes down three districts drawn by race", False),
    ("Gunmen struck down the mayor of Acapulco.", True),
]


@pytest.mark.parametrize(("text", "blow"), STRUCK_DOWN)
def test_struck_down_by_a_court_is_no_blow(coder, text, blow):
    assert ("19" in _asserted_roots(coder, text)) is blow


# The two chief Brexit negotiators, by their dated posts: Michel Barnier spoke for the EU
# from October 2016 to March 2021, David Davis for Britain from July 2016 to July 2018.
def test_brexit_negotiators_meet_for_their_sides(coder):
    events = coder.code_text("Barnier met David Davis in Brussels.", dt.date(2017, 6, 19))
    pairs = {(e.source_country, e.target_country) for e in events if e.cameo_root == "04"}
    assert pairs & {("EU", "GBR"), ("GBR", "EU")}
