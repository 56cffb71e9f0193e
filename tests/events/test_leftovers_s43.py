"""Misreadings left at the end of session 42, each a general class checked on sentences
written for detente (session 43)."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2019, 6, 14)


def _events(coder, text, day=DAY):
    return [
        (e.source_country, e.source, e.cameo, e.target_country, e.target, e.modality, e.date)
        for e in coder.code_text(text, day)
    ]


# -- a verb joined to "said" after the reported clause ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "U.S. officials said Iran was the prime suspect but offered no evidence.",
        "American officials said Iran was behind the attacks on two tankers in the Gulf of "
        "Oman but offered no evidence.",
    ],
)
def test_offering_no_evidence_is_the_speakers(coder, text):
    # the one who offered nothing is the one who spoke, not the one spoken of
    got = _events(coder, text)
    assert not any(e[0] == "IRN" and e[2].startswith("03") for e in got), got


def test_a_reported_clause_with_its_own_verbs_stays_the_reported_sides(coder):
    got = _events(coder, "Officials said Iran attacked two tankers and seized a third.")
    assert any(e[0] == "IRN" and e[2].startswith("1") for e in got), got


# -- "the decision" after a story of two decisions -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Panama established diplomatic relations with China and cut its ties with Taiwan. "
        "Taiwan said it had decided to end all cooperation projects with Panama. "
        "Beijing welcomed the decision.",
    ],
)
def test_a_welcome_is_not_for_the_losing_sides_answer(coder, text):
    got = _events(coder, text, dt.date(2017, 6, 13))
    assert not any(e[0] == "CHN" and e[2].startswith("05") and e[3] == "TWN" for e in got), got


# -- a consulate or embassy closed by order ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who", "whom"),
    [
        ("China ordered the closing of the American consulate in Chengdu.", "CHN", "USA"),
        ("Washington ordered the closure of the Chinese consulate in Houston.", "USA", "CHN"),
        ("Beijing ordered the U.S. consulate in Chengdu to close.", "CHN", "USA"),
        ("Beijing ordered the U.S. consulate in Chengdu closed.", "CHN", "USA"),
        (
            "China ordered the closing of the U.S. consulate in Chengdu in retaliation.",
            "CHN",
            "USA",
        ),
    ],
)
def test_closing_a_consulate_by_order_cuts_relations(coder, text, who, whom):
    got = _events(coder, text, dt.date(2020, 7, 24))
    assert any(e[0] == who and e[2] == "161" and e[3] == whom for e in got), got
    assert not any(e[2].startswith("19") for e in got), got


def test_closing_a_border_by_order_stays_no_cut_in_relations(coder):
    got = _events(coder, "Russia ordered the closure of its border with Georgia.", DAY)
    assert not any(e[2] == "161" for e in got), got


def test_a_newspaper_ordered_to_close_stays_a_ban(coder):
    got = _events(coder, "The junta ordered the newspaper to close.", DAY)
    assert any(e[2] == "172" for e in got), got


# -- a conference on a country's future ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan vowed to boycott the Bonn conference on Afghanistan's future after NATO "
        "strikes killed 24 of its soldiers.",
        "Pakistan vowed to boycott the Bonn conference on the future of Afghanistan.",
        "Pakistan said it would boycott the conference on Afghanistan's future in Bonn.",
    ],
)
def test_the_topic_of_a_conference_is_no_target(coder, text):
    got = _events(coder, text, dt.date(2011, 11, 29))
    assert any(e[0] == "PAK" for e in got), got
    assert not any(e[0] == "PAK" and e[3] == "AFG" for e in got), got


def test_boycotting_a_countrys_goods_stays_aimed_at_it(coder):
    got = _events(coder, "Pakistan vowed to boycott Indian goods.", dt.date(2011, 11, 29))
    assert any(e[0] == "PAK" and e[3] == "IND" for e in got), got


# -- a denial said by a named side ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Western governments accuse Moscow of arming the rebels, a charge the Kremlin has "
        "repeatedly denied.",
        "Western governments accuse Moscow of arming the rebels, a charge which the Kremlin "
        "has repeatedly denied.",
    ],
)
def test_a_named_sides_denial_is_asserted(coder, text):
    got = _events(coder, text, dt.date(2014, 7, 20))
    assert any(e[1] == "RUSGOV" and e[2].startswith("01") and e[5] == "asserted" for e in got), got


def test_the_charge_denied_stays_reported(coder):
    text = "Western governments accuse Moscow of arming the rebels, a charge the Kremlin denies."
    got = _events(coder, text, dt.date(2014, 7, 20))
    assert any(e[0] == "RUS" and e[2].startswith("07") and e[5] != "asserted" for e in got), got


# -- a protest blockade --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Blockade of the Russian embassy in Kiev by protesters",
        "Blockade of the embassy by protesters",
    ],
)
def test_a_blockade_by_protesters_is_a_protest(coder, text):
    got = _events(coder, text, dt.date(2014, 2, 25))
    assert not any(e[2].startswith(("18", "19", "20")) for e in got), got


def test_protesters_blockading_stays_a_protest(coder):
    got = _events(coder, "Protesters blockaded the Russian embassy in Kiev.", dt.date(2014, 2, 25))
    assert any(e[2] == "144" for e in got), got


def test_a_naval_blockade_stays_force(coder):
    got = _events(coder, "Blockade of Qatar by Saudi warships", dt.date(2017, 6, 6))
    assert any(e[2].startswith("19") for e in got), got


# -- a diplomat kept from leaving ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Iran put on hold the departure of the British ambassador from Tehran.",
        "The Iranian foreign ministry put the departure of the British ambassador on hold.",
    ],
)
def test_a_diplomats_departure_held_up_is_a_restriction(coder, text):
    got = _events(coder, text, dt.date(2019, 1, 10))
    assert any(e[0] == "IRN" and e[2].startswith("17") and e[3] == "GBR" for e in got), got


@pytest.mark.parametrize(
    ("text", "who", "whom"),
    [
        ("Britain put the departure of its ambassador to Tehran on hold.", "GBR", "IRN"),
        (
            "On the same day Seoul put on hold the departure for Tokyo of its new ambassador.",
            "KOR",
            "JPN",
        ),
    ],
)
def test_ones_own_envoys_departure_held_up_cuts_relations(coder, text, who, whom):
    got = _events(coder, text, dt.date(2019, 8, 2))
    assert any(e[0] == who and e[2] == "161" and e[3] == whom for e in got), got
    assert not any(e[2].startswith("17") for e in got), got


def test_ones_own_troops_held_back_curb_no_one(coder):
    got = _events(coder, "Turkey halted the exit of its troops from Syria.")
    assert not any(e[2].startswith("17") for e in got), got


def test_talks_put_on_hold_are_suspended(coder):
    got = _events(coder, "Iran put the talks with Britain on hold.", dt.date(2019, 1, 10))
    assert any(e[0] == "IRN" and e[2].startswith("16") and e[3] == "GBR" for e in got), got
    assert not any(e[2].startswith("04") for e in got), got


def test_a_diplomats_departure_announced_is_no_restriction(coder):
    got = _events(coder, "Iran announced the departure of the British ambassador.")
    assert not any(e[2].startswith("17") for e in got), got


# -- a town vowed to be liberated ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bashir vowed to liberate the Sudanese town of Heglig from the southern army.",
        "Omar al-Bashir vowed to liberate Sudan's oil fields held by the southern army.",
    ],
)
def test_liberating_ones_own_town_is_no_threat_to_oneself(coder, text):
    got = _events(coder, text, dt.date(2012, 4, 18))
    assert not any(e[0] == "SDN" and e[3] == "SDN" for e in got), got


def test_a_town_held_by_a_named_army_is_aimed_at_it(coder):
    got = _events(
        coder, "Bashir vowed to liberate the town of Heglig held by South Sudanese troops."
    )
    assert any(e[0] == "SDN" and e[2].startswith("13") and e[3] == "SSD" for e in got), got


def test_a_town_liberated_from_rebels_is_aimed_at_them(coder):
    got = _events(coder, "Assad vowed to liberate Aleppo from the rebels.", dt.date(2012, 8, 1))
    assert any(e[0] == "SYR" and e[2].startswith("13") and e[4] == "SYRREB" for e in got), got
