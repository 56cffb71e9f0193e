"""Rules found on the nineteenth headline set, January 2006 to December 2007
(tests/data/headlines_heldout19.tsv), each tried on invented lines.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2007, 5, 10)


def _events(coder, text: str) -> list[tuple[str, str, str]]:
    return [
        (e.source_country, e.target_country, e.cameo)
        for e in coder.code_text(text, DAY)
        if e.is_fact
    ]


def _all(coder, text: str) -> list[tuple[str, str, str, str]]:
    return [
        (e.source_country, e.target_country, e.cameo, e.modality)
        for e in coder.code_text(text, DAY)
    ]


# What a plot was laid to do is not done, and the police who broke it up threaten no one;
# the model often hangs the plot's infinitive on the verb that holds the plot.
PLOTS = [
    "iraqi police say they broke up a plot to kill the american ambassador",
    "British police foiled a plot to blow up American airliners.",
]


@pytest.mark.parametrize("text", PLOTS)
def test_a_plot_broken_up_is_no_blow_and_no_threat(coder, text):
    events = _events(coder, text)
    assert not any(c[:2] in ("18", "19") or c.startswith("13") for _, _, c in events), events


def test_an_act_sent_to_be_done_is_still_done(coder):
    events = _events(coder, "Israel sent troops to attack Hamas in Gaza.")
    assert any(s == "ISR" and c[:2] in ("18", "19") for s, _, c in events), events


def test_a_plan_unveiled_is_still_its_makers_threat(coder):
    events = _events(coder, "North Korea unveiled a plan to fire missiles at Guam.")
    assert any(s == "PRK" and c.startswith("138") for s, _, c in events), events


# A named side's office opening a headline with an infinitive is an act announced, also when
# the model ran the headline on into its snippet's verb (and the snippet's "would" is no
# mood of the headline's act).
def test_an_office_to_meet_before_a_snippet_is_announced(coder):
    text = (
        "south korea's president to meet kim jong-il in pyongyang later this month ; "
        "it would be only the second summit of the two koreas."
    )
    events = _all(coder, text)
    assert ("KOR", "PRK", "040", "future") in events, events
    assert not any(c.startswith("04") and m == "asserted" for _, _, c, m in events), events


def test_an_office_to_meet_alone_is_announced(coder):
    events = _all(coder, "south korea's president to meet kim jong-il in pyongyang this month")
    assert ("KOR", "PRK", "040", "future") in events, events
    assert not any(c.startswith("04") and m == "asserted" for _, _, c, m in events), events


# A rival likened to a fiend or a crook is criticised.
NAMES = [
    ("chavez calls bush 'the devil' from the podium of the general assembly", ("VEN", "USA")),
    ("Kim called the South Korean president a thief.", ("", "KOR")),
]


@pytest.mark.parametrize(("text", "pair"), NAMES)
def test_a_rival_called_a_fiend_is_criticised(coder, text, pair):
    events = _events(coder, text)
    assert any((s, t) == pair and c.startswith("11") for s, t, c in events), events


def test_a_partner_called_a_friend_is_still_praised(coder):
    assert ("USA", "DEU", "051") in _events(coder, "Obama called Merkel a friend.")


# A side's ships or planes barred from one's ports or skies are an embargo on that side.
BARRED = [
    ("japan bars a north korean ferry from its ports after the missile tests", ("JPN", "PRK")),
    ("Turkey barred Israeli planes from its airspace.", ("TUR", "ISR")),
]


@pytest.mark.parametrize(("text", "pair"), BARRED)
def test_ships_and_planes_barred_are_an_embargo(coder, text, pair):
    assert (*pair, "163") in _events(coder, text)


def test_scoffing_at_a_side_is_criticism(coder):
    events = _events(coder, "canada scoffs at the russian flag planted on the seabed")
    assert ("CAN", "RUS", "111") in events, events


# Stopping selling or pumping to or through a side is an embargo, not a cooperation denied.
STOPPED = [
    ("russia stops pumping oil through belarus after a row over the pipeline", ("RUS", "BLR")),
    ("Russia stopped supplying gas to Ukraine.", ("RUS", "UKR")),
]


@pytest.mark.parametrize(("text", "pair"), STOPPED)
def test_stopping_supply_is_an_embargo(coder, text, pair):
    assert (*pair, "163") in _events(coder, text)


def test_supply_given_is_no_embargo(coder):
    events = _events(coder, "Russia supplied gas to Ukraine.")
    assert not any(c.startswith("16") for _, _, c in events), events


# Irregular armed men who seize people take them hostage; a state's boats seizing sailors
# keep the plain seizure.
CAPTORS = [
    ("taliban gunmen seize 23 south korean church volunteers on the highway", "KOR"),
    ("Gunmen seized two German engineers in the delta.", "DEU"),
]


@pytest.mark.parametrize(("text", "target"), CAPTORS)
def test_gunmen_seizing_people_take_hostages(coder, text, target):
    events = _events(coder, text)
    assert any(t == target and c == "181" for _, t, c in events), events


def test_a_state_seizing_sailors_takes_no_hostages(coder):
    events = _events(coder, "Iranian boats seized 15 British sailors in the Gulf.")
    assert ("IRN", "GBR", "17") in events, events


# Towns of the West Bank and south Lebanon (facts: where they lie).
TOWNS = [
    ("israeli troops storm a jericho prison", ("ISR", "PSE")),
    ("an israeli air strike on qana kills dozens of civilians", ("ISR", "LBN")),
]


@pytest.mark.parametrize(("text", "pair"), TOWNS)
def test_towns_name_their_country(coder, text, pair):
    events = _events(coder, text)
    assert any((s, t) == pair for s, t, _ in events), events
