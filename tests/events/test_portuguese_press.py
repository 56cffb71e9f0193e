"""Forms of Brazilian press analyses machine-translated from the Portuguese (the 2024-02-21
addis-yad-vashem article of the test bed): each test fails without its rule."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2024, 2, 21)


def _facts(coder, text, day=DAY):
    return [
        (e.source_country, e.target_country, e.plover, e.cameo)
        for e in coder.code_text(text, day)
        if e.is_fact
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers of the ruling party defend that Chile breaks its diplomatic relations "
        "with Israel.",
        "The senators defended that Colombia expels the Russian ambassador.",
    ],
)
def test_an_act_defended_in_a_that_clause_is_only_advocated(coder, text):
    got = _facts(coder, text)
    assert not [f for f in got if f[2] == "SANCTION"], got


def test_an_indefinite_act_defended_is_only_advocated(coder):
    got = _facts(coder, "Lula and Sisi defended an immediate ceasefire in Gaza.")
    assert not [f for f in got if f[2] == "RETREAT"], got


def test_a_defended_act_told_as_known_stays_a_fact(coder):
    got = _facts(coder, "Moscow defended the expulsion of the British diplomats.")
    assert ("RUS", "GBR", "SANCTION", "161") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Some lawmakers say that Brazil breaks its relations with Israel, a hypothesis that "
        "the ministry does not consider.",
        "Senators collected signatures for an inquiry, and on the other side deputies of the PT "
        "defend in the networks that Brazil breaks the relations with Israel, a hypothesis "
        "that the Itamaraty does not consider.",
    ],
)
def test_a_clause_summed_up_as_a_hypothesis_is_no_fact(coder, text):
    got = _facts(coder, text)
    assert not [f for f in got if f[2] == "SANCTION"], got


def test_a_clause_summed_up_as_a_fact_stays_one(coder):
    text = "Brazil recalled its ambassador from Israel, a step without precedent."
    assert ("BRA", "ISR", "SANCTION", "161") in _facts(coder, text)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Vieira classified the conduct of Katz as unacceptable.", ("BRA", "ISR")),
        (
            "The Kremlin classified the statement of the Polish president as irresponsible.",
            ("RUS", "POL"),
        ),
    ],
)
def test_classifying_something_as_wrong_criticises_its_doer(coder, text, pair):
    assert (*pair, "ACCUSE", "111") in _facts(coder, text)


def test_classifying_with_no_judgement_is_no_event(coder):
    assert _facts(coder, "The Brazilian ministry classified the Israeli documents as secret.") == []


def test_a_judging_adjective_hung_on_the_object_before_a_second_verb(coder):
    # the parser hangs "as shameful" on the object when another verb follows
    text = "Netanyahu described the words of Lula as shameful, and left the room."
    assert ("ISR", "BRA", "ACCUSE", "111") in _facts(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Katz continued during the Tuesday in the social network X the attacks against Lula.",
        "Katz continued on social media the attacks against Lula.",
    ],
)
def test_attacks_made_in_an_outlet_of_words_are_criticism(coder, text):
    got = _facts(coder, text)
    assert ("ISR", "BRA", "ACCUSE", "111") in got, got
    assert not [f for f in got if f[2] == "ASSAULT"], got


def test_attacks_in_the_night_stay_blows(coder):
    got = _facts(coder, "Russia continued its attacks on Kyiv during the night.")
    assert ("RUS", "UKR", "ASSAULT", "190") in got, got


def test_a_singular_apposition_names_the_singular_name_before_its_comma(coder):
    text = (
        "The petista criticised the rich countries that suspended the funds of the UNRWA, "
        "the agency of the UN for the Palestinian refugees."
    )
    got = _facts(coder, text)
    assert not [f for f in got if f[0] == "UNO" or f[1] == "UNO"], got


@pytest.mark.parametrize(
    "text, pair",
    [
        ("The United States clearly disagree with the comments of Lula.", ("USA", "BRA")),
        ("Japan disagrees with the decision of China to extend the zone.", ("JPN", "CHN")),
    ],
)
def test_disagreeing_with_what_a_side_said_or_did_is_disapproval(coder, text, pair):
    assert (*pair, "ACCUSE", "110") in _facts(coder, text)


def test_disagreeing_on_issues_blames_no_one(coder):
    assert _facts(coder, "The Japanese and Chinese ministers disagreed on many issues.") == []


def test_the_subject_of_is_to_be_done_is_the_one_it_is_done_to(coder):
    text = "The Russian ambassador is to be summoned by the Polish foreign ministry on Monday."
    got = [
        (e.source_country, e.target_country, e.plover, e.modality)
        for e in coder.code_text(text, DAY)
    ]
    assert ("POL", "RUS", "ACCUSE", "future") in got, got


def test_a_guest_named_by_a_title_before_the_name(coder):
    text = "The secretary of State Antony Blinken was received by Lula on Wednesday."
    got = _facts(coder, text)
    assert ("BRA", "USA", "CONSULT", "043") in got, got
    assert ("USA", "BRA", "CONSULT", "042") in got, got


def test_attacks_on_posts_stay_blows(coder):
    # "on" after the attack names what it hits, not an outlet of words
    got = _facts(coder, "Russia continued its attacks on Ukrainian border posts.")
    assert not [f for f in got if f[2] == "ACCUSE"], got
