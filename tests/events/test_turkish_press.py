"""Wording of analyses machine-translated from the Turkish press: an act's chances judged
with a linking verb ("a meeting ... does not seem possible"). Sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2020, 3, 13)


@pytest.mark.parametrize(
    "text",
    [
        "The trust has been damaged so much that a meeting of Erdoğan and Mitsotakis in the "
        "near future does not seem possible.",
        "A new round of talks between Moscow and Kyiv appears unlikely before the summer.",
        "A summit of Putin and Biden looks likely this year.",
    ],
)
def test_an_act_whose_chances_are_judged_is_no_fact(coder, text):
    """A linking verb with a word of chances ("seems possible", "appears unlikely", "looks
    likely") judges what may come; the meeting it is said of is not told as held."""
    events = [e for e in coder.code_text(text, DAY) if e.cameo_root == "04"]
    assert events
    assert not [e for e in events if e.is_fact]


def test_a_held_act_judged_by_a_linking_verb_stays_told(coder):
    """Only words of chances leave the act open: "did not seem productive" judges talks
    that were held."""
    text = "The talks between Moscow and Kyiv in Istanbul did not seem productive."
    assert any(e.cameo_root == "04" and e.is_fact for e in coder.code_text(text, DAY))
