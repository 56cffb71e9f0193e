"""Misreadings left at the end of session 41, each a general class checked on sentences
written for detente (session 42)."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2017, 2, 16)


def _events(coder, text, day=DAY):
    return [
        (e.source_country, e.source, e.cameo, e.target_country, e.target, e.modality, e.date)
        for e in coder.code_text(text, day)
    ]


# -- "his" after an uncoded person noun ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        (
            "Philippine President Benigno Aquino apologised to Taiwan for the killing of a "
            "fisherman by the coast guard, which fired on his vessel.",
            "PHL",
        ),
    ],
)
def test_his_after_an_uncoded_person_is_that_persons(coder, text, leader):
    # the boat fired on is the fisherman's, not the apologising president's country
    got = _events(coder, text, dt.date(2013, 5, 15))
    assert not any(e[2].startswith("19") and e[3] == leader for e in got), got


def test_his_after_a_fisherman_of_a_named_country_is_that_countrys(coder):
    text = (
        "Ma Ying-jeou condemned the killing of a Taiwanese fisherman by the Philippine coast "
        "guard, which shot at his boat for an hour."
    )
    got = _events(coder, text, dt.date(2013, 5, 15))
    assert any(e[0] == "PHL" and e[2].startswith("19") and e[3] == "TWN" for e in got), got


def test_his_with_no_other_person_is_the_leaders(coder):
    got = _events(coder, "Erdogan said Syrian forces had shelled his country's border posts.")
    assert any(e[2].startswith("19") and e[3] == "TUR" for e in got), got


# -- "her treatment" ----------------------------------------------------------------------


@pytest.mark.xfail(strict=True, reason="left: the jailer named only in an earlier clause")
@pytest.mark.parametrize(
    ("text", "jailer"),
    [
        (
            "Marise Payne said the Australian writer Yang Hengjun had been held in Beijing for "
            "months, and called his treatment unacceptable.",
            "CHN",
        ),
        (
            "Freeland said the two Canadians were held in China without access to lawyers and "
            "called their treatment unacceptable.",
            "CHN",
        ),
    ],
)
def test_a_treatment_judged_is_aimed_at_the_jailer(coder, text, jailer):
    got = _events(coder, text, dt.date(2019, 5, 20))
    assert any(e[2].startswith("11") and e[3] == jailer for e in got), got


# -- places where people are held ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The United States agreed to take in refugees held on Nauru and Manus Island under a "
        "deal with Australia.",
        "Australia agreed to pay Cambodia to resettle asylum seekers detained on Nauru.",
    ],
)
def test_where_people_are_held_is_no_partner(coder, text):
    got = _events(coder, text, dt.date(2016, 11, 13))
    assert got and not any(e[3] in ("NRU", "PNG") for e in got), got


def test_an_island_state_named_as_partner_stays_one(coder):
    got = _events(coder, "Australia signed an agreement with Nauru.", dt.date(2016, 11, 13))
    assert any(e[3] == "NRU" for e in got), got


# -- a clause after ", and" in a long sentence ---------------------------------------------


@pytest.mark.xfail(strict=True, reason="left: a long sentence's clause after ', and' unread")
def test_bombing_after_and_in_a_long_sentence_is_found(coder):
    text = (
        "Russian tanks and troops poured across the border into South Ossetia on Friday after "
        "Georgian forces tried to retake the breakaway region, and Russian warplanes bombed "
        "targets around Gori."
    )
    got = [
        (e.source_country, e.cameo, e.target_name, e.target_country)
        for e in coder.code_text(text, dt.date(2008, 8, 12))
    ]
    assert any(e[0] == "RUS" and e[1].startswith("19") and "Gori" in e[2] for e in got), got


# -- regret for one's own side's deed ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who", "whom"),
    [
        (
            "In a telephone call with South Korean President Park Geun-hye, Japanese Prime "
            "Minister Shinzo Abe expressed his regret over the suffering of the comfort women.",
            "JPN",
            "KOR",
        ),
        (
            "Abe telephoned Park and expressed his regret over the comfort women.",
            "JPN",
            "KOR",
        ),
    ],
)
def test_regret_expressed_in_a_call_is_an_apology(coder, text, who, whom):
    got = _events(coder, text, dt.date(2015, 12, 28))
    assert any(e[0] == who and e[2] == "055" for e in got), got
    assert not any(e[0] == who and e[2].startswith("11") for e in got), got


def test_regret_at_anothers_decision_stays_disapproval(coder):
    got = _events(
        coder,
        "Qatar expressed its deep regret over the decision of Saudi Arabia to cut ties.",
        dt.date(2017, 6, 6),
    )
    assert any(e[0] == "QAT" and e[2].startswith("11") and e[3] == "SAU" for e in got), got


# -- "retaliated" with no means ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea retaliated after South Korea resumed its propaganda broadcasts.",
        "Israel retaliated against Hamas on Saturday.",
    ],
)
def test_retaliation_with_no_means_is_no_use_of_force(coder, text):
    got = _events(coder, text)
    assert not any(e[2].startswith(("18", "19", "20")) for e in got), got


def test_retaliation_with_strikes_stays_force(coder):
    got = _events(coder, "Israel retaliated with air strikes on Syrian army positions.")
    assert any(e[0] == "ISR" and e[2].startswith("19") and e[3] == "SYR" for e in got), got


# -- a departure declared due, on pain of expulsion ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Russia declared that the British consul in Yekaterinburg must leave the country, "
            "otherwise he would be expelled.",
            marks=pytest.mark.xfail(
                strict=True, reason="left: 'otherwise' parsed as the main clause"
            ),
        ),
        "Moscow said the American consul must leave within a week or face expulsion.",
    ],
)
def test_a_consul_told_to_leave_or_be_expelled_is_no_expulsion_done(coder, text):
    # "must leave, otherwise he will be expelled": the expulsion is held out, not done; the
    # departure is demanded (speech_acts._expulsion_held_out)
    got = _events(coder, text, dt.date(2018, 3, 29))
    assert not any(e[2].startswith("16") and e[5] == "asserted" for e in got), got
    assert any(e[0] == "RUS" and e[2].startswith("10") for e in got), got
    assert any(e[0] == "RUS" and e[2].startswith("13") for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Russia expelled the British consul in Yekaterinburg.",
        "Moscow said the American consul must leave within a week.",
    ],
)
def test_an_expulsion_told_or_ordered_stays_done(coder, text):
    got = _events(coder, text, dt.date(2018, 3, 29))
    assert any(e[2].startswith("16") and e[5] == "asserted" for e in got), got


# -- calling a group to talk ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "whom"),
    [
        ("Japan called the members of the G7 to discuss the emergency.", "G7"),
        ("Italy called the members of NATO to discuss the crisis in Libya.", "NATO"),
    ],
)
def test_calling_a_group_to_talk_is_an_appeal(coder, text, whom):
    got = _events(coder, text, dt.date(2011, 3, 11))
    assert any(e[2].startswith("02") and e[4] == whom for e in got), got
    assert not any(e[2].startswith("04") and e[5] == "asserted" for e in got), got


def test_calling_a_leader_to_talk_stays_a_call(coder):
    got = _events(coder, "Obama called Putin to discuss the crisis in Crimea.", dt.date(2014, 3, 2))
    assert any(e[2] == "041" and e[3] == "RUS" for e in got), got


# -- a state-media rumour in translated order ----------------------------------------------


@pytest.mark.xfail(strict=True, reason="left: verb-last order reads the one informed as demander")
def test_a_state_media_rumour_is_not_the_other_sides_demand(coder):
    text = (
        "Russian state media reported that the FSB had years ago the German services about "
        "the man informed and his handover demanded."
    )
    got = _events(coder, text, dt.date(2019, 12, 14))
    assert not any(e[0] == "DEU" and e[2].startswith("10") for e in got), got


# -- "ethnic" before a nationality ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Serbian police clashed with ethnic Albanians in the Presevo valley.",
        "Macedonian troops fired on ethnic Albanian rebels near Tetovo.",
    ],
)
def test_ethnic_before_a_nationality_names_no_state(coder, text):
    got = _events(coder, text, dt.date(2001, 3, 20))
    assert got and not any(e[3] == "ALB" for e in got), got


def test_a_nationality_alone_stays_the_state(coder):
    got = _events(coder, "Serbian police clashed with Albanian police at the border.")
    assert any(e[3] == "ALB" for e in got), got
