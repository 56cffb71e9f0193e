"""Legacy CAMEO/PETRARCH actor dictionaries: dated roles and codes of alternatives."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from detente.actors.legacy import load_legacy

LEGACY = """\
KARLOV_  # a made-up head of state, three roles over time
+VIKTOR_KARLOV_
\t[ZZZ < 950601]
\t[ZZZGOV 19950601 - 19990815]
\t[ZZZREB > 990816]
OSTRAVIA_  [ZZZ/ZZY]
PETRENKO_  [ZZZELI 20090120-170120]
DRAGAN_MILO_ [ZZZ]  # a default code, and dated roles that override it
\t[ZZYGOV 20030101-20030630]
\t[ZZZMIL 20010101-20051231]
"""


def _codes(book, alias: str) -> list[tuple[str, str, dt.date | None, dt.date | None]]:
    return [(e.code, e.sector, e.start, e.end) for e in book.aliases[alias]]


def test_dated_roles_read_with_spaces_and_eight_digit_dates():
    book = load_legacy(Path("actors.txt"), LEGACY)
    assert _codes(book, "viktor karlov") == [
        ("ZZZ", "", None, dt.date(1995, 6, 1)),
        ("ZZZ", "GOV", dt.date(1995, 6, 1), dt.date(1999, 8, 15)),
        ("ZZZ", "REB", dt.date(1999, 8, 16), None),
    ]
    assert _codes(book, "petrenko") == [("ZZZ", "ELI", dt.date(2009, 1, 20), dt.date(2017, 1, 20))]


def test_a_code_of_alternatives_reads_as_its_first():
    book = load_legacy(Path("actors.txt"), LEGACY)
    assert _codes(book, "ostravia") == [("ZZZ", "", None, None)]


def test_a_dated_role_covering_the_day_overrides_the_default_code():
    book = load_legacy(Path("actors.txt"), LEGACY)

    def on(day: dt.date) -> str:
        entry = book.lookup("dragan milo", day)
        return entry.code + entry.sector

    assert on(dt.date(2003, 3, 1)) == "ZZYGOV"  # of two covering roles, the one listed first
    assert on(dt.date(2004, 3, 1)) == "ZZZMIL"
    assert on(dt.date(1998, 3, 1)) == "ZZZ"  # no role covers: the default, not the nearest
    assert on(dt.date(2009, 3, 1)) == "ZZZ"
