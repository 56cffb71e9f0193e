"""In an actor phrase a modifier's own modifier comes before the head's "in" phrase: a
force led by one side and serving in another's land is the leader's."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2021, 3, 1)


@pytest.mark.parametrize(
    ("text", "leader", "place"),
    [
        ("The NATO-led peacekeeping force in Bosnia stepped up its patrols.", "NATO", "BIH"),
        (
            "The Russian-led peacekeeping force in Tajikistan held talks with Uzbekistan.",
            "RUS",
            "TJK",
        ),
    ],
)
def test_a_leader_comes_before_where_the_force_serves(coder, text, leader, place):
    sources = [e.source_country for e in coder.code_text(text, DAY)]
    assert leader in sources and place not in sources, sources


def test_a_role_nouns_in_phrase_still_names_its_side(coder):
    sources = [
        e.source_country for e in coder.code_text("Lawmakers in Ukraine criticized Russia.", DAY)
    ]
    assert sources == ["UKR"], sources


@pytest.mark.parametrize(
    ("text", "owner", "backer"),
    [
        ("The UN-backed government in Tripoli accused Egypt of arming its rivals.", "LBY", "UNO"),
        ("Jordanian jets bombed Iranian-backed militias in Syria.", "SYR", "IRN"),
    ],
)
def test_a_backer_yields_to_where_the_group_is(coder, text, owner, backer):
    sides = {c for e in coder.code_text(text, DAY) for c in (e.source_country, e.target_country)}
    assert owner in sides and backer not in sides, sides
