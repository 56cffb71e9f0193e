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


def test_conditions_rejected_are_the_demands_of_who_set_them(coder):
    text = "Moscow handed Kyiv a list of conditions. Ukraine rejected the conditions."
    rejected = _facts(coder.code_text(text, dt.date(2022, 3, 1)), "12")
    assert [(s, t) for s, t, _ in rejected] == [("UKR", "RUS")], rejected


def test_a_span_of_time_before_the_verb_is_no_subject(coder):
    # translated order: the gap told between the subject (and its day) and its verb
    text = (
        "Qatar Airways on Monday, 22 February, after three and a half years resumed its "
        "flights to Riyadh."
    )
    resumed = _facts(coder.code_text(text, dt.date(2021, 3, 1)), "06")
    assert resumed == [("QAT", "SAU", dt.date(2021, 2, 22))], resumed


def test_a_day_of_last_month_is_of_the_month_before_publication(coder):
    text = "The Revolutionary Guard on the 4th of last month seized a South Korean tanker."
    seized = _facts(coder.code_text(text, dt.date(2021, 2, 4)), "18")
    assert seized == [("IRN", "KOR", dt.date(2021, 1, 4))], seized


def test_our_ministry_is_the_papers_own_side_not_the_last_named(coder):
    # a Korean paper's "our ministry" is not Iran's, the government it named last
    text = (
        "The Iranian government defended the seizure of a South Korean tanker on Monday. Our "
        "Ministry of Foreign Affairs on Tuesday demanded the release of the ship."
    )
    events = coder.code_text(text, dt.date(2021, 1, 6))
    assert not [f for f in _facts(events, "10") if f[0] == "IRN"], events


def test_bare_korean_in_a_text_naming_only_one_korea_is_that_one(coder):
    text = (
        "Seoul protested on Monday. Iran seized the Korean-flagged tanker on 4 January, and "
        "the Korean government demanded its release."
    )
    events = coder.code_text(text, dt.date(2021, 1, 6))
    assert ("IRN", "KOR", dt.date(2021, 1, 4)) in _facts(events, "18"), events
    assert any(s == "KOR" and t == "IRN" for s, t, _ in _facts(events, "10")), events
    # (a text that names both halves leaves a bare "Korea" open)
    both = coder.code_text(
        "Pyongyang fired a missile. South Korea condemned the launch by Korea.",
        dt.date(2021, 1, 6),
    )
    assert not [
        e
        for e in both
        if e.is_fact and e.target_country in ("KOR", "PRK") and e.source_country == "KOR"
    ], both


def test_an_official_arriving_in_a_capital_is_not_of_its_government(coder):
    text = (
        "Iran's government spokesman Ali Rabiei rejected the demand. The First Vice Minister "
        "of Foreign Affairs Choi Jong-kun arrived in Tehran on the 10th and held talks with "
        "the Deputy Foreign Minister Abbas Araghchi."
    )
    events = coder.code_text(text, dt.date(2021, 2, 4))
    assert not [e for e in events if e.is_fact and e.source_country == e.target_country == "IRN"], (
        events
    )
