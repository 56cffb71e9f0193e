"""Rules found on the eighteenth headline set, June 2013 to August 2014
(tests/data/headlines_heldout18.tsv), each tried on invented lines.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2014, 3, 20)


def _events(coder, text: str) -> list[tuple[str, str, str]]:
    return [
        (e.source_country, e.target_country, e.cameo)
        for e in coder.code_text(text, DAY)
        if e.is_fact
    ]


# A side "hit" or "slapped" with measures is the side they are laid on: sanctions, no blow.
HIT_WITH = [
    ("the e.u. hits moldova's state banks with new sanctions", ("EU", "MDA")),
    ("Canada hit Venezuela with fresh sanctions on Monday.", ("CAN", "VEN")),
    ("The United States slapped Myanmar with new sanctions.", ("USA", "MMR")),
]


@pytest.mark.parametrize(("text", "pair"), HIT_WITH)
def test_hit_with_sanctions_is_a_sanction(coder, text, pair):
    events = _events(coder, text)
    assert any((s, t) == pair and c.startswith("163") for s, t, c in events), events
    assert not any(c[:2] in ("18", "19") for _, _, c in events), events


def test_a_blow_with_arms_is_still_a_blow(coder):
    events = _events(coder, "Israeli jets hit a Hamas base with missiles.")
    assert any(s == "ISR" and c[:2] in ("18", "19") for s, _, c in events)


# A particle a lower-case line reads as a preposition or as an adjective of the object ("calls
# off a summit", "holds back tanks", "vote down a motion") is the verb's particle.
def test_lower_case_calls_off_is_a_cancelled_meeting(coder):
    events = _events(coder, "the chancellor calls off a paris summit with hollande")
    assert any(c == "125" for _, _, c in events), events
    assert not any(c == "010" for _, _, c in events), events


HELD_BACK = [
    "the united states holds back tanks and fighter jets from bahrain's government",
    "The United States held back military aid from Bahrain.",
]


@pytest.mark.parametrize("text", HELD_BACK)
def test_aid_and_arms_held_back_are_withheld(coder, text):
    assert ("USA", "BHR", "162") in _events(coder, text)


def test_money_withheld_at_home_is_no_sanction(coder):
    text = "the governor signs a law letting counties withhold money from clinics"
    assert not any(c.startswith("162") for _, _, c in _events(coder, text))


def test_a_visit_put_off_is_postponed(coder):
    events = _events(coder, "Rousseff put off her state visit to Washington.")
    assert ("BRA", "USA", "161") in events, events


# A court's striking down of a measure is a ruling at home in lower case too; the measure is
# not the court's own act.
JUDGED = [
    "a judge in texas strikes down the state's ban on same-sex unions",
    "a judge in ohio strikes down the city's ban on street vendors",
]


@pytest.mark.parametrize("text", JUDGED)
def test_a_judge_striking_down_a_ban_codes_nothing(coder, text):
    assert _events(coder, text) == []


def test_a_named_court_banning_a_party_still_bans(coder):
    events = _events(coder, "A Russian court banned the opposition party.")
    assert any(s == "RUS" and c.startswith("172") for s, _, c in events)


# Games, shows and fairs a city or state stages are no guests received.
STAGED = [
    "tokyo is picked to host the 2020 summer olympics",
    "qatar hosts the world cup final",
]


@pytest.mark.parametrize("text", STAGED)
def test_hosting_a_game_receives_no_one(coder, text):
    assert not any(c.startswith("04") for _, _, c in _events(coder, text))


def test_hosting_a_leader_still_receives_him(coder):
    assert ("JPN", "CHN", "043") in _events(coder, "Japan hosted Xi Jinping in Tokyo.")


# Voters voting for an office or a body elect at home; a vote for a measure keeps its act.
ELECTED = [
    "afghans vote for a new president despite taliban threats",
    "Germans voted for a new parliament on Sunday.",
]


@pytest.mark.parametrize("text", ELECTED)
def test_voting_for_an_office_backs_no_one(coder, text):
    assert not any(c.startswith("05") for _, _, c in _events(coder, text))


def test_a_vote_for_a_resolution_is_still_a_vote(coder):
    events = _events(coder, "Russia voted for the resolution on Syria.")
    assert any(s == "RUS" and c.startswith("05") for s, _, c in events), events


# A chamber throwing out a motion about a side does nothing to that side.
VOTED_DOWN = [
    "british lawmakers vote down a motion on military action in syria",
    "The French parliament rejected a bill on military action in Mali.",
]


@pytest.mark.parametrize("text", VOTED_DOWN)
def test_a_motion_thrown_out_targets_no_one(coder, text):
    assert _events(coder, text) == []


def test_a_chamber_rejecting_a_sides_offer_still_rejects(coder):
    events = _events(coder, "Ukraine's parliament rejected Russia's proposal.")
    assert any(t == "RUS" and c.startswith("12") for _, t, c in events), events


# A named company's contract with no state on the other side is trade.
def test_a_companys_contract_is_trade(coder):
    text = "gazprom signs a 20-year deal to supply gas to a chinese utility"
    assert _events(coder, text) == []


def test_a_companys_deal_with_a_state_still_counts(coder):
    events = _events(coder, "Gazprom signed a gas deal with Ukraine.")
    assert any(t == "UKR" for _, t, _ in events), events


# A guest welcomed "for" talks or days of them is hosted; welcomed for his efforts, praised.
def test_welcomed_for_talks_is_a_visit(coder):
    text = "obama welcomes xi jinping to a california estate for two days of talks"
    assert ("USA", "CHN", "043") in _events(coder, text)


def test_welcomed_for_his_efforts_is_praise(coder):
    events = _events(coder, "Erdogan welcomed Guterres for his efforts.")
    assert not any(c == "043" for _, _, c in events), events
