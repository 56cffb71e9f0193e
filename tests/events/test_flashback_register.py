"""Rules found on a machine-translated Persian-press analysis written in session 32 (the
al-Ula declaration that ended the blockade of Qatar): an analysis that goes back years to
the start of a crisis, tells a list of demands, points the reader at facts with "it should
be recalled that" and tells the visits of a summit. Sentences invented for detente about
real episodes, in the wording such translations use."""

from __future__ import annotations

import datetime as dt


def _facts(events, root):
    return [
        (e.source_country, e.target_country, e.date)
        for e in events
        if e.is_fact and e.cameo_root == root
    ]


def test_conditions_handed_over_are_demands(coder):
    text = "Moscow handed Kyiv a list of conditions for a ceasefire on Monday."
    events = coder.code_text(text, dt.date(2021, 3, 1))
    assert ("RUS", "UKR", dt.date(2021, 3, 1)) in _facts(events, "10"), events
    assert not _facts(events, "06"), events  # (no information shared)


def test_the_items_of_a_list_of_demands_are_asked_for_not_done(coder):
    text = (
        "Saudi Arabia delivered to Lebanon a list of conditions, among them the closure of "
        "the Hezbollah offices and the expulsion of the Iranian advisers."
    )
    events = coder.code_text(text, dt.date(2021, 3, 1))
    assert _facts(events, "10"), events
    assert [e for e in events if e.is_fact and e.cameo_root != "10"] == [], events


def test_a_day_of_the_same_year_is_of_the_year_told_last(coder):
    text = (
        "On 3 March 2019 Indian and Pakistani troops exchanged fire in Kashmir. On 8 May of "
        "the same year Islamabad accused New Delhi of espionage."
    )
    accused = _facts(coder.code_text(text, dt.date(2021, 3, 1)), "11")
    assert accused == [("PAK", "IND", dt.date(2019, 5, 8))], accused


def test_what_the_writer_says_should_be_recalled_is_a_fact(coder):
    text = (
        "It should be remembered that on 24 November 2015 Turkey shot down a Russian bomber "
        "near the Syrian border."
    )
    events = coder.code_text(text, dt.date(2021, 3, 1))
    assert ("TUR", "RUS", dt.date(2015, 11, 24)) in _facts(events, "19"), events
    # (a modal of the clause pointed at is still its own)
    maybe = coder.code_text(
        "It should be noted that Iran could send oil to Syria.", dt.date(2021, 3, 1)
    )
    assert not [e for e in maybe if e.is_fact], maybe


def test_a_later_act_joined_to_an_announced_trip_is_told_as_done(coder):
    text = (
        "The next morning the Egyptian presidency announced that Abdel Fattah al-Sisi will "
        "lead the delegation of his country, and some hours later the Saudi King Salman "
        "received the Egyptian president at the airport of Riyadh."
    )
    events = coder.code_text(text, dt.date(2021, 3, 1))
    met = [
        (e.source_country, e.target_country) for e in events if e.is_fact and e.cameo_root == "04"
    ]
    assert ("SAU", "EGY") in met, events


def test_a_guest_received_visited_the_host(coder):
    text = "Xi Jinping received the Pakistani prime minister in Beijing on Monday."
    visits = [
        (e.source_country, e.target_country, e.cameo)
        for e in coder.code_text(text, dt.date(2021, 3, 1))
        if e.is_fact
    ]
    assert ("CHN", "PAK", "043") in visits, visits
    assert ("PAK", "CHN", "042") in visits, visits


def test_fruit_and_vegetables_sent_are_aid(coder):
    text = "Turkey sent fruit and vegetables to Qatar by plane."
    assert ("TUR", "QAT", dt.date(2021, 3, 1)) in _facts(
        coder.code_text(text, dt.date(2021, 3, 1)), "07"
    )


def test_a_sentence_dated_years_back_moves_the_story_there(coder):
    text = (
        "On 14 May 2018 Ankara expelled the Israeli ambassador. Turkey at the same time "
        "recalled its ambassador from Washington."
    )
    recalled = _facts(coder.code_text(text, dt.date(2020, 3, 1)), "16")
    assert ("TUR", "USA", dt.date(2018, 5, 14)) in recalled, recalled
