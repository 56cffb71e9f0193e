"""Rules found on a machine-translated Athens analysis (session 43: Greece expels two Russian
diplomats over the Prespes deal, July-August 2018, and Moscow's reply): sentences invented
for detente about real episodes, in the word order such translations use."""

from __future__ import annotations

import datetime as dt

PUB = dt.date(2018, 8, 12)


def _facts(events, root):
    return [
        (e.source_country, e.target_country) for e in events if e.is_fact and e.cameo_root == root
    ]


def test_a_verb_read_as_a_plural_noun_keeps_the_object_set_after_a_phrase(coder):
    # "lifts" tagged a noun, "its objection" hung on "exchange": the objection is the one
    # Athens lifts, no accusation by Skopje
    text = (
        "With the deal Skopje accepts the name North Macedonia, and Athens lifts in exchange "
        "its objection to the entry of Skopje into NATO."
    )
    events = coder.code_text(text, dt.date(2018, 6, 18))
    assert not [e for e in events if e.source_country == "MKD" and e.cameo_root == "11"], [
        (e.source_country, e.cameo, e.target_country) for e in events
    ]
    assert [e for e in events if e.source_country == "GRC" and e.cameo_root == "08"], [
        (e.source_country, e.cameo, e.target_country) for e in events
    ]


def test_analysts_leaving_a_reprisal_open_is_no_threat_of_the_side(coder):
    text = (
        "Some analysts in Prague do not exclude that Moscow will expel more Czech diplomats, "
        "if the Czech side continues the accusations."
    )
    threats = _facts(coder.code_text(text, dt.date(2021, 4, 25)), "13")
    assert not [pair for pair in threats if pair[0] == "RUS"], threats


def test_a_side_leaving_its_own_reprisal_open_still_threatens(coder):
    # control: the side itself does not exclude it
    text = (
        "Moscow does not exclude that it will expel more Greek diplomats, if the Greek side "
        "continues the statements."
    )
    assert ("RUS", "GRC") in _facts(coder.code_text(text, PUB), "13")


def test_an_act_called_unfounded_is_criticised(coder):
    # "unfounded" dismisses a claim; said of a decision it criticises whoever took it
    text = "Moscow characterized the expulsion of its diplomats by Prague as absolutely unfounded."
    assert ("RUS", "CZE") in _facts(coder.code_text(text, dt.date(2021, 4, 19)), "11")


def test_a_judging_adjective_set_after_the_object_is_the_predicate(coder):
    text = "The Turkish foreign ministry characterized the American decision arbitrary and unjust."
    assert ("TUR", "USA") in _facts(coder.code_text(text, dt.date(2018, 8, 11)), "11")


def test_an_example_of_disrespect_is_criticism(coder):
    text = "Athens described the remarks of Zakharova as an example of disrespect toward Greece."
    assert ("GRC", "RUS") in _facts(coder.code_text(text, PUB), "11")


def test_a_weekday_with_its_day_and_month_in_brackets(coder):
    # the Greek press writes "την Παρασκευή (13/7)": day 13 of July, not the Friday before
    # publication
    text = "On Friday (13/7) the Russian foreign ministry summoned the Greek ambassador."
    dates = [e.date for e in coder.code_text(text, PUB) if e.cameo_root == "11"]
    assert dates == [dt.date(2018, 7, 13)], dates


def test_an_envoy_named_again_keeps_the_country_of_his_title_in_a_place(coder):
    # the first mention hangs the name on the place ("in Moscow Andreas Fryganas"); the
    # second sets "this time" beside the name
    text = (
        "On Friday the Russian foreign ministry summoned the Greek ambassador in Moscow "
        "Andreas Fryganas over the expulsions. A week later Moscow summoned again the "
        "ambassador Fryganas, this time over new statements."
    )
    events = [e for e in coder.code_text(text, dt.date(2018, 7, 25)) if e.cameo_root == "11"]
    assert [(e.source_country, e.target_country) for e in events] == [("RUS", "GRC")] * 2, [
        (e.source_country, e.target_country, e.target_name) for e in events
    ]


def test_a_judgement_set_before_the_thing_called_is_no_appeal(coder):
    # "called lies the information": the predicate first, as Greek sets it; no call for
    # information, no phone call
    text = (
        "The Russian foreign ministry called lies the information of Athens that Moscow had "
        "been warned in advance."
    )
    events = coder.code_text(text, dt.date(2018, 7, 20))
    called = _facts(events, "02") + _facts(events, "04")
    assert not called, called


def test_a_call_for_information_stays_an_appeal(coder):
    # control
    text = "The Russian foreign ministry called on Athens to provide the information."
    assert ("RUS", "GRC") in _facts(coder.code_text(text, dt.date(2018, 7, 20)), "02")
