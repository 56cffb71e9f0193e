"""A country a boundary runs along says where, not whose (sentences written for detente):
"soldiers near the border with China" are not Chinese, and a story whose only country is the
one across the border is not about that country's officials."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2021, 3, 4)


def _sources(coder, text):
    return [e.source for e in coder.code_text(text, DAY) if e.is_fact]


@pytest.mark.parametrize(
    "text",
    [
        "Modi praised soldiers stationed near the border with China.",
        "The minister visited refugees camped at the border with Syria.",
        "Police detained smugglers along the frontier with Mexico.",
        "Officials at the boundary between Chad and Sudan welcomed the convoy.",
        "The governor thanked troops patrolling near the Venezuelan border.",
    ],
)
def test_the_country_across_a_border_is_no_one_s_home(coder, text):
    sources = _sources(coder, text)
    assert sources, text
    across = {"CHN", "SYR", "MEX", "TCD", "SDN", "VEN"}
    assert not any(s[:3] in across for s in sources), sources


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a nationality on the people themselves still names them
        ("Syrian troops near the border with Turkey shelled rebel positions.", "SYRMIL"),
        ("Turkish border guards shot two migrants crossing at night.", "TURMIL"),
    ],
)
def test_a_nationality_on_the_people_still_names_them(coder, text, source):
    assert source in _sources(coder, text)


def test_a_thing_done_at_a_border_may_still_be_aimed_across_it(coder):
    # only a role noun's own side skips the country across: a measure taken there is the
    # project's YIELD toward that side
    facts = [
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text("Moscow called off drills near the border with Finland.", DAY)
        if e.is_fact
    ]
    assert ("RUS", "FIN", "08") in facts, facts
