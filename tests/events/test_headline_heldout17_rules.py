"""Rules found on the seventeenth headline set, September 2010 to May 2011
(tests/data/headlines_heldout17.tsv), each tried on invented lines.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2011, 1, 20)


def _events(coder, text: str) -> list[tuple[str, str, str]]:
    return [
        (e.source_country, e.target_country, e.cameo)
        for e in coder.code_text(text, DAY)
        if e.is_fact
    ]


# The sea's waves and a volcano known by its name ("mount x", in a lower-case line too) are
# forces of nature: they strike and kill for no one.
NATURE = [
    "a tsunami hits the coast, and the waves sweep over the harbor town's runway",
    "mount pelos erupts on the island, killing eleven villagers on its slopes",
    "Mount Pelos erupted on Sunday, killing eleven villagers.",
]


@pytest.mark.parametrize("text", NATURE)
def test_waves_and_named_volcanoes_are_no_doers(coder, text):
    assert _events(coder, text) == []


def test_waves_of_strikes_are_still_strikes(coder):
    events = _events(coder, "Waves of Israeli air strikes hit Gaza overnight.")
    assert any(s == "ISR" and c[:2] in ("18", "19") for s, _, c in events)


# Papers, words and matter let out are no release: no one is freed, nothing given back.
LET_OUT = [
    "wikileaks begins releasing thousands of british diplomatic cables",
    "The hackers released thousands of Russian diplomatic cables.",
    "Mourners released white balloons over the square in Kiev.",
    "The Turkish police released the names of the dead.",
]


@pytest.mark.parametrize("text", LET_OUT)
def test_things_let_out_free_no_one(coder, text):
    assert not any(c.startswith("084") for _, _, c in _events(coder, text))


FREED = [
    ("Israel released 26 Palestinian prisoners.", "0841"),
    ("Iran released the British tanker.", "0842"),
]


@pytest.mark.parametrize(("text", "code"), FREED)
def test_people_and_ships_are_still_released(coder, text, code):
    assert any(c == code for _, _, c in _events(coder, text))


# "Stands for" someone is standing in for him, and "stood by" with no one after "by" is
# looking on: neither backs a side. Standing by, with or behind a side still does.
STOOD = [
    "an empty seat stands for the jailed poet at the prize ceremony in stockholm",
    "thugs on horseback charge the crowd in the square ; the egyptian army stood by.",
    "The Egyptian army stood by as police beat the protesters.",
]


@pytest.mark.parametrize("text", STOOD)
def test_standing_for_and_standing_by_back_no_one(coder, text):
    assert not any(c[:2] == "05" for _, _, c in _events(coder, text))


STOOD_WITH = [
    ("France stands by Germany.", ("FRA", "DEU")),
    ("Australia stands with Ukraine.", ("AUS", "UKR")),
    ("Japan stood firmly behind South Korea.", ("JPN", "KOR")),
]


@pytest.mark.parametrize(("text", "pair"), STOOD_WITH)
def test_standing_with_a_side_backs_it(coder, text, pair):
    assert any((s, t) == pair and c[:2] == "05" for s, t, c in _events(coder, text))


# A trip by someone with no side of their own (a freed hiker) is no visit for the place to
# host; a leader's trip still is.
NO_GUEST = [
    ("the freed climber flew to oman on tuesday evening", "OMN"),
]


@pytest.mark.parametrize(("text", "place"), NO_GUEST)
def test_a_nameless_guest_is_no_one_hosted(coder, text, place):
    assert not any(s == place and c == "043" for s, _, c in _events(coder, text))


def test_a_leaders_trip_is_hosted(coder):
    assert ("CHN", "RUS", "043") in _events(coder, "Putin arrived in Beijing on Monday.")


# Works that carry fuel or steam burst by mishap: no one strikes through them.
def test_a_bursting_pipeline_is_no_doer(coder):
    assert _events(coder, "a gas pipeline explodes in the suburb, burning dozens of homes") == []


def test_an_attacked_pipeline_is_still_attacked(coder):
    events = _events(coder, "Ukrainian drones attacked the pipeline near Novorossiysk.")
    assert any(s == "UKR" and c[:2] in ("18", "19") for s, _, c in events)


# "the south" and "the north" written in lower case, doing or owning something in a line that
# named Korea, are the two Koreas; "in the north" stays a region.
HALVES = [
    ("north korea threatens a harsher blow if the south holds its drills", ("PRK", "KOR")),
    ("seoul says the north shelled the island", ("KOR", "PRK")),
]


@pytest.mark.parametrize(("text", "pair"), HALVES)
def test_lower_case_korean_halves(coder, text, pair):
    assert pair in {(s, t) for s, t, _ in _events(coder, text)}


def test_the_north_as_a_place_is_no_korea(coder):
    events = _events(coder, "north korean troops were seen in the north of the country")
    assert not any(t == "PRK" for _, t, _ in events)
