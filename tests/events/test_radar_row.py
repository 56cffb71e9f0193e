"""Rules found on a machine-translated Japanese-press commentary (the row of December 2018
over the South Korean destroyer's fire-control radar and the Japanese P-1 patrol plane, with
the forced-labour rulings behind it). Sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2019, 1, 7)


def _pairs(coder, text, day=DAY):
    return {
        (e.source_country, e.target_country, e.cameo, e.modality)
        for e in coder.code_text(text, day)
    }


def test_a_hyphened_syllable_of_a_given_name_is_no_one_else(coder):
    """ "Lee Su-hoon": the syllable after the hyphen is no surname of our tables (Hoon)."""
    text = (
        "Foreign Minister Taro Kono on the same day summoned the South Korean ambassador Lee "
        "Su-hoon and protested that the ruling overturns the basis of the relations."
    )
    found = _pairs(coder, text)
    assert any(t == "KOR" and c[:2] == "11" for _, t, c, _ in found), found
    assert not any(t == "GBR" for _, t, _, _ in found), found


def test_a_capitalised_name_after_a_hyphen_stays_the_person(coder):
    text = "North Korea praised the Kim-Trump summit and thanked Trump."
    found = _pairs(coder, text)
    assert any(t == "USA" for _, t, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Taro Kono at the press conference which was held urgently on the "
        "5th called North Korea an extremely dangerous neighbour.",
        "Defence Minister Takeshi Iwaya at the briefing which was held on the 21st called "
        "North Korea a grave threat.",
    ],
)
def test_a_verb_after_the_setting_of_its_subject_is_the_subject_s(coder, text):
    """The parser hangs the past verb on the last noun of the setting ("Tuesday called …")
    and leaves the name as the sentence's head: the verb is the name's."""
    found = _pairs(coder, text)
    assert any((s, t, c[:2]) == ("JPN", "PRK", "11") for s, t, c, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The South Korean destroyer directed its fire-control radar at a Japanese patrol plane.",
        "A Chinese frigate locked its fire-control radar on a Japanese destroyer.",
        "A Chinese warship aimed its fire-control radar at a Japanese helicopter.",
    ],
)
def test_a_fire_control_radar_aimed_at_a_side_is_a_threat_of_force(coder, text):
    found = _pairs(coder, text)
    assert any(c == "138" and t == "JPN" for _, t, c, _ in found), found


def test_a_radar_bought_is_no_threat(coder):
    found = _pairs(coder, "India bought a radar from Israel.")
    assert not any(c[:2] == "13" for _, _, c, _ in found), found


def test_a_verb_last_clause_of_a_noun_opened_by_that_ends_at_its_comma(coder):
    """ "Concerning the news that Moscow the Ukrainian ships seized, the opinions …": the
    clause of "the news" ends in its verb at the comma, and is read in English order."""
    text = (
        "Concerning the news that Moscow the Ukrainian ships in the Kerch Strait seized, the "
        "opinions in Kyiv are divided."
    )
    found = _pairs(coder, text)
    assert any((s, t) == ("RUS", "UKR") for s, t, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Court ordered Nippon Steel & Sumitomo Metal to pay compensation to four "
        "South Korean workers.",
        "A court in Seoul ordered the Japanese steel maker to pay compensation.",
    ],
)
def test_an_object_told_to_act_is_commanded_not_bought(coder, text):
    found = _pairs(coder, text)
    assert not any(c[:2] == "06" for _, _, c, _ in found), found
    assert any(c[:2] == "10" for _, _, c, _ in found), found


def test_goods_ordered_from_a_side_are_still_bought(coder):
    found = _pairs(coder, "India ordered steel from Japan.")
    assert any((s, t, c[:2]) == ("IND", "JPN", "06") for s, t, c, _ in found), found


def test_a_bare_noun_names_again_the_body_last_named_by_it(coder):
    """ "The ministry" after "the South Korean defence ministry" is that ministry (a body of
    the military), not the last government named (Japan's prime minister)."""
    text = (
        "Prime Minister Shinzo Abe criticised Seoul on Friday. On Saturday the South Korean "
        "defence ministry released its own video. The ministry demanded an apology from Japan."
    )
    found = {
        (e.source_country, e.target_country)
        for e in coder.code_text(text, DAY)
        if "apology" in e.sentence and e.cameo_root == "10"
    }
    assert found == {("KOR", "JPN")}, found


@pytest.mark.parametrize(
    "text",
    [
        "The Ukrainian ministry demanded that Russia withdraws its troops from Crimea and "
        "accused Moscow of aggression.",
        "Kyiv demanded that Moscow releases the sailors and accused Russia of piracy.",
    ],
)
def test_a_past_accusation_joined_to_a_present_demanded_is_the_demander_s(coder, text):
    found = _pairs(coder, text)
    assert any((s, t, c[:2], m) == ("UKR", "RUS", "11", "asserted") for s, t, c, m in found), found


def test_a_ship_named_beside_its_noun_is_the_one_named_before_with_its_navy(coder):
    """ "the destroyer Lanzhou": the ship's own name says nothing of whose it is; the
    destroyer is the one of the Chinese navy named the sentence before."""
    text = (
        "A destroyer of the Chinese navy approached the islands. The destroyer Lanzhou then "
        "directed its fire-control radar at a Japanese helicopter."
    )
    found = _pairs(coder, text)
    assert any((s, t, c) == ("CHN", "JPN", "138") for s, t, c, _ in found), found


def test_the_irradiation_judged_is_the_radar_aimed_before(coder):
    """ "called the irradiation an extremely dangerous act": the fire-control radar the
    story told the Chinese destroyer directed at a Japanese helicopter."""
    text = (
        "A destroyer of the Chinese navy directed its fire-control radar at a Japanese "
        "helicopter on the 3rd. Defence Minister Takeshi Iwaya at the press conference which "
        "was held on the 4th called the irradiation an extremely dangerous act."
    )
    found = {
        (e.source_country, e.target_country, e.cameo_root, e.date)
        for e in coder.code_text(text, DAY)
        if "irradiation" in e.sentence
    }
    assert ("JPN", "CHN", "11", dt.date(2019, 1, 4)) in found, found


def test_the_day_of_the_occasion_an_act_is_done_at_dates_it(coder):
    """ "at the press conference which was held on the 5th": the day of the conference is
    the day of what was said at it (the "which" clause is the conference's, not the
    minister's)."""
    text = (
        "Foreign Minister Taro Kono at the press conference which was held urgently on the "
        "5th called North Korea an extremely dangerous neighbour."
    )
    found = {
        (e.source_country, e.target_country, e.date)
        for e in coder.code_text(text, DAY)
        if e.cameo_root == "11"
    }
    assert found == {("JPN", "PRK", dt.date(2019, 1, 5))}, found


def test_a_video_conference_held_is_a_meeting_of_those_on_the_link(coder):
    text = (
        "Japan and South Korea quarrel over the radar. On the 27th the defence officials of "
        "the two countries held a video conference."
    )
    found = _pairs(coder, text)
    assert {("JPN", "KOR"), ("KOR", "JPN")} <= {(s, t) for s, t, c, _ in found if c == "040"}


def test_a_press_conference_held_stays_a_briefing(coder):
    found = _pairs(coder, "The Japanese defence minister held a press conference.")
    assert not any(c[:2] == "04" for _, _, c, _ in found), found


def test_a_japanese_firm_ordered_to_pay_is_japan_s(coder):
    text = (
        "The Supreme Court of South Korea ordered Mitsubishi Heavy Industries to pay "
        "compensation to former workers."
    )
    found = _pairs(coder, text)
    assert any((s, t, c[:2]) == ("KOR", "JPN", "10") for s, t, c, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Japan protested to South Korea and demanded measures to prevent a recurrence.",
        "Japan lodged a protest with South Korea and demanded steps against a recurrence.",
    ],
)
def test_a_thing_demanded_after_an_act_at_a_side_is_asked_of_that_side(coder, text):
    found = _pairs(coder, text)
    assert any((s, t, c[:2]) == ("JPN", "KOR", "10") for s, t, c, _ in found), found


def test_troops_ordered_to_leave_are_still_expelled(coder):
    text = "Chad ordered French troops to leave the country, after ending its defence pact."
    found = _pairs(coder, text)
    assert any((s, t, c[:2]) == ("TCD", "FRA", "16") for s, t, c, _ in found), found
