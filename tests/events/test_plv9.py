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


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        (
            "Moderna and Lonza agreed to supply Japan with 50 million doses of the vaccine.",
            "Japan",
        ),
        (
            "Britain and Canada pledged to provide Ukraine with more armoured vehicles.",
            "Ukraine",
        ),
    ],
)
def test_a_pair_that_will_provide_someone_with_a_thing_acts_on_that_one(coder, text, receiver):
    # two sides who promise to supply a third "with" something promise it to the third,
    # not to each other
    events = [e for e in _events(coder, text) if e.cameo_root == "03"]
    assert events, text
    assert all(e.target_name == receiver for e in events), _pairs(events)
