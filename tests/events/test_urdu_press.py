"""Rules found on a machine-translated analysis written in session 38 (a Lahore daily's piece,
from the Urdu, on Pakistan and Iran in January 2024): each with sentences invented for detente
about real episodes, in the wording such translations use."""

from __future__ import annotations

import datetime as dt


def _facts(events, root=None):
    return [
        (e.source_country, e.target_country, e.date)
        for e in events
        if e.is_fact and (root is None or e.cameo_root == root)
    ]


def test_the_foreign_office_of_a_story_naming_its_state_and_not_britain(coder):
    # Pakistan's, Germany's and Britain's foreign ministries all go by "the Foreign Office"
    text = (
        "Indian drones crossed the Line of Control on Sunday. The Foreign Office in Islamabad "
        "summoned the Indian charge d'affaires on Monday."
    )
    summoned = _facts(coder.code_text(text, dt.date(2019, 3, 5)), "11")
    assert [(s, t) for s, t, _ in summoned] == [("PAK", "IND")], summoned
    text = (
        "Chancellor Olaf Scholz flew to Beijing on Friday. On Monday the Foreign Office "
        "summoned the Chinese ambassador."
    )
    summoned = _facts(coder.code_text(text, dt.date(2022, 11, 8)), "11")
    assert [(s, t) for s, t, _ in summoned] == [("DEU", "CHN")], summoned


def test_the_foreign_office_stays_britains_when_the_story_names_britain_or_no_other(coder):
    text = "The Foreign Office summoned the Russian ambassador on Monday."
    summoned = _facts(coder.code_text(text, dt.date(2018, 3, 14)), "11")
    assert [(s, t) for s, t, _ in summoned] == [("GBR", "RUS")], summoned
    text = (
        "British and Pakistani officials met in London on Sunday. On Monday the Foreign Office "
        "summoned the Iranian ambassador."
    )
    summoned = _facts(coder.code_text(text, dt.date(2024, 1, 23)), "11")
    assert ("GBR", "IRN") in [(s, t) for s, t, _ in summoned], summoned


def test_a_violation_of_a_states_airspace_condemned_is_aimed_at_who_struck_it(coder):
    # the state whose airspace was violated is the one wronged, never the one blamed
    text = (
        "Russian jets struck targets in Turkey on Monday. On Tuesday the Turkish foreign "
        "ministry in a statement the violation of the airspace of Turkey condemned."
    )
    condemned = _facts(coder.code_text(text, dt.date(2015, 10, 7)), "11")
    assert [(s, t) for s, t, _ in condemned] == [("TUR", "RUS")], condemned
    # no strike told: no target at all rather than the ministry's own country
    text = "The Pakistani foreign ministry condemned the violation of the airspace of Pakistan."
    condemned = _facts(coder.code_text(text, dt.date(2024, 1, 17)), "11")
    assert not [t for _, t, _ in condemned if t == "PAK"], condemned


def test_where_and_with_what_told_between_a_doer_and_its_last_verb(coder):
    # "Iran in Erbil": the parser had hung the place on the doer's name, the act aimed nowhere
    text = "On 15 January Iran in the Iraqi city of Erbil also with missiles had attacked."
    struck = _facts(coder.code_text(text, dt.date(2024, 1, 23)), "19")
    assert struck == [("IRN", "IRQ", dt.date(2024, 1, 15))], struck
    text = "On 26 February India with fighter jets near the town Balakot in Pakistan attacked."
    struck = _facts(coder.code_text(text, dt.date(2019, 3, 2)), "19")
    assert [(s, t) for s, t, _ in struck] == [("IND", "PAK")], struck


def test_a_doer_told_right_after_a_time_phrase_of_another_act(coder):
    # "before the attack the prime minister": read as the attack's apposition, he attacked
    text = (
        "Only a few hours before the strike the Pakistani prime minister Anwaar-ul-Haq Kakar "
        "in Davos with the Iranian foreign minister had met."
    )
    events = [e for e in coder.code_text(text, dt.date(2024, 1, 23)) if e.is_fact]
    assert not [e for e in events if e.cameo_root == "19"], events
    assert ("PAK", "IRN") in [(s, t) for s, t, _ in _facts(events, "04")], events


def test_whom_a_meeting_on_the_sidelines_of_a_summit_is_held_with(coder):
    text = "Modi met on the sidelines of the G20 summit with Xi Jinping on Tuesday."
    met = _facts(coder.code_text(text, dt.date(2016, 9, 7)), "04")
    assert [(s, t) for s, t, _ in met] == [("IND", "CHN")], met
    text = (
        "Kakar met on the sidelines of the World Economic Forum with the Iranian foreign "
        "minister Hossein Amir-Abdollahian."
    )
    met = _facts(coder.code_text(text, dt.date(2024, 1, 16)), "04")
    assert [(s, t) for s, t, _ in met] == [("PAK", "IRN")], met


def test_an_envoy_called_back_is_recalled(coder):
    text = "India called back its high commissioner from Islamabad on Friday."
    recalled = _facts(coder.code_text(text, dt.date(2019, 2, 16)), "16")
    assert [(s, t) for s, t, _ in recalled] == [("IND", "PAK")], recalled


def test_an_object_said_before_the_infinitive_of_a_decision(coder):
    # "decided its ambassador … to recall": the ambassador read as the one to recall someone
    text = "On Wednesday Pakistan has decided its ambassador from Kabul to recall."
    recalled = _facts(coder.code_text(text, dt.date(2016, 6, 16)), "16")
    assert [(s, t) for s, t, _ in recalled] == [("PAK", "AFG")], recalled
    text = "The European Union has decided the sanctions against Russia to extend."
    extended = _facts(coder.code_text(text, dt.date(2015, 6, 22)), "16")
    assert [(s, t) for s, t, _ in extended] == [("EU", "RUS")], extended


def test_verbs_joined_inside_a_relative_set_off_by_commas_end_no_clause(coder):
    text = "Russia all flights to Georgia, which were planned or were already sold, has suspended."
    suspended = _facts(coder.code_text(text, dt.date(2019, 7, 8)), "16")
    assert [(s, t) for s, t, _ in suspended] == [("RUS", "GEO")], suspended


def test_phrases_of_place_set_off_by_commas_before_an_object_with_no_article(coder):
    text = (
        "On Friday Turkey in the Iraqi province Duhok, in the area of Zakho, precise air "
        "strikes carried out, to which the name Claw-Lock was given."
    )
    struck = _facts(coder.code_text(text, dt.date(2022, 4, 20)), "19")
    assert [(s, t) for s, t, _ in struck] == [("TUR", "IRQ")], struck


def test_a_list_of_translated_clauses_joined_by_commas(coder):
    text = "Moscow the Polish ambassador summoned, the decision condemned and a response promised."
    events = coder.code_text(text, dt.date(2022, 5, 10))
    assert len(_facts(events, "11")) == 2 and _facts(events, "13"), events
