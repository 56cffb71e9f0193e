"""Things that stand as no one's target: a mass noun standing bare ("called for restraint")
and goods given ("pledged humanitarian supplies") are no open target, while a person, firm
or body with no name still is (sentences written for detente; see ``sides.names_thing``)."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2023, 5, 15)


def _targets(coder, text):
    return [(e.source_country, e.target_name) for e in coder.code_text(text, DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "The Indonesian foreign ministry appealed for calm after the riots on Saturday.",
        "Norway's foreign minister called for restraint in a statement on Monday.",
        "The Pope appealed for dialogue and reconciliation in his Sunday address.",
        "Qatar's emir pledged humanitarian supplies on Wednesday.",
    ],
)
def test_thing_is_no_open_target(coder, text):
    found = _targets(coder, text)
    assert found, text
    assert all(not name for _, name in found), found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Police in Minsk arrested a journalist on Tuesday.", "journalist"),
        ("Nigeria's anti-graft agency sued an oil company on Monday.", "company"),
        ("The Canadian prime minister thanked the mediators for their work.", "mediators"),
    ],
)
def test_someone_unnamed_stays_the_target(coder, text, target):
    assert any(target in name for _, name in _targets(coder, text))
