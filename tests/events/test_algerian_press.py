"""Rules from a machine-translated Algerian daily's analysis of the Algeria-Spain crisis of
spring 2022 (tests/data/articles/2022-06-12-algiers-madrid-treaty.txt), each checked on
sentences written for detente."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

ARTICLE = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "articles"
    / "2022-06-12-algiers-madrid-treaty.txt"
)
DAY = dt.date(2022, 6, 12)


def _facts(coder, text, day=DAY):
    return [
        (e.source, e.target_country, e.cameo, e.date)
        for e in coder.code_text(text, day)
        if e.is_fact
    ]


def test_office_holders_of_the_crisis_are_in_the_tables(coder):
    # the Algerian energy minister, the Spanish minister for the ecological transition and
    # the Commission's executive vice-president had been guessed from the last side named
    got = _facts(
        coder, "Spain bought less gas this year. Mohamed Arkab criticised Madrid on Friday."
    )
    assert ("DZAGOV", "ESP") in [p[:2] for p in got], got
    got = _facts(coder, "Algeria raised its prices. Teresa Ribera criticised Algiers on Friday.")
    assert ("ESPGOV", "DZA") in [p[:2] for p in got], got
    got = _facts(coder, "Valdis Dombrovskis criticised Algeria on Friday.")
    assert [p[:2] for p in got] == [("EUGOV", "DZA")], got
