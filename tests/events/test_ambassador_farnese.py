"""Rules found on a machine-translated Rome daily's analysis of Italy and France in February
2019 (tests/data/articles/2019-02-17-ambassador-farnese.txt). Sentences written for
detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2019, 2, 17)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Salvini on Thursday asked Paris to hand over the fugitive terrorists.", ("ITA", "FRA")),
        ("The Farnesina summoned the ambassador Masset on Wednesday.", ("ITA", "FRA")),
        ("Castaner on Friday criticised Rome for its remarks.", ("FRA", "ITA")),
        ("Loiseau accused Italy of interference on Friday.", ("FRA", "ITA")),
    ],
)
def test_ministers_and_envoys_of_the_2019_quarrel_are_known(coder, text, pair):
    """The interior ministers, the deputy premiers and the French ambassador in Rome of the
    first Conte government's time are office holders of their countries."""
    got = {(e.source_country, e.target_country) for e in coder.code_text(text, DAY)}
    assert pair in got
