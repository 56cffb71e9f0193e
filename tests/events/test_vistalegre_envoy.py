"""Rules found on a machine-translated Madrid daily's analysis of Spain and Argentina in May
2024 (tests/data/articles/2024-05-23-vistalegre-envoy.txt). Sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2024, 5, 23)


def _coded(coder, text):
    return {(e.source_country, e.target_country, e.cameo) for e in coder.code_text(text, DAY)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "On Tuesday Albares announced the definitive withdrawal of the ambassador of Spain "
            "in Buenos Aires.",
            ("ESP", "ARG"),
        ),
        ("Lima announced the withdrawal of its ambassador from Mexico City.", ("PER", "MEX")),
        ("Rabat ordered the withdrawal of its envoy in Berlin on Monday.", ("MAR", "DEU")),
    ],
)
def test_an_envoy_s_withdrawal_is_a_recall(coder, text, pair):
    """ "announced the withdrawal of its ambassador from X", said as a noun as the Spanish
    "la retirada del embajador" is: an envoy called home (161), not a promise to pull back
    forces (0356)."""
    got = _coded(coder, text)
    assert (*pair, "161") in got
    assert not any(code == "0356" for _, _, code in got)


def test_a_withdrawal_of_troops_stays_no_recall(coder):
    """Control: troops withdrawn are no envoy recalled."""
    got = _coded(coder, "Israel announced the withdrawal of its troops from Gaza.")
    assert not any(code == "161" for _, _, code in got)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "On Tuesday Albares announced the recall of the ambassador of Spain in Buenos Aires.",
            ("ESP", "ARG"),
        ),
        (
            "Algiers announced on Saturday the recall of the ambassador of Algeria in Madrid.",
            ("DZA", "ESP"),
        ),
        ("Algiers recalled on Saturday the ambassador of Algeria in Madrid.", ("DZA", "ESP")),
    ],
)
def test_an_envoy_s_own_country_is_not_where_he_is_recalled_from(coder, text, pair):
    """ "the recall of the ambassador of Spain in Buenos Aires": the envoy's "of" phrase names
    the state that sent him, so it recalls him; where he served ("in Buenos Aires") is the
    target (the recall had been aimed at Spain itself)."""
    got = _coded(coder, text)
    assert (*pair, "161") in got
    assert (pair[0], pair[0], "161") not in got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Putin said on Monday that it is Zelensky who must yield. His spokesman accused "
            "Kyiv of sabotage.",
            ("RUS", "UKR"),
        ),
        (
            "Erdogan affirmed on Monday that, if somebody has to apologise, it is Netanyahu. "
            "His spokesman accused Israel of genocide.",
            ("TUR", "ISR"),
        ),
    ],
)
def test_the_owner_of_a_subject_is_the_last_subject(coder, text, pair):
    """ "His spokesman accused …" right after "Putin said … it is Zelensky who …": the
    possessive of a subject takes up the last subject, as a subject "he" does, not the
    nearest name in what that subject said (the spokesman had been Zelensky's)."""
    got = {(e.source_country, e.target_country) for e in coder.code_text(text, DAY)}
    assert pair in got
    assert (pair[1], pair[1]) not in got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Erdogan referred to Netanyahu as a war criminal on Monday.", ("TUR", "ISR")),
        ("Duterte referred to the United States as a hypocrite in a speech.", ("PHL", "USA")),
    ],
)
def test_referring_to_a_side_as_a_wrong_criticises_it(coder, text, pair):
    """ "referred to Netanyahu as a war criminal" (Spanish "se refirió a … como"): a naming
    verb whose one named is in its "to" phrase; a judging predicate makes it a criticism
    (111) of that one."""
    got = {
        (e.source_country, e.target_country) for e in coder.code_text(text, DAY) if e.cameo == "111"
    }
    assert pair in got


def test_referring_to_a_side_without_judging_it_is_no_event(coder):
    """Control: "referred to Israel as a neighbour" judges no one."""
    assert coder.code_text("Erdogan referred to Israel as a neighbour on Monday.", DAY) == []


@pytest.mark.parametrize(
    ("text", "pair", "day"),
    [
        (
            "On 3 May Puente insulted Milei. The answer of Buenos Aires arrived the next day: in "
            "a communique the Argentine presidency accused the government of Spain of corruption.",
            ("ARG", "ESP"),
            dt.date(2024, 5, 4),
        ),
        (
            "On 5 April Quito expelled the Mexican ambassador. The answer of Mexico City arrived "
            "the next day: in a communique the Mexican presidency accused the government of "
            "Ecuador of arrogance.",
            ("MEX", "ECU"),
            dt.date(2024, 4, 6),
        ),
    ],
)
def test_the_next_day_of_a_past_lead_in_dates_what_follows_its_colon(coder, text, pair, day):
    """ "The answer arrived the next day: in a communique the presidency accused …": a past
    clause before a colon (parsed as what the act after it says) counts its "next day" from
    the story's day; it is no day to come, and it dates the act the colon leads into."""
    got = [
        e.date
        for e in coder.code_text(text, DAY)
        if (e.source_country, e.target_country) == pair and e.cameo[:2] == "11"
    ]
    assert got == [day]


def test_ties_that_survived_an_act_did_not_do_it(coder):
    """ "The relations between Spain and Argentina, which survived the nationalisation of YPF
    in 2012, …": what a subject came through (survive, weather, withstand, endure) is never
    its own act; with no doer named there is no event (both states had seized YPF)."""
    text = (
        "The relations between Spain and Argentina, which survived the nationalisation of YPF "
        "in 2012, will need more than a change of ambassador to recover."
    )
    assert [e for e in coder.code_text(text, DAY) if e.source_country == "ESP"] == []


def test_what_a_side_survived_is_done_by_the_one_named_by_by(coder):
    """ "Argentina survived the blockade of its ports by Britain": Britain blockades
    Argentina (the subject had been the blockader, with no target)."""
    got = {
        (e.source_country, e.target_country)
        for e in coder.code_text("Argentina survived the blockade of its ports by Britain.", DAY)
    }
    assert got == {("GBR", "ARG")}
