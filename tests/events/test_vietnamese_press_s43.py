"""Misreadings found in a Vietnamese daily's analysis of the Haiyang Dizhi 8 stand-off at
Vanguard Bank (July-October 2019), machine-translated from the Vietnamese
(tests/data/articles/2019-10-28-vanguard-bank.txt), each a general class checked on sentences
written for detente (session 43)."""

from __future__ import annotations

import datetime as dt


def _events(coder, text, day):
    return [
        (e.source_country, e.plover, e.target_country, e.modality, e.date)
        for e in coder.code_text(text, day)
    ]


# --- a day written with its month after a slash ("19/7"), as the Vietnamese press dates ---


def test_a_weekday_with_its_slashed_day_and_month_is_that_day(coder):
    text = (
        "On Sunday (4/5), the Vietnamese foreign ministry demanded China to withdraw the platform "
        "from the waters of Vietnam."
    )
    got = _events(coder, text, dt.date(2014, 5, 20))
    assert ("VNM", "REQUEST", "CHN", "asserted", dt.date(2014, 5, 4)) in got, got


def test_a_slashed_day_after_on_is_that_day(coder):
    text = "On 15/5, the Chinese foreign ministry demanded Vietnam to punish the rioters."
    got = _events(coder, text, dt.date(2014, 6, 20))
    assert ("CHN", "REQUEST", "VNM", "asserted", dt.date(2014, 5, 15)) in got, got


def test_a_slashed_day_in_the_afternoon_of_is_that_day(coder):
    text = "In the afternoon of 7/5, Hanoi accused the Chinese ships of ramming its vessels."
    got = _events(coder, text, dt.date(2014, 6, 20))
    assert ("VNM", "ACCUSE", "CHN", "asserted", dt.date(2014, 5, 7)) in got, got


def test_nine_eleven_is_no_day_of_november(coder):
    # control: "9/11" names the attacks of 2001
    text = "Since 9/11, Washington has accused Tehran of sheltering terrorists."
    got = _events(coder, text, dt.date(2019, 12, 20))
    assert got and all(e[4] != dt.date(2019, 11, 9) for e in got), got


def test_a_fraction_is_no_day(coder):
    # control: "a 2/3 majority" counts votes
    text = "The parliament of Ukraine condemned Russia by a 2/3 majority on Friday."
    got = _events(coder, text, dt.date(2019, 12, 20))
    assert got and all(e[4] == dt.date(2019, 12, 20) for e in got), got


# --- Vietnam's foreign-ministry spokespeople (people_e.tsv) ---


def test_the_vietnamese_spokeswoman_of_2019_is_vietnams(coder):
    text = "Le Thi Thu Hang accused China of violating the exclusive economic zone of Vietnam."
    got = _events(coder, text, dt.date(2019, 7, 19))
    assert ("VNM", "ACCUSE", "CHN", "asserted", dt.date(2019, 7, 19)) in got, got


# --- a name after "calls" in a relative clause is a name, not a telephone call ---


def test_the_reef_which_a_side_calls_by_a_name_is_no_call(coder):
    text = "Chinese ships entered the area which Vietnam calls Tu Chinh Bank."
    got = _events(coder, text, dt.date(2019, 7, 19))
    assert not any(e[0] == "VNM" for e in got), got


def test_a_relative_clause_judging_an_offer_still_judges(coder):
    # control: "which Moscow called a trap" names no place; Moscow's judgment stays
    text = "Kyiv accepted the offer which Moscow called a trap."
    got = _events(coder, text, dt.date(2019, 7, 19))
    assert any(e[0] == "RUS" for e in got), got


# --- "There are opinions that …": views told only as existing are hearsay ---


def test_opinions_that_a_side_will_act_are_no_promise(coder):
    text = "There are also opinions that Washington will send warships to help Manila."
    got = _events(coder, text, dt.date(2016, 7, 20))
    assert got and not any(e[3] == "asserted" for e in got), got


def test_a_view_named_with_its_holder_is_no_hearsay(coder):
    # control: the act after "and" is told as fact
    text = "There is the view of Beijing on the sea, and Hanoi recalled its envoy from Beijing."
    got = _events(coder, text, dt.date(2016, 7, 20))
    assert ("VNM", "SANCTION", "CHN", "asserted", dt.date(2016, 7, 20)) in got, got


# --- "rejected this claim": the claim is the one the last claimant made ---


def test_a_claim_rejected_is_the_claimants(coder):
    text = (
        "On 22/8, the State Department accused China of intimidating Vietnam. On 18/9, the "
        "Chinese foreign ministry claimed that China has sovereign rights over the bank, and "
        "demanded Vietnam to stop the oil exploration there. On 3/10, the Vietnamese foreign "
        "ministry rejected this claim."
    )
    got = _events(coder, text, dt.date(2019, 10, 28))
    assert ("VNM", "REJECT", "CHN", "asserted", dt.date(2019, 10, 3)) in got, got
    assert not any(e[0] == "VNM" and e[2] == "USA" for e in got), got


# --- a vessel told again by a noun with its own name beside it ---


def test_a_ship_group_named_again_is_the_ship_named_with_its_flag(coder):
    text = (
        "The Chinese oil rig Haiyang Shiyou 981 arrived near the islands on 2 May. Hanoi said "
        "that the rig group Haiyang Shiyou 981 rammed Vietnamese vessels."
    )
    got = _events(coder, text, dt.date(2014, 5, 8))
    assert any(e[0] == "VNM" and e[1] == "ACCUSE" and e[2] == "CHN" for e in got), got


def test_a_ship_group_of_another_name_is_not_the_ship(coder):
    # control: another name, no flag taken from the first ship
    text = (
        "The Chinese oil rig Haiyang Shiyou 981 arrived near the islands on 2 May. Hanoi said "
        "that the rig group Ocean Explorer 7 rammed Vietnamese vessels."
    )
    got = _events(coder, text, dt.date(2014, 5, 8))
    assert not any(e[0] == "VNM" and e[2] == "CHN" for e in got), got
