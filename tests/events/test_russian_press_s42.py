"""Rules found on a machine-translated review written in session 42 (a Moscow weekly on the
arrest of four Russian officers in Georgia and Moscow's answer, September-October 2006):
each with sentences invented for detente about real episodes, in the wording such
translations use, and controls that must not change."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2006, 10, 9)


def _facts(events, root):
    return [
        (e.source_country, e.target_country)
        for e in events
        if e.is_fact and e.cameo_root == root and e.source_country and e.target_country
    ]


def test_an_object_after_two_places_joined_by_and_is_the_verbs(coder):
    # the parser hangs the counted people on the second place as its apposition (or the
    # second place on the verb): Tbilisi had been the one arrested
    text = "On 27 September the Georgian police arrested in Tbilisi and Batumi four Russian majors."
    held = _facts(coder.code_text(text, DAY), "17")
    assert held == [("GEO", "RUS")], held
    # control: the usual order stays as it was
    text = "On 27 September the Georgian police arrested four Russian majors in Tbilisi and Batumi."
    held = _facts(coder.code_text(text, DAY), "17")
    assert held == [("GEO", "RUS")], held


def test_people_deported_from_a_state_brought_to_a_place_are_that_states_act(coder):
    # "brought to Tbilisi N Georgians deported from Russia": Russia deported them; the city
    # the plane landed in deports no one
    text = (
        "Checks of Georgian shops began in Moscow, and on 6 October a plane of the emergencies "
        "ministry delivered to Tbilisi more than a hundred Georgians deported from Russia."
    )
    sent = _facts(coder.code_text(text, DAY), "17")
    assert sent == [("RUS", "GEO")], sent


def test_the_same_count_of_people_names_them_again_paragraphs_later(coder):
    # "the four officers" are the four Russian officers told five sentences before, not the
    # OSCE they are handed to
    text = (
        "On 27 September Georgia arrested four Russian officers on charges of spying. Moscow "
        "was furious. The Kremlin spoke of hostages. The Duma debated the crisis. Brussels "
        "called for calm.\n\nOn 2 October Tbilisi released the four officers to the OSCE."
    )
    freed = _facts(coder.code_text(text, DAY), "08")
    assert freed == [("GEO", "RUS")], freed


def test_they_after_people_handed_over_are_those_people(coder):
    # "they with him flew to Moscow" (Russian "они с ним"): the officers fly with the envoy;
    # Tbilisi visits no one
    text = (
        "On 2 October Tbilisi handed the four Russian officers over to Karel De Gucht, and in "
        "the evening they with him flew to Moscow."
    )
    events = coder.code_text(text, DAY)
    assert _facts(events, "08") == [("GEO", "RUS")], events
    assert not _facts(events, "04"), events


def test_transport_and_post_with_a_state_stopped_are_an_embargo(coder):
    text = "From 3 October Moscow halted the railway, sea and postal communication with Georgia."
    cut = _facts(coder.code_text(text, DAY), "16")
    assert cut == [("RUS", "GEO")], cut


def test_ministers_of_the_alliance_gathered_somewhere_are_the_alliance(coder):
    # a participle set off by commas is no verb of its own (the ministers hold no rally in
    # New York), and "the countries of the alliance" are NATO named before
    text = (
        "Tbilisi wants to join NATO. On 21 September the defence ministers of the countries "
        "of the alliance, assembled in New York, agreed to open an intensified dialogue with "
        "Georgia."
    )
    events = coder.code_text(text, DAY)
    assert _facts(events, "03") == [("NATO", "GEO")], events
    assert not _facts(events, "14"), events


def test_the_russian_chief_sanitary_doctor_acts_for_russia(coder):
    text = "In March 2006 Gennady Onishchenko banned the import of Georgian wine."
    banned = _facts(coder.code_text(text, DAY), "16")
    assert banned == [("RUS", "GEO")], banned


def test_an_object_before_a_comma_spliced_second_clause_is_the_first_verbs(coder):
    # two clauses joined by a bare comma: the ambassador is recalled, he explains nothing
    text = (
        "On 17 March Moscow recalled for consultations its ambassador in Washington Anatoly "
        "Antonov, the spokeswoman of the ministry explained the step, and the ambassador flew "
        "home three days later."
    )
    recalled = _facts(coder.code_text(text, dt.date(2021, 3, 24)), "16")
    assert recalled == [("RUS", "USA")], recalled
    # control: a clause with its own conjunction stays the adverbial it is
    text = "When Moscow recalled its ambassador in Washington, the embassy stayed open."
    recalled = _facts(coder.code_text(text, dt.date(2021, 3, 24)), "16")
    assert recalled == [("RUS", "USA")], recalled
