"""Misreadings left at the end of session 43, each a general class checked on sentences
written for detente (session 44)."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2019, 6, 14)


def _events(coder, text, day=DAY):
    return [
        (e.source_country, e.source, e.cameo, e.target_country, e.target, e.modality, e.date)
        for e in coder.code_text(text, day)
    ]


# -- "welcomed the decision" after a story of two decisions --------------------------------


def test_a_welcome_takes_the_storys_main_decision(coder):
    text = (
        "Burkina Faso cut ties with Taiwan and recognised China. Taiwan said it had decided "
        "to close its embassy in Ouagadougou. China welcomed the decision."
    )
    got = _events(coder, text, dt.date(2018, 5, 24))
    assert not any(e[0] == "CHN" and e[2].startswith("05") and e[3] == "TWN" for e in got), got


def test_a_welcome_of_the_only_decision_stays_aimed_at_its_maker(coder):
    text = "Panama cut its ties with Taiwan. Beijing welcomed the decision."
    got = _events(coder, text, dt.date(2017, 6, 13))
    assert any(e[0] == "CHN" and e[2].startswith("05") and e[3] == "PAN" for e in got), got


# -- a diplomat told to leave or be expelled -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kiev said the Hungarian consul in Berehove must leave within 72 hours or face expulsion.",
        "The Hungarian consul must leave Ukraine within three days or face expulsion, Kiev said.",
    ],
)
def test_an_ultimatum_to_a_consul_is_a_demand_on_his_country(coder, text):
    got = _events(coder, text, dt.date(2018, 10, 4))
    assert not any(e[2].startswith("16") and e[5] == "asserted" for e in got), got
    assert any(e[0] == "UKR" and e[2][:2] in {"10", "13"} and e[3] == "HUN" for e in got), got


def test_a_consul_told_to_leave_stays_an_expulsion(coder):
    got = _events(coder, "Kiev said the Hungarian consul must leave within 72 hours.")
    assert any(e[0] == "UKR" and e[2].startswith("16") and e[3] == "HUN" for e in got), got


# -- "the decision of X to expel Y" --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Budapest denounced the decision of the Ukrainian government to expel the Hungarian "
        "consul in Berehove.",
        "The decision of Ukraine to expel the Hungarian consul angered Budapest.",
    ],
)
def test_a_decision_to_expel_is_the_deciders_expulsion(coder, text):
    got = _events(coder, text, dt.date(2018, 10, 5))
    assert any(e[0] == "UKR" and e[2].startswith("16") and e[3] == "HUN" for e in got), got
    assert not any(e[0] == "HUN" and e[2].startswith("16") for e in got), got


# -- a promise to answer in kind -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "whom"),
    [
        (
            "Moscow promised to respond in kind after Washington expelled 60 Russian diplomats.",
            "USA",
        ),
        (
            "Moscow will respond in kind to Washington's expulsion of 60 Russian diplomats, "
            "Lavrov said.",
            "USA",
        ),
    ],
)
def test_a_promise_to_answer_in_kind_is_a_threat_at_the_side_that_acted(coder, text, whom):
    got = _events(coder, text, dt.date(2018, 3, 27))
    assert any(e[0] == "RUS" and e[2].startswith("13") and e[3] == whom for e in got), got
    assert not any(e[0] == "RUS" and e[2].startswith("16") and e[5] == "asserted" for e in got)


def test_an_answer_in_kind_told_after_the_wrong_is_aimed_at_its_doer(coder):
    text = "Washington expelled 60 Russian diplomats. Moscow will respond in kind."
    got = _events(coder, text, dt.date(2018, 3, 27))
    assert any(e[0] == "RUS" and e[2].startswith("13") and e[3] == "USA" for e in got), got


def test_an_answer_in_kind_given_is_no_threat(coder):
    text = "Russia responded in kind, expelling 60 American diplomats."
    got = _events(coder, text, dt.date(2018, 3, 29))
    assert not any(e[2].startswith("13") for e in got), got
    assert any(e[0] == "RUS" and e[2].startswith("16") and e[3] == "USA" for e in got), got


def test_in_kind_is_no_target(coder):
    # "in kind" says how one answers, not to whom
    got = coder.code_text("Russia promised to respond in kind.", dt.date(2018, 3, 27))
    assert not any("kind" in e.target_name for e in got), [(e.cameo, e.target_name) for e in got]


# -- a parliament's leave to send troops ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish parliament voted to let the government send troops to Libya.",
        "The Turkish parliament voted to allow the government to send troops to Libya.",
    ],
)
def test_a_vote_to_let_troops_go_is_no_deployment_done(coder, text):
    got = _events(coder, text, dt.date(2020, 1, 2))
    assert not any(e[2].startswith("15") and e[5] == "asserted" for e in got), got


def test_troops_sent_stay_a_deployment(coder):
    got = _events(coder, "Turkey sent troops to Libya.", dt.date(2020, 1, 5))
    assert any(e[0] == "TUR" and e[2].startswith("15") and e[5] == "asserted" for e in got), got


# -- one verb, two doers (a gapped second clause) ------------------------------------------


@pytest.mark.xfail(strict=True, reason="left: a gapped clause's doer parsed into the object")
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Poland expelled two Russian diplomats and Lithuania two Belarusian ones.",
            {("POL", "RUS"), ("LTU", "BLR")},
        ),
        (
            "The Czech Republic expelled two Russian diplomats and Slovakia three.",
            {("CZE", "RUS"), ("SVK", "RUS")},
        ),
    ],
)
def test_a_gapped_clause_is_a_second_act_by_its_own_doer(coder, text, pairs):
    got = _events(coder, text, dt.date(2021, 4, 22))
    assert {(e[0], e[3]) for e in got if e[2].startswith("16")} == pairs, got


def test_two_targets_of_one_doer_stay_two_events(coder):
    got = _events(coder, "Latvia expelled two Russian diplomats and two Belarusian ones.")
    assert {(e[0], e[3]) for e in got if e[2].startswith("16")} == {
        ("LVA", "RUS"),
        ("LVA", "BLR"),
    }, got


# -- a deputy of an envoy ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chinese officials summoned the American envoy's deputy.",
        "China summoned the US ambassador's deputy.",
    ],
)
def test_an_envoys_deputy_is_of_the_envoys_country(coder, text):
    got = _events(coder, text, dt.date(2019, 12, 3))
    assert any(e[0] == "CHN" and e[2].startswith("11") and e[3] == "USA" for e in got), got


@pytest.mark.parametrize(
    "text",
    ["China summoned the US ambassador's wife.", "China summoned his deputy."],
)
def test_an_envoys_kin_or_an_unnamed_deputy_is_summoned_to_no_protest(coder, text):
    got = _events(coder, text, dt.date(2019, 12, 3))
    assert not any(e[2].startswith("11") for e in got), got


# -- a treatment judged --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa called the treatment of the two Canadians held in China despicable.",
        "Ottawa called the treatment of the two Canadians held by China despicable.",
        pytest.param(
            "Freeland said the two Canadians were held in China and called their treatment "
            "despicable.",
            marks=pytest.mark.xfail(
                strict=True, reason="left: the jailer named only in an earlier clause"
            ),
        ),
    ],
)
def test_a_treatment_judged_is_aimed_at_the_jailer(coder, text):
    got = _events(coder, text, dt.date(2019, 5, 20))
    assert any(e[0] == "CAN" and e[2].startswith("11") and e[3] == "CHN" for e in got), got


def test_a_treatment_judged_with_no_jailer_named_stays_open(coder):
    got = _events(coder, "Ottawa condemned the treatment of the two Canadians.")
    assert any(e[0] == "CAN" and e[2].startswith("11") for e in got), got
    assert not any(e[3] == "CHN" for e in got), got
