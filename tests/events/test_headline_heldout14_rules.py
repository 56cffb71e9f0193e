"""Rules found on the fourteenth January-February 2017 headline set
(tests/data/headlines_heldout14.tsv), each tried on invented lines.
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


# A cause blamed (a war, the economy, faulty parts, the weather) is no side accused: "aid workers
# blamed the civil war" accuses no one. A side blamed, by name or by a role noun, still is.
BLAME = [
    ("aid workers blamed the civil war and a collapsing economy.", False),
    ("The carmaker blamed faulty airbags for the recall.", False),
    ("The minister blamed the drought for the food shortages.", False),
    ("Russia blamed Ukraine for the shelling.", True),
    ("The president the attack on Colombian paramilitaries blamed.", True),
    ("The minister blamed the rebels for the attack.", True),
    ("Officials blamed Russian aggression for the crisis.", True),
    ("Manmohan Singh blamed groups based in Pakistan for the attacks.", True),
]


@pytest.mark.parametrize(("text", "accused"), BLAME)
def test_a_cause_blamed_is_no_side_accused(coder, text, accused):
    assert ("11" in _roots(coder, text)) is accused


# A place named with the American state it lies in is an American town of that name, not
# the foreign city or country: "melbourne, florida" is no Australia, "lebanon, pennsylvania"
# no Lebanon. A city named with its own country ("Tbilisi, Georgia") keeps it, and so does
# a list of places ("across Mexico, Texas and Louisiana").
STATES = [
    ("trump holds a campaign-style rally in melbourne, florida, four weeks into his term", set()),
    ("Gunmen robbed a bank in Paris, Texas, and fled.", set()),
    ("Police in Lebanon, Pennsylvania, arrested two men on Monday.", set()),
    ("Kerry visited Tbilisi, Georgia, on Monday.", {"GEO"}),
    ("The United States sent aid to Mexico, Texas and Louisiana after the storm.", {"MEX"}),
]


@pytest.mark.parametrize(("text", "foreign"), STATES)
def test_a_place_named_with_an_american_state_is_american(coder, text, foreign):
    sides = {side for s, t, _, _ in _events(coder, text) for side in (s, t)}
    assert sides - {"USA", ""} == foreign


# Someone a crime story is about, or a migrant, who flies or travels somewhere makes a trip
# of his own, no visit, as when he is told to arrive; a leader who flies somewhere visits.
TRIPS = [
    (
        "a gunman kills five people at the airport ; the suspect, an army veteran, had flown"
        " in from alaska.",
        False,
    ),
    ("The gunman travelled to Syria in 2014, police said.", False),
    ("Hundreds of migrants sailed to Italy from Libya on Sunday.", False),
    ("Sisi flew to Paris on Monday.", True),
]


@pytest.mark.parametrize(("text", "visit"), TRIPS)
def test_a_suspect_or_migrant_who_travels_pays_no_visit(coder, text, visit):
    assert ("04" in _roots(coder, text)) is visit


# Landing a thing (a rocket stage, a rover, a contract) is no arrival of whoever lands it; a
# leader who lands somewhere still visits.
LANDINGS = [
    ("spacex launches ten satellites and lands its booster on a barge", False),
    ("China landed a rover on the far side of the moon.", False),
    ("The Turkish firm landed a contract in Qatar.", False),
    ("Erdogan landed in Doha on Sunday.", True),
]


@pytest.mark.parametrize(("text", "visit"), LANDINGS)
def test_a_thing_landed_is_no_visit(coder, text, visit):
    assert ("04" in _roots(coder, text)) is visit


# Weather is no one's act: a cold snap or a named storm threatens, slams or batters no side.
WEATHER = [
    ("a cold snap threatens the early blooms in washington", False),
    ("Hurricane Matthew slammed into Haiti on Tuesday.", False),
    ("North Korea threatened the United States on Tuesday.", True),
]


@pytest.mark.parametrize(("text", "event"), WEATHER)
def test_weather_acts_on_no_side(coder, text, event):
    assert bool(_roots(coder, text) & {"11", "13", "19"}) is event


# An obituary's headline may tell no age ("dies suddenly in new york"): what "he" did, told
# in the past after it, is still the dead man's life; what others did to him is news.
OBITUARIES = [
    (
        "vitaly churkin, russia's ambassador to the united nations for a decade, dies suddenly"
        " in new york ; he clashed often with american envoys over syria.",
        False,
    ),
    (
        "Jan Novak, a former Czech foreign minister, dies in Prague ; he criticized Russia"
        " over Ukraine for years.",
        False,
    ),
    (
        "Kim Jong-nam, the half-brother of Kim Jong-un, dies at Kuala Lumpur airport ;"
        " North Korean agents attacked him with a nerve agent.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "event"), OBITUARIES)
def test_a_life_told_after_an_obituary_without_an_age_is_no_event(coder, text, event):
    assert bool(_roots(coder, text) - {"01", "02"}) is event


# A deed named by the place it was done in ("the Kabul bombing", "a manaus prison riot")
# is no act of the place's state; a deed named by its doer's people still is.
DEEDS_BY_PLACE = [
    ("The Kabul bombing killed 20 people on Tuesday.", set()),
    ("a manaus prison riot leaves 56 dead", set()),
    ("A Russian attack killed 12 Ukrainian soldiers.", {"RUS"}),
]


@pytest.mark.parametrize(("text", "doers"), DEEDS_BY_PLACE)
def test_a_deed_named_by_its_place_is_no_act_of_the_place(coder, text, doers):
    assert {s for s, _, _, _ in _events(coder, text)} - {""} == doers
