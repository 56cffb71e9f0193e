"""Rules found on the April 2017 headline set (tests/data/headlines_heldout9.tsv), each
tried on invented lines: the act a verb keeps from happening is not done.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2017, 4, 20)


def _facts(coder, text: str) -> list[tuple[str, str, str]]:
    return [
        (e.source_country, e.target_country, e.cameo_root)
        for e in coder.code_text(text, DAY)
        if e.is_fact
    ]


# An act averted, avoided, prevented, thwarted or headed off did not happen.
AVERTED = [
    ("Israel acted to prevent an attack on Egypt.", ("ISR", "EGY", "19")),
    ("lawmakers rush through a budget deal to avert a shutdown", ("", "", "17")),
    ("Turkey moved to stave off new clashes with Russia.", ("TUR", "RUS", "19")),
]


@pytest.mark.parametrize(("text", "unwanted"), AVERTED)
def test_averted_act_is_not_done(coder, text, unwanted):
    assert unwanted not in _facts(coder, text)


def _moods(coder, text: str, roots: tuple[str, ...]) -> list[str]:
    return [e.modality for e in coder.code_text(text, DAY) if e.cameo_root in roots]


# A headline's "NAME to VERB", parsed as a name with an infinitive hung on it, announces the
# act: it is future, not done.
ANNOUNCED = [
    ("obama to host mexico's pena nieto at the white house on tuesday", ("04",)),
]


@pytest.mark.parametrize(("text", "roots"), ANNOUNCED)
def test_name_with_infinitive_announces(coder, text, roots):
    moods = _moods(coder, text, roots)
    assert moods and set(moods) == {"future"}
