"""Rules found on the fifteenth January-February 2017 headline set
(tests/data/headlines_heldout15.tsv), each tried on invented lines.
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


# Company kept at the doer's side ("with Trump at his side", "with her minister beside her")
# is no one the act is aimed at; a plain "with" partner still is.
COMPANY = [
    (
        "abe calls north korea's launch 'absolutely intolerable' with trump at his side in"
        " palm beach",
        "PRK",
    ),
    ("the chancellor condemns turkey's arrests 'deeply disturbing' with macron at her side", "TUR"),
    ("Putin called the American strike 'an act of aggression' with Lavrov beside him.", "USA"),
    ("Netanyahu signed the deal with Trump.", "USA"),
]


@pytest.mark.parametrize(("text", "target"), COMPANY)
def test_company_at_ones_side_is_no_target(coder, text, target):
    targets = {t for _, t, _, _ in _events(coder, text) if t}
    assert targets == {target}


# Games told by their words: a plural of a two-word game term ("six field goals"), the
# players beaten ("beats four top poker players"), a prize played for ("host the Steelers
# for the A.F.C. title"). Armed men and police who beat people still assault them, and a
# state hosting talks still meets.
GAMES = [
    ("the steelers beat the chiefs in kansas city on six field goals by chris boswell", set()),
    ("a computer program beats four top poker players over 20 days of play in pittsburgh", set()),
    ("the patriots beat the texans and will host the steelers for the a.f.c. title", set()),
    ("The Yankees edged the Red Sox on two home runs by Judge.", set()),
    ("Russian troops beat the rebels back from the town.", {"18"}),
    ("Russia will host Turkey for talks on Syria.", {"03"}),
]


@pytest.mark.parametrize(("text", "roots"), GAMES)
def test_game_words_tell_a_game(coder, text, roots):
    assert _roots(coder, text) == roots


# A contest dropped out of is no ground given up, whatever place names it; troops who
# withdraw from a town still retreat.
CONTESTS = [
    ("Nadal pulled out of the Australian Open with a hip injury.", False),
    ("Tiger Woods withdrew from the Dubai Desert Classic with a back spasm.", False),
    ("Kenya withdrew from the African Nations Championship.", False),
    ("Russian troops withdrew from Aleppo.", True),
]


@pytest.mark.parametrize(("text", "retreat"), CONTESTS)
def test_a_contest_left_is_no_retreat(coder, text, retreat):
    assert ("08" in _roots(coder, text)) is retreat


# A leader who flies or goes home returns to his own land and visits no one; one who flies
# to a foreign capital visits it.
HOMECOMINGS = [
    (
        "barrow flies home from dakar to a cheering crowd at banjul airport ; west african"
        " troops guarded the road into the city.",
        False,
    ),
    ("Modi flew home from Tokyo to New Delhi on Sunday.", False),
    ("Sisi flew to Paris on Monday.", True),
    ("the japanese leader also visited duterte's home in davao on friday.", True),
]


@pytest.mark.parametrize(("text", "visit"), HOMECOMINGS)
def test_a_trip_home_is_no_visit(coder, text, visit):
    assert ("04" in _roots(coder, text)) is visit


# A plea of guilty is a court's business, and so is the money paid with it: no appeal to
# anyone, no aid given. A plea to a leader is still an appeal, and a pledge of money aid.
PLEAS = [
    (
        "volkswagen agrees to plead guilty and pay $4.3 billion over its diesel cheating ; six"
        " executives were charged in detroit.",
        set(),
    ),
    ("The bank agreed to plead guilty and to pay $1.3 billion.", set()),
    ("Abbas pleaded with Obama to stop the settlements.", {"02"}),
    ("The United States agreed to pay $50 million to Ukraine.", {"03"}),
]


@pytest.mark.parametrize(("text", "roots"), PLEAS)
def test_a_guilty_plea_and_its_payment_are_no_event(coder, text, roots):
    assert _roots(coder, text) == roots


# A tone, a note, a chord or a balance struck is a figure of speech, no blow; a strike on
# targets is one.
FIGURES = [
    ("trump's address to congress strikes a calmer tone as he calls for a new start", False),
    ("The president struck a defiant note in his speech.", False),
    ("The minister struck a balance between growth and debt.", False),
    ("Israel struck Hamas targets in Gaza.", True),
]


@pytest.mark.parametrize(("text", "blow"), FIGURES)
def test_a_tone_struck_is_no_blow(coder, text, blow):
    assert bool(_roots(coder, text) & {"18", "19", "20"}) is blow


# A poison that kills (a nerve agent, VX, sarin) is no doer; armed men who kill with it are.
POISONS = [
    (
        "malaysia says the nerve agent vx killed kim jong-nam ; the police found traces on him.",
        False,
    ),
    ("The nerve agent killed two people in Salisbury.", False),
    ("Syrian jets killed dozens with sarin in Khan Sheikhoun.", True),
]


@pytest.mark.parametrize(("text", "killing"), POISONS)
def test_a_poison_is_no_doer(coder, text, killing):
    assert bool(_roots(coder, text) & {"18", "19", "20"}) is killing


# A person's name in our tables set beside a company noun ("Mead Johnson, the maker of
# Enfamil") is the company, no minister; beside an office it stays the person.
FIRMS = [
    (
        "reckitt benckiser agrees to buy mead johnson, the maker of enfamil, for $16.6 billion",
        set(),
    ),
    ("Merkel met Johnson, the British foreign secretary, in Berlin.", {"GBR"}),
]


@pytest.mark.parametrize(("text", "targets"), FIRMS)
def test_a_name_set_beside_a_company_noun_is_a_company(coder, text, targets):
    assert {t for _, t, _, _ in _events(coder, text) if t} == targets


# A warning to no one named that no one would win foretells an outcome, no threat; told to a
# side, or foretelling that no one would be safe, it stays a threat.
NO_WINNERS = [
    (
        "xi, at davos, casts china as the champion of open trade ; the chinese leader warned"
        " that no one would win a trade war.",
        False,
    ),
    ("Xi warned that no one would emerge as a winner in a trade war.", False),
    ("China warned the United States that no one would win a trade war.", True),
    ("Iran warned that nobody would be safe if its oil exports were blocked.", True),
]


@pytest.mark.parametrize(("text", "threat"), NO_WINNERS)
def test_a_warning_that_no_one_wins_is_no_threat(coder, text, threat):
    assert ("13" in _roots(coder, text)) is threat


# A city's name after the particle of a Romance surname that follows a given name is the
# surname ("Leila de Lima" names no Peru); a city named so in its own right keeps its land.
PARTICLES = [
    ("the philippine senator is ordered arrested ; leila de lima denied the charges.", set()),
    ("Senator Leila de Lima accused Duterte of murder.", {"PHL"}),
    ("Kerry flew to Rio de Janeiro.", {"USA", "BRA"}),
]


@pytest.mark.parametrize(("text", "countries"), PARTICLES)
def test_a_city_after_a_surname_particle_is_the_surname(coder, text, countries):
    sides = {side for s, t, _, _ in _events(coder, text) for side in (s, t) if side}
    assert "PER" not in sides
    assert countries <= sides
