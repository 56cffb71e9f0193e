"""Rules found on a machine-translated Milan analysis (session 42: Italy and India over the
two marò, February 2012 to March 2013): sentences invented for detente about real episodes,
in the word order such translations use."""

from __future__ import annotations

import datetime as dt

PUB = dt.date(2013, 3, 27)


def _facts(events, root):
    return [
        (e.source_country, e.target_country) for e in events if e.is_fact and e.cameo_root == root
    ]


def test_an_opposition_asks_its_own_government_not_the_last_one_named(coder):
    # the last government named is Egypt's, but an opposition asks its own country's
    text = (
        "The Egyptian government rejected the request on Friday. Some leaders of the "
        "Italian opposition asked the government to recall the ambassador from Cairo."
    )
    asked = _facts(coder.code_text(text, dt.date(2016, 4, 10)), "02")
    assert ("ITA", "ITA") in asked, asked
    assert ("ITA", "EGY") not in asked, asked


def test_a_senate_asks_its_own_government_not_the_last_one_named(coder):
    text = (
        "The Egyptian government rejected the request on Friday. The Italian Senate asked "
        "the government to recall the ambassador from Cairo."
    )
    asked = _facts(coder.code_text(text, dt.date(2016, 4, 10)), "02")
    assert ("ITA", "ITA") in asked, asked
    assert ("ITA", "EGY") not in asked, asked


def test_a_government_named_with_its_owner_stays_that_owners(coder):
    # control: "the Egyptian government" says whose it is
    text = "The Italian Senate asked the Egyptian government to hand over the files."
    asked = _facts(coder.code_text(text, dt.date(2016, 4, 10)), "02")
    assert ("ITA", "EGY") in asked, asked


def test_the_central_government_is_the_askers_own(coder):
    # an Indian state (a place of India) asking "the central government" asks India's,
    # not the Italian government named just before
    text = (
        "The Italian government protested again. The Supreme Court of New Delhi ruled that "
        "the state of Kerala had no jurisdiction and asked the central government to set up "
        "a special court."
    )
    asked = _facts(coder.code_text(text, dt.date(2013, 1, 20)), "02")
    assert ("IND", "IND") in asked, asked
    assert not [pair for pair in asked if pair[1] == "ITA"], asked


def test_the_police_of_an_indian_state_are_indias(coder):
    text = "The police of Kerala arrested two Italian marines on 19 February 2012."
    assert ("IND", "ITA") in _facts(coder.code_text(text, dt.date(2013, 1, 20)), "17")


def test_it_after_a_colon_is_the_court_named_with_its_owner_paragraphs_before(coder):
    # "it" is the subject of the clause before the colon, and that "Supreme Court" is the
    # one first named "of New Delhi", four sentences earlier
    text = (
        "In January the Supreme Court of New Delhi took the case away from the courts of "
        "Kerala. The Italian government welcomed the ruling. The marines then went home to "
        "vote. Rome announced on 11 March that they would stay in Italy. The Indian prime "
        "minister called the decision unacceptable. On Thursday the Supreme Court went "
        "further: it barred the Italian ambassador Daniele Mancini from leaving India."
    )
    barred = _facts(coder.code_text(text, dt.date(2013, 3, 20)), "17")
    assert ("IND", "ITA") in barred, barred
    assert not [pair for pair in barred if pair[0] == "ITA"], barred


def test_an_envoy_told_again_by_title_and_surname_keeps_his_country(coder):
    # "the ambassador Mancini", three sentences after "the Italian ambassador Daniele
    # Mancini", is Italy's envoy
    text = (
        "The Italian ambassador Daniele Mancini signed the guarantee in February. The "
        "marines then flew home. Rome announced on 11 March that they would stay in Italy. "
        "The Indian prime minister called the decision unacceptable. On Tuesday the Indian "
        "foreign secretary summoned the ambassador Mancini."
    )
    summoned = _facts(coder.code_text(text, dt.date(2013, 3, 20)), "11")
    assert ("IND", "ITA") in summoned, summoned


def test_an_envoy_with_another_surname_is_not_taken_up(coder):
    # control: the surname differs, so the earlier Italian envoy says nothing of this one
    text = (
        "The Italian ambassador Daniele Mancini signed the guarantee in February. The "
        "marines then flew home. Rome announced on 11 March that they would stay in Italy. "
        "The Indian prime minister called the decision unacceptable. On Tuesday the Indian "
        "foreign secretary summoned the ambassador Gupta."
    )
    summoned = _facts(coder.code_text(text, dt.date(2013, 3, 20)), "11")
    assert ("IND", "ITA") not in summoned, summoned


def test_defined_unacceptable_is_a_criticism(coder):
    # "definire inaccettabile": a translation's "defined" is the wire's "called"
    text = "On Wednesday the premier Manmohan Singh defined the decision of Rome unacceptable."
    assert ("IND", "ITA") in _facts(coder.code_text(text, dt.date(2013, 3, 20)), "11")


def test_defined_with_no_act_judged_is_no_criticism(coder):
    # control: an agreement is not among the acts a judgement criticises
    text = "On Wednesday the French minister defined the agreement between Rome and Tripoli a step."
    assert not _facts(coder.code_text(text, dt.date(2017, 8, 2)), "11")


def test_a_list_of_three_acts_after_a_comma_keeps_its_doer(coder):
    # the parser makes "called …" the words said by a subjectless "said"; the three verbs
    # are Singh's list: he criticised and he warned
    text = (
        "On 13 March the premier Manmohan Singh in the Parliament defined the choice of Rome "
        "unacceptable, said that the Italian government had violated every rule of diplomacy "
        "and warned that there will be consequences for the ties between the two countries."
    )
    events = coder.code_text(text, dt.date(2013, 3, 20))
    assert ("IND", "ITA") in _facts(events, "13"), _facts(events, "13")


def test_the_indian_foreign_secretary_of_2013_is_indias(coder):
    text = (
        "Already on Tuesday 12 the foreign secretary Ranjan Mathai summoned the Italian "
        "ambassador to the South Block."
    )
    assert ("IND", "ITA") in _facts(coder.code_text(text, dt.date(2013, 3, 20)), "11")
