"""Rules found on a machine-translated Moscow daily's analysis of Armenia and Russia in the
winter of 2023-24 (tests/data/articles/2024-02-26-frozen-alliance.txt). Sentences written
for detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2024, 2, 26)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "On 3 October the parliament of Armenia ratified the Rome Statute of the "
            "International Criminal Court, which in March had issued a warrant for the arrest "
            "of Vladimir Putin.",
            "ITA",
        ),
        ("Russia quit the Rome Statute in 2016.", "ITA"),
        ("Ireland rejected the Lisbon Treaty in a referendum in June.", "PRT"),
    ],
)
def test_a_treaty_named_after_its_city_is_no_side(coder, text, place):
    """ "the Rome Statute", "the Lisbon Treaty": the city where the text was signed names
    it; Italy and Portugal do nothing and have nothing done to them."""
    events = list(coder.code_text(text, DAY))
    assert events
    assert all(place not in (e.source_country, e.target_country) for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia ratified the Rome Statute of the International Criminal Court on Tuesday.",
        "Ukraine's parliament ratified the statute of the International Criminal Court.",
    ],
)
def test_a_statute_ratified_is_an_agreement_signed(coder, text):
    """Ratifying a court's statute joins a treaty (057), it does not reform the country's
    own courts (0834), whatever court the statute's of-phrase names."""
    found = [e for e in coder.code_text(text, DAY) if e.target_country == "ICC"]
    assert found and all(e.cameo == "057" for e in found)


@pytest.mark.parametrize(
    ("text", "pair", "day"),
    [
        (
            "On 7 December Armenia and Azerbaijan in a joint statement agreed to exchange "
            "prisoners.",
            ("ARM", "AZE"),
            dt.date(2023, 12, 7),
        ),
        (
            "On 17 February in Munich Pashinyan and Aliyev met on the sidelines of the "
            "security conference.",
            ("ARM", "AZE"),
            dt.date(2024, 2, 17),
        ),
    ],
)
def test_doers_told_right_after_a_date_or_city_are_the_subject(coder, text, pair, day):
    """Translated order puts the day (and the city) first and the doers right after, with no
    comma: "On 7 December Armenia and Azerbaijan agreed …". The doers are the verb's subject,
    not the object of "on" or "in"."""
    got = {(e.source_country, e.target_country, e.date) for e in coder.code_text(text, DAY)}
    assert (*pair, day) in got
    assert (pair[1], pair[0], day) in got


@pytest.mark.parametrize(
    "text",
    [
        "Aliyev on 21 September in a telephone conversation apologised to Putin for the death "
        "of the peacekeepers and promised to punish the guilty.",
        "Tehran apologised to Baku for the attack on the embassy and vowed to punish the guilty.",
    ],
)
def test_the_guilty_are_those_a_punishment_is_promised_to(coder, text):
    """ "promised to punish the guilty": an adjective standing for people is the threat's
    target, so the threat does not fall back on the side apologised to."""
    threats = [e for e in coder.code_text(text, DAY) if e.cameo_root == "13"]
    assert threats and not any(e.target_country for e in threats)


def test_a_year_in_the_reason_for_an_act_does_not_date_the_act(coder):
    """ "froze its part, because the bloc in 2021 and 2022 did not keep its word": the years
    are the reason's; the act is not of 2021."""
    text = (
        "Pashinyan declared that Armenia has frozen its participation in the "
        "Collective Security Treaty Organization, because the organisation in 2021 and 2022 "
        "did not fulfil its obligations towards Armenia."
    )
    found = [e for e in coder.code_text(text, DAY) if e.target_country == "CSTO"]
    assert found and all(e.date.year == 2024 for e in found)
