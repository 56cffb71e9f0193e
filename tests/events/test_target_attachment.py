"""Which phrase is the target: phrases after a list aside on the object, things aimed at
someone, blows across the line between two sides (sentences written for detente)."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2019, 5, 9)


def _pairs(coder, text, root):
    """(source phrase, target phrase) of each asserted event of CAMEO ``root``."""
    return [
        (
            text[e.source_start : e.source_end] if e.source_start is not None else "",
            text[e.target_start : e.target_end] if e.target_start is not None else "",
        )
        for e in coder.code_text(text, PUB)
        if e.is_fact and e.cameo_root == root
    ]


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        (
            "Japan imposed new sanctions over the missile tests, including travel bans and "
            "asset freezes, on North Korean officials.",
            "16",
            "North Korean",
        ),
        (
            "The European Union imposed tough penalties, among them an arms embargo, on Belarus.",
            "16",
            "Belarus",
        ),
        ("Russia sent aid, including tents and blankets, to Turkey.", "07", "Turkey"),
        (
            "Germany delivered weapons, among them tanks and howitzers, to Ukraine.",
            "07",
            "Ukraine",
        ),
    ],
)
def test_a_phrase_after_a_list_aside_on_the_object_is_the_verb_s(coder, text, root, target):
    """The parser hangs the phrase after ", including …," on the aside's last word; once the
    aside is closed, it names whom the verb's act is on or for."""
    assert any(target in t for _, t in _pairs(coder, text, root)), _pairs(coder, text, root)
