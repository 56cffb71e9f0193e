"""Misreadings left by the session-38 read-through of wire stories, each a general class
checked on sentences written for detente (session 39)."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2017, 2, 16)


def _events(coder, text, day=DAY):
    return [
        (e.source_country, e.source, e.cameo, e.target_country, e.target, e.modality, e.date)
        for e in coder.code_text(text, day)
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Japan sharply criticized the government in Beijing on Tuesday.", "CHNGOV"),
        ("Moscow accused the authorities in Kyiv of provoking the clashes.", "UKRGOV"),
        ("Paris condemned the regime in Damascus for the chemical attack.", "SYRGOV"),
    ],
)
def test_a_ruling_body_named_by_its_seat_is_that_states_government(coder, text, target):
    # "the government in Beijing": the parser hangs "in Beijing" on the verb, as if it
    # were where the act was done; it says whose government it is
    got = _events(coder, text)
    assert any(e[4] == target for e in got), got


def test_a_place_that_is_no_name_stays_where_the_act_was(coder):
    got = _events(coder, "Japan criticized the government in a statement.")
    assert not any(e[3] == "CHN" for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Russia moved Iskander missiles to Kaliningrad, according to sources close to the"
        " defence ministry.",
        "According to diplomatic sources, Ankara expelled two Dutch diplomats on Monday.",
        "According to people familiar with the plan, China sent two warships to the strait.",
    ],
)
def test_what_unnamed_sources_pass_on_is_reported(coder, text):
    # hearsay from someone the text does not name, as "media reports say" is: not asserted
    got = _events(coder, text)
    assert got and all(e[5] != "asserted" for e in got), got


def test_what_a_named_side_tells_stays_asserted(coder):
    got = _events(coder, "According to the Kremlin, Russia moved Iskander missiles to Kaliningrad.")
    assert any(e[5] == "asserted" for e in got), got


@pytest.mark.parametrize(
    ("text", "drawn"),
    [
        (
            "Pakistan carried out nuclear tests on Tuesday in response to India's tests"
            " earlier this month, drawing condemnation from Washington.",
            "111",
        ),
        (
            "North Korea fired a missile on Monday after the drills of last week, prompting"
            " protests from Japan.",
            "141",
        ),
    ],
)
def test_what_an_act_drew_is_dated_to_the_act(coder, text, drawn):
    # the participle after the act has no day of its own: not the day of the thing the act
    # answered, which the parser hangs on the same verb
    got = _events(coder, text)
    acts = [e for e in got if e[2] != drawn and e[5] == "asserted"]
    reactions = [e for e in got if e[2] == drawn]
    assert acts and reactions and {e[6] for e in reactions} == {acts[0][6]}, got


def test_what_an_act_drew_keeps_a_day_of_its_own(coder):
    got = _events(
        coder, "North Korea fired a missile on Monday, prompting protests from Japan on Tuesday."
    )
    assert any(e[2] == "141" and e[6] == dt.date(2017, 2, 14) for e in got), got


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Obama raised the drug war with Manila during the summit.", "PHL"),
        ("Kerry raised the detention of the journalists with Sisi on Sunday.", "EGY"),
        ("The German chancellor raised the gas dispute with Moscow.", "RUS"),
    ],
)
def test_a_matter_raised_with_a_side_consults_it(coder, text, target):
    # "raise X with Y": Y is the one the matter is put to (040), though the parser hangs
    # the "with" on the matter ("the war with Manila")
    got = _events(coder, text)
    assert any(e[2] == "040" and e[3] == target for e in got), got


def test_a_matter_raised_with_no_side_consults_no_one(coder):
    got = _events(coder, "The rebels raised the flag of the republic over the town.")
    assert not any(e[2] == "040" for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Trump responded to the new measures against Russia by saying he would veto them.",
        "Moscow reacted to the sanctions against Iran with anger.",
        "Berlin replied to the tariffs against China with a call for talks.",
    ],
)
def test_the_act_a_side_answers_is_not_its_own(coder, text):
    # "responded to X": X is someone else's act, what is answered; not the answerer's
    got = _events(coder, text)
    assert not any(e[2].startswith("16") for e in got), got


def test_an_answer_still_ahead_threatens_one(coder):
    # "will respond to any measures with …": a threat of retaliation, the answer its own
    got = _events(
        coder, "Riyadh said it will respond to any measures against it with a greater action."
    )
    assert any(e[0] == "SAU" and e[2].startswith("13") for e in got), got


def test_what_a_side_answers_with_is_its_own(coder):
    got = _events(coder, "Russia responded with sanctions on Turkey.")
    assert any(e[0] == "RUS" and e[2].startswith("16") and e[3] == "TUR" for e in got), got


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Lula recalled the Brazilian ambassador to Israel back to Brasília for consultations.",
            "ISR",
        ),
        ("Algeria recalled the Algerian ambassador to Spain on Saturday.", "ESP"),
        ("Bogota recalled the Colombian ambassador to Venezuela.", "VEN"),
    ],
)
def test_an_envoy_called_home_by_his_own_state_aims_at_the_host(coder, text, host):
    # a recall of the sending state's own envoy (161) is aimed at the state he served in,
    # not at his own country ("the Brazilian ambassador" is no target of Brazil)
    got = [e for e in _events(coder, text) if e[2] == "161"]
    assert got and all(e[3] == host for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Lula's government recalled its ambassador Frederico Meyer back to Brasília for"
        " consultations.",
        "The government recalled its envoy Juan Perez for consultations on Monday.",
    ],
)
def test_what_an_envoy_is_called_home_for_is_no_target(coder, text):
    got = [(e.cameo, e.target_name) for e in coder.code_text(text, DAY) if e.cameo == "161"]
    assert got and all(not name for _, name in got), got


def test_a_host_summoning_the_envoy_still_aims_at_his_country(coder):
    got = _events(coder, "Israel summoned the Brazilian ambassador to Israel for a reprimand.")
    assert any(e[0] == "ISR" and e[3] == "BRA" for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "South Korea will resume propaganda broadcasts along the border.",
        "North Korea resumed propaganda broadcasts on Friday.",
        "Seoul resumed loudspeaker broadcasts against the North on Friday.",
    ],
)
def test_broadcasts_aimed_at_the_other_side_are_no_service_restored(coder, text):
    # resuming hostile broadcasts gives nothing back (no 0811, nor its intent 0351)
    got = _events(coder, text)
    assert not any(e[2] in ("0811", "0351") for e in got), got


def test_broadcasts_let_back_on_air_are_a_service_restored(coder):
    got = _events(coder, "Russia resumed the broadcasts of the BBC.")
    assert any(e[2] == "0811" for e in got), got


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Turkish minister used a crude insult against Mark Rutte.", "NLD"),
        ("Maduro directed an insult at Trump during a rally in Caracas.", "USA"),
        ("Erdogan hurled racial slurs at the Dutch government.", "NLD"),
    ],
)
def test_an_insult_aimed_at_a_side_disapproves_of_it(coder, text, target):
    # an insult is words against someone (111), whatever verb carries it
    got = _events(coder, text)
    assert any(e[2] == "111" and e[3] == target for e in got), got


def test_an_insult_felt_by_a_side_is_no_insult_aimed_by_it(coder):
    got = _events(coder, "The mayor said the decision was an insult to the city.")
    assert not any(e[2] == "111" and e[3] for e in got), got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Japanese Prime Minister Shinzo Abe met South Korean President Park Geun-hye in"
            " Seoul. The North said it would respond to the South's plans for drills, and the"
            " two sides exchanged artillery fire on Friday.",
            {"PRK", "KOR"},
        ),
        (
            "Merkel met Macron in Berlin on Monday. Moscow accused Kyiv of shelling Donetsk,"
            " and the two sides traded fire overnight.",
            {"RUS", "UKR"},
        ),
    ],
)
def test_the_two_sides_are_the_two_their_own_sentence_names(coder, text, pair):
    # "the two sides" right after a sentence that names two countries of its own are those
    # two, not the last pair the story told acting on each other
    got = [e for e in _events(coder, text) if e[2] == "190"]
    assert got and all({e[0], e[3]} == pair for e in got), got


def test_the_two_sides_with_none_named_are_the_last_pair(coder):
    got = _events(
        coder,
        "Russia and Ukraine met in Minsk. Later the two sides accused each other of violations.",
    )
    assert any(e[2] == "112" and {e[0], e[3]} == {"RUS", "UKR"} for e in got), got


def test_a_place_the_sentence_names_is_none_of_the_two_sides(coder):
    text = (
        "Naftogaz and Gazprom held talks in Vienna on 19 December. The next day the talks moved"
        " to Minsk, where Gazprom's head took part, and the parties signed a protocol."
    )
    got = [e for e in _events(coder, text) if e[2] == "057"]
    assert got and all({e[0], e[3]} == {"RUS", "UKR"} for e in got), got
