"""Rules found on a machine-translated Bangkok analysis (session 44: Thailand and Cambodia at
the Phra Viharn temple, 4-7 February 2011, the Security Council and the Indonesian
observers): sentences invented for detente about real episodes, in the word order such
translations use."""

from __future__ import annotations

import datetime as dt


def _facts(events, root):
    return [
        (e.source_country, e.target_country) for e in events if e.is_fact and e.cameo_root == root
    ]


def test_a_side_named_by_its_country_speaks_for_it(coder):
    # "the Chinese side said that …": a party's claim, which charges the doer; the crossing
    # itself is only claimed
    text = "On 16 June 2020 the Chinese side said that Indian troops had crossed the line."
    events = coder.code_text(text, dt.date(2020, 6, 17))
    assert ("CHN", "IND") in _facts(events, "11"), events
    assert ("IND", "CHN") not in _facts(events, "19"), events


def test_the_sender_of_a_letter_speaks_in_it(coder):
    # "a letter …, in which it said that …": the pronoun is the sender, a party
    text = (
        "On 21 February 2019 Pakistan sent a letter to the Security Council, in which it said "
        "that India had threatened to attack Pakistan."
    )
    events = coder.code_text(text, dt.date(2019, 2, 22))
    assert ("PAK", "IND") in _facts(events, "11"), events
    assert ("IND", "PAK") not in _facts(events, "13"), events


def test_a_part_of_the_day_before_the_subject_without_a_comma(coder):
    # "In the first evening shells of X fell on Y": the shells fell, not "evening shells"
    text = "In the first evening shells of the Cambodian army fell on villages of Sisaket."
    events = coder.code_text(text, dt.date(2011, 4, 23))
    assert ("KHM", "THA") in _facts(events, "19"), events


def test_a_part_of_the_day_alone_keeps_its_parse(coder):
    # control: the day's part with its own subject after a comma changes nothing
    text = "In the first evening, the Cambodian army shelled Thai villages."
    events = coder.code_text(text, dt.date(2011, 4, 23))
    assert ("KHM", "THA") in _facts(events, "19"), events


def test_an_attackers_own_place_beside_a_foreign_target_is_no_target(coder):
    # "the villages on the other side" taken back to the Thai villages named before: a
    # Thai army does not shell Thailand while it shells Cambodian posts
    text = (
        "On 22 April 2011 shells of the Cambodian army fell into villages of Surin province "
        "of Thailand. The Thai artillery hit the Cambodian positions and the villages on the "
        "other side."
    )
    events = coder.code_text(text, dt.date(2011, 4, 24))
    fired = _facts(events, "19")
    assert ("THA", "KHM") in fired, events
    assert ("THA", "THA") not in fired, events


def test_an_appeal_to_a_council_is_not_aimed_at_the_other_side(coder):
    # a story of two states: "asked the council to meet" is aimed at the council, not at the
    # other side of the story
    text = (
        "On 5 February 2011 Thailand accused Cambodia of firing first. Cambodia accused "
        "Thailand of aggression. Thailand rejected the charges of Cambodia. On 6 February "
        "Cambodia asked the council to convene an urgent meeting."
    )
    events = coder.code_text(text, dt.date(2011, 2, 8))
    asked = [e for e in events if e.cameo_root == "02" and e.source_country == "KHM"]
    assert asked and all(e.target_country != "THA" for e in asked), events


def test_it_after_a_saying_is_the_sayer_not_a_plural_doer(coder):
    # "X said that the Y troops …, and it accused …": "it" cannot be the troops
    text = (
        "On 5 February 2011 the Cambodian side said that Thai troops had entered its territory, "
        "and the next day it accused the Thai army of shelling the temple."
    )
    events = coder.code_text(text, dt.date(2011, 2, 8))
    accused = _facts(events, "11")
    assert ("KHM", "THA") in accused, events
    assert ("THA", "THA") not in accused, events


def test_the_thai_army_spokesman_of_2011(coder):
    text = "On 4 February 2011 Col. Sansern Kaewkamnerd said that Cambodian troops fired first."
    events = coder.code_text(text, dt.date(2011, 2, 5))
    assert ("THA", "KHM") in _facts(events, "11"), events


def test_a_days_number_eight_in_brackets_is_no_smiley(coder):
    # "on Tuesday (8) came": the tokenizer read "8)" as an emoticon, which the parser made
    # the subject of "came", so the visit had no visitor
    text = (
        "Marty Natalegawa flew on Monday (7) to Phnom Penh to meet Hor Namhong, and on "
        "Tuesday (8) came to Bangkok to meet Kasit Piromya."
    )
    events = coder.code_text(text, dt.date(2011, 2, 10))
    met = [e for e in events if e.is_fact and e.cameo_root == "04"]
    assert ("IDN", "THA") in [(e.source_country, e.target_country) for e in met], events
    assert dt.date(2011, 2, 8) in [e.date for e in met if e.target_country == "THA"], events


def test_the_council_names_again_the_council_named_before(coder):
    # "the council" after the Security Council is that council, an appeal to it the UN's
    text = (
        "On 6 February 2011 Hun Sen wrote to the Security Council. He asked the council to "
        "convene an urgent meeting."
    )
    events = coder.code_text(text, dt.date(2011, 2, 8))
    assert ("KHM", "UNO") in _facts(events, "02"), events


def test_a_council_of_a_state_is_not_a_council_named_before(coder):
    # control: "the council of ministers of Thailand" says whose it is
    text = (
        "On 14 February 2011 the Security Council met. On 15 February the council of "
        "ministers of Thailand rejected the charges of Cambodia."
    )
    events = coder.code_text(text, dt.date(2011, 2, 16))
    assert ("UNO", "KHM") not in _facts(events, "12"), events
