"""Rules from the plv9 study family (YIELD, AID and AGREE in long real-news sentences): each a
general class, checked on sentences written for detente, not on the study file's own lines."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2021, 6, 30)


def _events(coder, text):
    return coder.code_text(text, DAY)


def _pairs(events):
    return [(e.source_name, e.cameo, e.target_name) for e in events]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The IMF approved a $3.2 billion loan programme for Egypt on Friday.", "Egypt"),
        ("The World Bank approved a $750 million loan program for Ghana.", "Ghana"),
        ("Brussels approved an aid scheme for Moldova worth 60 million euros.", "Moldova"),
    ],
)
def test_a_loan_programme_approved_is_aid(coder, text, target):
    # the frame a thing is given in ("a loan programme", "a credit facility") is that thing
    events = _events(coder, text)
    assert any(e.cameo_root == "07" and target in e.target_name for e in events), _pairs(events)
