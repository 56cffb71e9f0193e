"""Rules found on a machine-translated analysis from the Indian (Hindi) press (the
India-Maldives rift, November 2023 - January 2024): sentences invented for detente about
real episodes, in the verb-last order such translations keep."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2024, 1, 16)


def _pairs(events, root):
    return [
        (e.source_country, e.target_country) for e in events if e.is_fact and e.cameo_root == root
    ]


def test_a_person_and_a_country_side_by_side_are_doer_and_object(coder):
    # read as one name "Modi Japan", the country did the asking
    text = "On 9 January Modi Japan had asked for more investment to send."
    assert _pairs(coder.code_text(text, DAY), "02") == [("IND", "JPN")]
    english = "President Joe Biden China accused of unfair trade."
    assert ("USA", "CHN") in _pairs(coder.code_text(english, DAY), "11")


def test_a_place_before_a_surname_is_no_given_name(coder):
    # "in Fujian Muizzu" is not a person named Fujian Muizzu (someone else than Muizzu)
    text = "Already on 9 January in Fujian Muizzu China had requested more tourists to send."
    assert _pairs(coder.code_text(text, DAY), "02") == [("MDV", "CHN")]


def test_the_two_sides_after_talks_are_the_two_who_talked(coder):
    # India and Maldives acted on each other before, but the talks are Maldives and China's
    text = (
        "On 8 January New Delhi summoned the Maldivian envoy, and Male summoned the Indian "
        "envoy. On 10 January Muizzu held talks with Xi Jinping in Beijing, and the two sides "
        "signed twenty agreements."
    )
    signed = _pairs(coder.code_text(text, DAY), "05")
    assert set(signed) == {("MDV", "CHN"), ("CHN", "MDV")}, signed


def test_an_envoy_titled_before_the_name_is_summoned(coder):
    text = "New Delhi summoned the Maldivian High Commissioner Ibrahim Shaheeb."
    assert _pairs(coder.code_text(text, DAY), "11") == [("IND", "MDV")]


def test_an_envoy_called_to_the_ministry_is_summoned_not_rung(coder):
    text = "The same day Rabat also the Spanish ambassador Ricardo Diez to the ministry called."
    events = coder.code_text(text, DAY)
    assert ("MAR", "ESP") in _pairs(events, "11")
    assert not _pairs(events, "04")
    rung = "Putin called Erdogan on Tuesday."
    assert _pairs(coder.code_text(rung, DAY), "04") == [("RUS", "TUR")]
