"""Wording the PETRARCH-2 unit-test records test, told as general news: confidence that a
side can cope with a trouble, people freed from a country.
Sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2019, 3, 12)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The IMF believes Greece can cope with the cost of the new loans.", ("IMF", "GRC")),
        ("Berlin is confident that Italy will weather the banking crisis.", ("DEU", "ITA")),
        ("Japan thinks South Korea could withstand a slowdown in Chinese demand.", ("JPN", "KOR")),
    ],
)
def test_confidence_that_a_side_can_cope_is_an_optimistic_comment(coder, text, pair):
    """Believing a side can cope with, weather or withstand a trouble is confidence in it:
    an optimistic comment (013) about that side."""
    assert any(
        (e.source_country, e.target_country) == pair and e.cameo == "013"
        for e in coder.code_text(text, DAY)
    )


def test_doubting_a_side_can_cope_is_no_optimism(coder):
    """Doubt keeps its own reading (012)."""
    text = "Germany doubts Greece can cope with the cost of the new loans."
    assert not [e for e in coder.code_text(text, DAY) if e.cameo == "013"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Two Canadian teachers were freed from Iran on Monday.", ("IRN", "CAN")),
        ("A French aid worker was released from Mali after eight months.", ("MLI", "FRA")),
        ("Two Norwegian aid workers were freed from the Taliban on Monday.", ("AFG", "NOR")),
    ],
)
def test_people_freed_from_a_country_are_let_go_by_it(coder, text, pair):
    """People freed or released from a country, with no one named who let them go, were let
    go by that country (084), as when freed from its prisons."""
    assert any(
        (e.source_country, e.target_country) == pair and e.cameo_root == "08"
        for e in coder.code_text(text, DAY)
    )
