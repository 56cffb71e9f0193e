"""The dated office holders (``people_*.tsv``): no alias names two people at once, the world's
heads of state and government are covered, and a mention resolves to the office on the day."""

from __future__ import annotations

import datetime as dt

from people_bed import HEADS, UN_MEMBERS, Office, clashes, offices, uncovered

ROWS = offices()


def test_no_alias_names_two_people_at_once():
    found = [
        f"{alias!r}: {one.name} ({one.file}:{one.line}) / {other.name} ({other.file}:{other.line})"
        for alias, one, other in clashes(ROWS)
    ]
    assert found == []


def test_the_clash_check_sees_overlapping_terms_only():
    def office(name: str, start: str, end: str) -> Office:
        day = dt.date.fromisoformat
        return Office("x", 1, name, ("Smith",), "USA", "GOV", "other", day(start), day(end))

    first = office("Ann Smith", "2001-01-01", "2005-01-01")
    assert clashes([first, office("Bob Smith", "2005-01-01", "2009-01-01")]) == []
    assert len(clashes([first, office("Bob Smith", "2004-01-01", "2009-01-01")])) == 1
    assert clashes([first, office("Ann Smith", "2003-01-01", "2009-01-01")]) == []


def test_rows_are_well_formed():
    for row in ROWS:
        assert row.start < row.end, f"{row.file}:{row.line} ends before it starts"
        assert len(row.code) in (2, 3, 4) and row.code.isupper(), f"{row.file}:{row.line}"
        assert row.sector in ("GOV", "MIL", "LEG", "REB", "OPP", "CRM", ""), row


# A ratchet: UN member states whose head of state or government is listed (raise it, never
# lower it). Those still missing are printed by benchmarks/people_coverage.py.
COVERED_FLOOR = 49


def test_heads_of_state_and_government_cover_most_of_the_world():
    covered = {row.code for row in ROWS if row.role in HEADS} & UN_MEMBERS
    assert len(covered) >= COVERED_FLOOR, uncovered(ROWS)


def test_a_surname_means_the_office_holder_of_the_day(coder):
    # Omar al-Bashir ruled Sudan until 2019; Mohammed al-Bashir was Syria's caretaker
    # prime minister from December 2024.
    (old,) = coder.code_text("Al-Bashir accused Egypt of arming the rebels.", dt.date(2010, 5, 1))
    (new,) = coder.code_text("Al-Bashir accused Egypt of arming the rebels.", dt.date(2025, 1, 5))
    assert (old.source_country, new.source_country) == ("SDN", "SYR")
