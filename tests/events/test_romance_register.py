"""Rules found on a machine-translated analysis from the Spanish-language press (Colombia
and Venezuela restoring relations, August 2022): sentences invented for detente about real
episodes, in the word order such translations keep."""

from __future__ import annotations

import datetime as dt


def _facts(events, root):
    return [
        (e.source_country, e.target_country, e.date)
        for e in events
        if e.is_fact and e.cameo_root == root
    ]


def test_an_adverb_between_verb_and_object_leaves_the_object_to_the_verb(coder):
    # the model reads "the relations with Paris" as the subject of "summoned", and Paris
    # as the one who summoned and accused
    text = (
        "Rome broke then the relations with Paris, summoned the French envoy and accused "
        "France of an interference in its affairs."
    )
    events = coder.code_text(text, dt.date(2019, 2, 10))
    assert ("ITA", "FRA") in [(s, t) for s, t, _ in _facts(events, "16")]
    assert ("ITA", "FRA") in [(s, t) for s, t, _ in _facts(events, "11")]
    assert not [e for e in events if e.source_country == "FRA" and e.is_fact]


def test_time_given_to_envoys_named_after_to_is_their_expulsion(coder):
    text = "The junta gave to the French diplomats 72 hours to leave the country."
    events = coder.code_text(text, dt.date(2022, 1, 31))
    assert [e.cameo_root for e in events if e.target_country == "FRA"] == ["16"]


def test_time_given_to_rebels_named_after_to_stays_a_threat(coder):
    text = "The Malian army gave to the Tuareg rebels 24 hours to leave the town."
    assert "16" not in [e.cameo_root for e in coder.code_text(text, dt.date(2022, 1, 31))]


def test_this_sunday_told_of_a_past_act_is_the_sunday_just_past(coder):
    text = "The Spanish foreign minister arrived in Rabat this Sunday for talks with Bourita."
    visits = _facts(coder.code_text(text, dt.date(2022, 4, 6)), "04")  # a Wednesday
    assert ("ESP", "MAR", dt.date(2022, 4, 3)) in visits, visits


def test_a_day_beside_a_span_from_the_story_is_of_the_story_year(coder):
    # a piece of 2022 telling 2019: "on 10 February" is not 10 February 2022
    text = (
        "On 12 March 2019 Ankara recalled its ambassador from Vienna. Two days later, on 14 "
        "March, Vienna summoned the Turkish charge d'affaires. One month before, on 10 "
        "February, Ankara had accused Austria of Islamophobia."
    )
    events = coder.code_text(text, dt.date(2022, 5, 4))
    assert ("TUR", "AUT", dt.date(2019, 2, 10)) in _facts(events, "11")
    summoned = _facts(events, "04") + _facts(events, "11") + _facts(events, "16")
    assert ("AUT", "TUR", dt.date(2019, 3, 14)) in summoned, summoned


def test_communicating_with_a_government_is_a_contact(coder):
    text = "The president-elect said he had communicated with the Venezuelan government."
    events = coder.code_text(text, dt.date(2022, 6, 23))
    assert "04" in [e.cameo_root for e in events if e.target_country == "VEN"]
    passed_on = "Tehran communicated its decision to the agency."
    assert "04" not in [e.cameo_root for e in coder.code_text(passed_on, dt.date(2022, 6, 23))]


def test_a_span_before_a_clause_is_no_span_from_the_story(coder):
    # "two months after the junta expelled …" dates nothing itself: "on Sunday" stays the
    # Sunday before publication
    text = (
        "Paris will recall its ambassador from Bamako, the president said on Sunday, two "
        "months after the junta expelled the French envoy."
    )
    said = [e.date for e in coder.code_text(text, dt.date(2022, 4, 4)) if e.cameo_root == "16"]
    assert said and all(day == dt.date(2022, 4, 3) for day in said), said
