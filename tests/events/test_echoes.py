"""Acts told only as the repeat of one told before ("followed suit", "did the same", "took
similar steps"): the last act, done by the clause's subject to the same side (events/echoes)."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2016, 12, 31)


def _facts(coder, text, day=DAY):
    return [
        (e.source_country, e.target_country, e.cameo, e.date)
        for e in coder.code_text(text, day)
        if e.is_fact
    ]


@pytest.mark.parametrize(
    "echo, side",
    [
        ("Hong Kong followed suit.", "HKG"),
        ("Hong Kong took a similar measure.", "HKG"),
        ("Macao did the same.", "MAC"),
        ("South Korea did likewise.", "KOR"),
    ],
)
def test_an_echo_repeats_the_last_act(coder, echo, side):
    text = f"China banned all imports of Japanese seafood on Thursday. {echo}"
    got = _facts(coder, text)
    assert (side, "JPN", "163", dt.date(2016, 12, 29)) in got, got


def test_each_subject_of_an_echo_repeats_it(coder):
    text = "Saudi Arabia cut ties with Qatar on Monday. The UAE and Bahrain took similar steps."
    got = {(s, t) for s, t, code, _ in _facts(coder, text) if code.startswith("16")}
    assert {("ARE", "QAT"), ("BHR", "QAT")} <= got, got


def test_the_side_done_to_answers_in_kind_on_its_own_day(coder):
    # "Russia did the same": Russia expelled US diplomats, on the day its sentence names
    text = (
        "The United States expelled 35 Russian diplomats on Thursday. "
        "Moscow did the same on Friday."
    )
    assert ("RUS", "USA", "161", dt.date(2016, 12, 30)) in _facts(coder, text)


@pytest.mark.parametrize(
    "echo",
    [
        "France did not follow suit.",
        "Germany may do the same.",
        "Analysts expect others to do the same.",
    ],
)
def test_an_echo_not_done_repeats_nothing(coder, echo):
    text = f"Britain expelled 23 Russian diplomats on Thursday. {echo}"
    got = _facts(coder, text)
    assert [g for g in got if g[0] != "GBR"] == [], got
