"""Rules from the plv11 study family (YIELD, AID and AGREE in long wire sentences, second
round): each a general class, checked on sentences written for detente, not on the study
file's own lines."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2021, 6, 30)


def _events(coder, text):
    return coder.code_text(text, DAY)


def _pairs(events):
    return [(e.source_name, e.cameo, e.target_name) for e in events]


@pytest.mark.parametrize(
    ("text", "office", "place"),
    [
        (
            "Theresa May stood down as leader of the Conservative Party on Friday.",
            "leader",
            "Conservative",
        ),
        (
            "The governor stood down as head of the regional council of Lombardy.",
            "head",
            "Lombardy",
        ),
    ],
)
def test_an_office_stood_down_from_is_where_the_resignation_is_aimed(
    coder, text, office, place
):
    # as for "stepped down as" and "quit as": the office named after "as" (or whose it is)
    # is the target
    events = [e for e in _events(coder, text) if e.cameo == "0831"]
    assert events and all(office in e.target_name or place in e.target_name for e in events), (
        _pairs(events)
    )
