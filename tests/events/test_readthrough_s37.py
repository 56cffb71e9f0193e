"""Wrong events found by the session-37 read-through of a fresh machine-translated analysis
(a Mexico City daily on the Mexico-Ecuador rupture of April 2024), each a general class
checked on sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2024, 4, 13)


def _facts(coder, text, day=DAY):
    return [
        (e.source_country, e.target_country, e.cameo)
        for e in coder.code_text(text, day)
        if e.is_fact
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday Mexico withdrew its diplomatic personnel from Quito.",
        "Britain withdrew its diplomats from Tehran on Monday.",
        "Canada pulled its embassy staff from Caracas.",
    ],
)
def test_diplomats_withdrawn_from_a_capital_cut_ties(coder, text):
    # envoys called home from a capital lower the ties with its state (161): no troops
    # leave ground there (0874)
    got = _facts(coder, text)
    assert [p[2] for p in got] == ["161"], got


def test_troops_withdrawn_from_a_town_still_retreat(coder):
    got = _facts(coder, "Russia withdrew its personnel from the Syrian town of Manbij.")
    assert all(p[2] != "161" for p in got), got
