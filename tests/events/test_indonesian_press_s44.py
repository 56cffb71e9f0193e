"""Rules found on a machine-translated Jakarta analysis (session 44: the Australian tapping
of the Indonesian president's telephone, November 2013, and Jakarta's recall of its
ambassador and freeze of cooperation): sentences invented for detente about real episodes,
in the word order such translations use."""

from __future__ import annotations

import datetime as dt

PUB = dt.date(2015, 6, 1)


def _all(events):
    return [(e.source_country, e.cameo, e.target_country, e.modality) for e in events]


def _facts(events, root):
    return [
        (e.source_country, e.target_country) for e in events if e.is_fact and e.cameo_root == root
    ]


# -- a passive "should not be expected to" lays no duty on the side ----------------------


def test_a_side_that_should_not_be_expected_to_apologise_is_asked_nothing(coder):
    # Abe's line on the war apologies (2015): Tokyo's refusal, no demand on Japan
    text = "Abe said in the Diet that Japan should not be expected to apologise again for the war."
    events = coder.code_text(text, PUB)
    assert not _facts(events, "10"), _all(events)


def test_a_refusal_explained_by_an_expectation_stays_a_refusal(coder):
    text = (
        "Cameron refused to apologise, saying that Britain should not be expected to apologise "
        "for the steps it took in 1919."
    )
    events = coder.code_text(text, dt.date(2013, 2, 20))
    assert not _facts(events, "10"), _all(events)


def test_control_a_side_that_expects_another_to_act_still_demands(coder):
    events = coder.code_text("Washington expects Moscow to return Crimea to Ukraine.", PUB)
    assert ("USA", "RUS") in _facts(events, "10"), _all(events)


def test_control_a_side_said_to_have_to_apologise_is_still_asked(coder):
    events = coder.code_text("Beijing said that Japan must apologise for the war.", PUB)
    assert ("CHN", "JPN") in _facts(events, "10"), _all(events)


# -- making light of a matter charges no one the matter names ----------------------------


def test_belittling_a_problem_is_no_charge_against_whom_it_concerns(coder):
    text = "Beijing said that Tokyo belittled the problem of the comfort women of China."
    events = coder.code_text(text, PUB)
    assert ("JPN", "CHN") not in _facts(events, "11"), _all(events)


def test_control_belittling_a_country_is_still_a_charge(coder):
    events = coder.code_text("Seoul said Tokyo belittled Korea.", PUB)
    assert ("JPN", "KOR") in _facts(events, "11"), _all(events)


# -- what a policy's infinitive tells is a course, not an act done -----------------------


def test_the_infinitive_of_a_policy_is_no_act_done(coder):
    text = (
        "Rome will sooner or later have to talk to Tripoli if it wants the cooperation to "
        "continue, because without the help of Libya the policy of Salvini to send back the "
        "migrants will not work."
    )
    events = coder.code_text(text, dt.date(2018, 7, 1))
    assert not [e for e in events if e.is_fact and e.cameo_root == "17"], _all(events)


def test_control_plans_announced_stay_an_intent(coder):
    events = coder.code_text("Moscow announced plans to cut gas deliveries to Ukraine.", PUB)
    cuts = [e for e in events if e.cameo_root == "16" and e.target_country == "UKR"]
    assert cuts and all(e.modality == "future" for e in cuts), _all(events)


def test_control_a_proposal_rejected_is_still_rejected(coder):
    events = coder.code_text(
        "The Kremlin rejected the proposal of Kyiv to exchange the prisoners.", PUB
    )
    assert ("RUS", "UKR") in _facts(events, "12"), _all(events)


# -- "The President" alone is the last one named with that title -------------------------


def test_the_president_alone_is_the_one_named_with_the_title_not_the_last_leader(coder):
    # the title made the head and the name its apposition, then a guest of another office
    # acting in between
    text = (
        "In November the Prime Minister of Japan Shinzo Abe was received in Seoul by the "
        "President Park Geun-hye. Abe praised South Korea as the most important neighbour of "
        "Japan. The President also asked that Japan apologise to the victims."
    )
    events = coder.code_text(text, PUB)
    asks = [e for e in events if e.cameo_root == "02" and "also asked" in e.sentence]
    assert asks and all(e.source_country == "KOR" for e in asks), _all(events)


def test_the_president_alone_is_not_a_vice_president_named_since(coder):
    text = (
        "In November the Prime Minister of Japan Shinzo Abe was received in Seoul by the "
        "President Park Geun-hye. The Vice President of the United States Joe Biden welcomed "
        "the meeting. The President also asked that Japan apologise to the victims."
    )
    events = coder.code_text(text, PUB)
    asks = [e for e in events if e.cameo_root == "02" and "also asked" in e.sentence]
    assert asks and all(e.source_country == "KOR" for e in asks), _all(events)


def test_control_the_president_after_a_president_named_by_his_title(coder):
    text = "President Park Geun-hye met Abe in Seoul. The President asked that Japan apologise."
    events = coder.code_text(text, PUB)
    asks = [e for e in events if e.cameo_root == "02"]
    assert asks and all(e.source_country == "KOR" for e in asks), _all(events)


# -- a pledge not to harm a side is a pledge to it, and "this commitment" names it back ----


def test_a_pledge_that_ones_side_will_harm_no_one_is_a_pledge_to_the_side_named(coder):
    # the NSA row of 2013: a promise of good conduct by Washington to Berlin
    text = (
        "In the call Obama promised that the United States will not do anything in the "
        "future which harms Germany."
    )
    events = coder.code_text(text, dt.date(2013, 10, 24))
    assert ("USA", "DEU") in _facts(events, "03"), _all(events)


def test_this_commitment_welcomed_is_the_pledge_told_before(coder):
    text = (
        "In the call Obama promised that the United States will not do anything in the "
        "future which harms Germany. Merkel welcomed this commitment."
    )
    events = coder.code_text(text, dt.date(2013, 10, 24))
    assert ("DEU", "USA") in _facts(events, "05"), _all(events)


def test_control_a_vow_to_punish_stays_a_threat(coder):
    text = "Putin vowed that Russia will punish Turkey for the downing of the bomber."
    events = coder.code_text(text, dt.date(2015, 11, 25))
    assert ("RUS", "TUR") in _facts(events, "13"), _all(events)
    assert not _facts(events, "03"), _all(events)


# -- a task given to a list of people is theirs to do, and still to come ------------------


def test_a_task_given_to_a_minister_or_an_envoy_is_theirs_and_to_come(coder):
    # Rouhani's reply on the nuclear talks (2013): the talks are Tehran's, and not yet held
    text = (
        "Rouhani welcomed the letter. He proposed talks, and assigned Javad Zarif or a special "
        "envoy to discuss the deal with Washington."
    )
    events = coder.code_text(text, dt.date(2013, 9, 20))
    talks = [e for e in events if e.cameo_root == "04" and e.target_country == "USA"]
    assert talks and all(e.source_country == "IRN" for e in talks), _all(events)
    assert all(e.modality == "future" for e in talks), _all(events)


def test_control_an_envoy_sent_to_talk_still_talks(coder):
    text = "Tehran sent Javad Zarif and a special envoy to discuss the deal with Washington."
    events = coder.code_text(text, dt.date(2013, 9, 20))
    assert ("IRN", "USA") in _facts(events, "04"), _all(events)
