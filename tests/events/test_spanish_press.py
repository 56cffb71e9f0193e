"""Rules found on a machine-translated analysis from a Latin American daily (the February
2019 Venezuela-Colombia border crisis over the aid stored in Cucuta). Sentences written for
detente."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2019, 2, 27)


def test_a_days_number_told_of_its_month_is_a_date(coder):
    """ "On the 4 of March" ("el 4 de marzo") dates the act, and "the past 12 of January" is
    the last such day before the story; the model had joined the month to the name after it
    and the act lost its subject."""
    cases = {
        "On the past 12 of January Peru recalled its ambassador from Bolivia.": dt.date(
            2019, 1, 12
        ),
        "On the 4 of February Peru recalled its ambassador from Bolivia.": dt.date(2019, 2, 4),
        "On the 4 of February of 2017 Peru recalled its ambassador from Bolivia.": dt.date(
            2017, 2, 4
        ),
    }
    for text, day in cases.items():
        found = [
            e.date
            for e in coder.code_text(text, DAY)
            if (e.source_country, e.target_country) == ("PER", "BOL")
        ]
        assert found == [day], text


def test_time_given_to_envoys_in_a_to_phrase_sends_them_home(coder):
    """ "gave 24 hours to the Chilean diplomats to leave the country", the dative told
    after the span of time as a translation from Spanish sets it: the envoys are sent home
    (161), not people deported (174)."""
    text = "Bolivia gave 24 hours to the Chilean diplomats to leave the country."
    found = {
        (e.cameo, e.target_country) for e in coder.code_text(text, DAY) if e.source_country == "BOL"
    }
    assert found == {("161", "CHL")}


def test_diplomatic_or_consular_staff_are_envoys(coder):
    """ "the diplomatic and consular personnel of Ecuador", "the consular staff of Ecuador":
    staff told by the service they belong to are a state's envoys; workers are not."""
    for staff, code in (
        ("the diplomatic and consular personnel of Ecuador", "161"),
        ("the consular staff of Ecuador", "161"),
        ("the seasonal workers of Ecuador", "174"),
    ):
        text = f"Peru gave {staff} 48 hours to leave the country."
        found = {e.cameo for e in coder.code_text(text, DAY) if e.source_country == "PER"}
        assert found == {code}, staff


def test_the_president_is_no_vice_president_named_before(coder):
    """ "the vice-president Delcy Rodriguez" holds another office: "The president" told after
    her is the president named before (Maduro), not she."""
    text = (
        "On Friday the vice-president Delcy Rodriguez announced the closure of the border. "
        "That same afternoon Maduro broke the relations with Colombia. The president gave 24 "
        "hours to the Colombian diplomats to leave the country."
    )
    found = {e.source_name for e in coder.code_text(text, DAY) if "24 hours" in e.sentence}
    assert found == {"Maduro"}


def test_a_meeting_at_someones_request_is_not_held_with_them(coder):
    """ "The Security Council met on Haiti at the request of France": the council granted no
    request (083) and met no France; France asked it to sit. A visit "at the invitation of"
    a host is still paid to the host."""
    for text in (
        "The Security Council of the United Nations met on Haiti at the request of France.",
        "The Security Council of the United Nations discussed the crisis at the request of France.",
    ):
        found = [e for e in coder.code_text(text, DAY) if e.target_country == "FRA"]
        assert found == [], text
    text = "Modi visited Dhaka at the invitation of Hasina."
    assert ("IND", "BGD") in {
        (e.source_country, e.target_country) for e in coder.code_text(text, DAY)
    }


def test_assuring_that_with_no_one_assured_reassures_no_side(coder):
    """ "The Peruvian government assured that the fire had been set by the opposition" (the
    Spanish "aseguró que") claims, as "said that" does: no reassurance (013) aimed at the side
    the sentence before named; "assured Biden that …" still reassures Biden."""
    text = (
        "Lasso blamed the government of Peru for the violence on the border. The Peruvian "
        "government, for its part, assured that the fire had been set by the opposition."
    )
    found = [e for e in coder.code_text(text, DAY) if e.cameo == "013"]
    assert found == []
    text = "Xi assured Biden that China was willing to cooperate."
    assert ("CHN", "USA") in {
        (e.source_country, e.target_country) for e in coder.code_text(text, DAY) if e.cameo == "013"
    }


