"""Wrong events found by the session-33 read-through of a wire brief (Iran's downing of a U.S.
drone, June 2019), each a general class checked on sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2019, 6, 21)


def _codes(coder, text, day=PUB):
    return [
        (e.source_country, e.target_country, e.cameo, e.modality)
        for e in coder.code_text(text, day)
    ]


@pytest.mark.parametrize(
    ("text", "shooter"),
    [
        (
            "Iran's Revolutionary Guards shot down an unmanned U.S. surveillance drone over the "
            "Strait of Hormuz on Thursday, saying the aircraft had violated Iranian airspace, "
            "a claim Washington rejected.",
            "IRN",
        ),
        ("Pakistan shot down two Indian jets over Kashmir, a claim New Delhi denied.", "PAK"),
        ("Turkey shot down a Russian bomber near the border, an account Moscow disputed.", "TUR"),
    ],
)
def test_a_noun_after_a_comma_sums_up_the_clause_and_is_no_second_object(coder, text, shooter):
    # "shot down a drone, …, a claim Washington rejected": the drone is shot down, no claim
    codes = _codes(coder, text)
    assert any(c[0] == shooter and c[2].startswith("19") for c in codes), codes
    assert not any(c[0] == shooter and c[2] in ("016", "120") for c in codes), codes


@pytest.mark.parametrize(
    ("text", "summoner"),
    [
        (
            "Iranian officials summoned the Swiss envoy, who represents U.S. interests in "
            "Tehran, to protest the drone's incursion.",
            "IRN",
        ),
        (
            "Beijing summoned the Dutch ambassador, who had arrived only in May, to protest "
            "the ship's passage.",
            "CHN",
        ),
        (
            "Ankara called in the Swedish charge d'affaires, whose embassy had been closed for "
            "a week, to condemn the protest in Stockholm.",
            "TUR",
        ),
    ],
)
def test_an_infinitive_after_a_closed_aside_is_the_verb_s_purpose(coder, text, summoner):
    # the envoy protests nothing: the one who summons him does
    codes = _codes(coder, text)
    assert any(c[0] == summoner for c in codes), codes
    assert not any(c[0] != summoner and c[2][:2] in ("11", "14") for c in codes), codes


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China refused to apologise and said Australia should feel ashamed.", ("CHN", "AUS")),
        ("Beijing said Canberra should be ashamed of itself.", ("CHN", "AUS")),
        ("Ankara said Paris ought to feel ashamed of its colonial past.", ("TUR", "FRA")),
    ],
)
def test_saying_a_side_should_feel_ashamed_rebukes_it(coder, text, pair):
    # a feeling one ought to have for what one did is a rebuke (111), nothing asked (100)
    codes = _codes(coder, text)
    assert any(c[:2] == pair and c[2] == "111" for c in codes), codes
    assert not any(c[:2] == pair and c[2] == "100" for c in codes), codes


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ankara said Paris ought to apologise for the massacre.", ("TUR", "FRA")),
        ("Seoul said Tokyo ought to compensate the wartime labourers.", ("KOR", "JPN")),
    ],
)
def test_ought_to_asks_as_should_does(coder, text, pair):
    # "ought to apologise": asked of the one who ought to, no apology made
    codes = _codes(coder, text)
    assert any(c[:2] == pair and c[2] == "100" for c in codes), codes
    assert not any(c[0] == pair[1] and c[3] == "asserted" for c in codes), codes


@pytest.mark.parametrize(
    ("text", "published", "month"),
    [
        (
            "The Turkish side had earlier threatened to launch an operation if the Syrian army "
            "did not retreat by the end of February.",
            dt.date(2020, 3, 7),
            "2020-02",
        ),
        (
            "Washington had warned that it would impose sanctions if Ankara did not cancel the "
            "purchase by the end of June.",
            dt.date(2019, 7, 12),
            "2019-06",
        ),
        (
            "Trump threatened last week to raise tariffs if China did not agree to a deal by "
            "March 1.",
            dt.date(2019, 2, 20),
            "2019-03",
        ),
    ],
)
def test_a_deadline_told_in_a_past_tense_is_the_one_nearest_the_story(
    coder, text, published, month
):
    # backshifted "did not retreat by the end of February": the February just gone in a
    # March story, not next year's; a deadline still ahead stays ahead
    dated = [str(e.date)[:7] for e in coder.code_text(text, published) if e.modality != "asserted"]
    assert dated and all(d == month for d in dated), dated
