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
