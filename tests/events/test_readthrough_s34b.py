"""Leftovers of the session-34 read-through (a wire story on the 2018 expulsions after the
Salisbury poisoning, a translated analysis of India and China after the Galwan clash), each a
general class checked on sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

SATURDAY = dt.date(2018, 3, 17)


def _events(coder, text, day=SATURDAY):
    return coder.code_text(text, day)


@pytest.mark.parametrize(
    ("text", "feeling"),
    [
        ("Tokyo expressed deep concern and called on Beijing to show restraint.", "concern"),
        ("The Kenyan foreign ministry expressed strong concern.", "concern"),
        ("Berlin voiced serious concern and asked Ankara to free the reporter.", "concern"),
        ("The French government expressed its regret and urged Algiers to reconsider.", "regret"),
    ],
)
def test_a_feeling_voiced_is_no_target(coder, text, feeling):
    # the concern or regret a side voices is a state of mind, never whom it is aimed at
    events = _events(coder, text)
    assert events, text
    assert not any(feeling in e.target_name for e in events), [
        (e.cameo, e.target_name) for e in events
    ]