def test_the_closing_of_a_border_is_its_closure(coder):
    """ "ordered the closing of the border with Ecuador" ("el cierre de la frontera") closes
    it (191), as "ordered the closure" does: no demand (100) made of Ecuador."""
    text = "The president of Peru ordered the closing of the border with Ecuador."
    found = {(e.cameo, e.target_country) for e in coder.code_text(text, DAY)}
    assert found == {("191", "ECU")}
    # (a gerund that is a verb, or that names a ceremony, is no closure)
    assert not coder.code_text("The closing ceremony of the summit was held in Lima.", DAY)


def test_a_state_closing_a_bridge_bars_passage_a_crowd_protests(coder):
    """ "Peru closed the three bridges with Ecuador": a state's closure bars passage (191,
    COERCE), no protest (144); farmers blocking a bridge still protest."""
    text = "Peru closed the three bridges with Ecuador."
    found = {(e.plover, e.target_country) for e in coder.code_text(text, DAY)}
    assert found == {("COERCE", "ECU")}
    text = "Peruvian farmers blocked the bridge on the border with Ecuador."
    assert {e.plover for e in coder.code_text(text, DAY)} == {"PROTEST"}


def test_the_weekday_of_last_week_is_that_weeks_day(coder):
    """ "The Thursday of last week" in a piece of Wednesday 27 February 2019 is 21 February,
    as "on Thursday of last week" is."""
    text = "The Thursday of last week Peru recalled its ambassador from Bolivia."
    found = {e.date for e in coder.code_text(text, DAY) if e.source_country == "PER"}
    assert found == {dt.date(2019, 2, 21)}


def test_a_relative_day_with_its_weekday_beside_it_is_that_day(coder):
    """ "Yesterday, Tuesday," ("ayer martes") in a piece of Wednesday is the Tuesday just
    before: the weekday set beside "yesterday" repeats the day."""
    text = "Yesterday, Tuesday, in Lima the Peruvian foreign minister accused Bolivia of lying."
    found = {e.date for e in coder.code_text(text, DAY) if e.target_country == "BOL"}
    assert found == {dt.date(2019, 2, 26)}


def test_a_day_told_in_an_opening_when_clause_sets_the_storys_clock(coder):
    """ "When on 4 May the president of the congress proclaimed himself head of state, few
    imagined … The same day Peru recalled its ambassador": the "when" clause says when the
    sentence is told, so "the same day" is 4 May (the main verb, "imagined", has no day)."""
    text = (
        "When on 4 May the president of the congress proclaimed himself head of state in "
        "Lima, few imagined that the crisis would last. The same day Peru recalled its "
        "ambassador from Bolivia."
    )
    found = {e.date for e in coder.code_text(text, DAY) if e.target_country == "BOL"}
    assert found == {dt.date(2018, 5, 4)}


def test_the_bolivarian_national_guard_is_venezuelas_force(coder):
    """The Bolivarian National Guard is a Venezuelan armed force, not one of the country its
    sentence names last."""
    text = "The Bolivarian National Guard blocked the passage of the convoy coming from Colombia."
    found = {(e.source, e.target_country) for e in coder.code_text(text, DAY)}
    assert found == {("VENMIL", "COL")}


def test_an_object_told_after_a_span_of_time_is_the_verbs(coder):
    """ "Colombia closed for three days its border crossings with Venezuela to repair the
    bridges": the translated order sets the object after the span, and the parser read it as
    the subject of the purpose clause ("for X to do"), and the closure had no object; the
    crossings are what was closed."""
    text = (
        "On Monday Colombia closed for three days its border crossings with Venezuela to "
        "repair the bridges."
    )
    found = {(e.source_country, e.target_country) for e in coder.code_text(text, DAY)}
    assert found == {("COL", "VEN")}
